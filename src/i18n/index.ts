export { zh, en, tables, type Lang, type StringKey, type Strings } from './strings';
export { pickLang } from './pickLang';
export { I18nProvider, useLang, useStrings } from './I18nContext';
