import { createContext, useContext, type ReactNode } from 'react';
import { tables, type Lang, type Strings } from './strings';

const LangContext = createContext<Lang>('zh');

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The language the pane is shown in. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The string table of the pane's language. */
export function useStrings(): Strings {
  return tables[useContext(LangContext)];
}
