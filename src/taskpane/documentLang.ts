import type { Lang } from '../i18n';

/** The BCP 47 tag of the pane's language, for <html lang> (screen readers pick their voice by it). */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** Sets <html lang> to the language the pane speaks, which may differ from the page's default zh-CN. */
export function setDocumentLanguage(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = htmlLang(lang);
}
