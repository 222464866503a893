// The browser sandbox's entry (dist/sandbox.html): no Office.js, no Excel — the task pane works on an
// in-memory workbook. ?lang=en for English; ?example=<seed|unbalanced|merged> picks the workbook.
import { createRoot } from 'react-dom/client';
import { pickLang } from '../i18n';
import { setDocumentLanguage } from '../taskpane/documentLang';
import { isExampleName } from './examples';
import type { MemoryWorkbook } from './memoryWorkbook';
import { SandboxPage } from './SandboxPage';
import { sandboxStrings } from './strings';

/** What the end-to-end tests read back from the page (the workbook as data), beside the DOM. */
export interface SandboxProbe {
  spec(): unknown;
  highlights(): Record<string, string>;
  selected(): { sheet: string; cell: string } | null;
}

declare global {
  interface Window {
    budgetCheckSandbox?: SandboxProbe;
  }
}

function expose(workbook: MemoryWorkbook): void {
  window.budgetCheckSandbox = {
    spec: () => workbook.spec(),
    highlights: () => Object.fromEntries(workbook.highlights()),
    selected: () => (workbook.selected ? { ...workbook.selected } : null),
  };
}

const params = new URLSearchParams(window.location.search);
const lang = pickLang(params.get('lang') ?? undefined);
const requested = params.get('example');
const rootElement = document.getElementById('root');
if (rootElement) {
  setDocumentLanguage(lang);
  document.title = sandboxStrings[lang].pageTitle;
  createRoot(rootElement).render(<SandboxPage lang={lang} example={isExampleName(requested) ? requested : 'seed'} onWorkbook={expose} />);
}
