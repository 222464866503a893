import type { Lang } from './strings';

/**
 * The task pane's language from Office's display language (e.g. "zh-CN", "en-US"): Chinese for any
 * zh-* tag, English for any other known tag, Chinese when nothing is known (the users are Chinese).
 */
export function pickLang(displayLanguage?: string | null): Lang {
  const tag = (displayLanguage ?? '').trim().toLowerCase();
  if (tag === '') return 'zh';
  return tag === 'zh' || tag.startsWith('zh-') || tag.startsWith('zh_') ? 'zh' : 'en';
}
