import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../host/workbookHost';
import { pickLang, tables, type Lang } from '../i18n';
import { App } from './App';
import { setDocumentLanguage } from './documentLang';
import { errorText } from './errorText';
import { loadExcelHost } from './loadExcelHost';
import { detectOffice, type OfficeLike } from './officeBoot';

/** Outside Office there is no display language; `?lang=en` lets a browser user choose English. */
function langOutsideOffice(): Lang {
  return pickLang(new URLSearchParams(window.location.search).get('lang') ?? undefined);
}

async function boot(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) return;
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const env = await detectOffice(office);
  const lang = env.inExcel ? pickLang(env.displayLanguage) : langOutsideOffice();
  setDocumentLanguage(lang);

  let host: WorkbookHost | null = null;
  let startupError: string | undefined;
  if (env.inExcel) {
    try {
      host = await loadExcelHost();
    } catch (error) {
      startupError = errorText(error, lang, tables[lang].excelHostFailed);
    }
  }
  createRoot(rootElement).render(<App host={host} lang={lang} startupError={startupError} />);
}

void boot();
