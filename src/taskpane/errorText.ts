import { HostError } from '../host/workbookHost';
import type { Lang } from '../i18n';

/** The one line to show the user for a failure: a HostError's own text, else the given fallback. */
export function errorText(error: unknown, lang: Lang, fallback: string): string {
  if (error instanceof HostError) return lang === 'zh' ? error.zh : error.en;
  return fallback;
}
