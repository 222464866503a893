// The sandbox page: a header line saying what this is (and the workbook pickers), the workbook's grid
// on the left, the real task pane (App, unchanged) at task-pane width on the right.
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import type { WorkbookSpec } from '../engine/schema';
import type { Lang } from '../i18n';
import { App } from '../taskpane/App';
import { errorText } from '../taskpane/errorText';
import { EXAMPLE_NAMES, exampleSpec, isExampleName, type ExampleName } from './examples';
import { loadXlsx } from './loadXlsx';
import { MemoryWorkbook } from './memoryWorkbook';
import { createSandboxHost } from './sandboxHost';
import { sandboxStrings } from './strings';
import { WorkbookView } from './WorkbookView';

export interface SandboxPageProps {
  lang: Lang;
  example: ExampleName;
  /** Called with each workbook the page opens (the page exposes it to tests). */
  onWorkbook?: (workbook: MemoryWorkbook) => void;
}

interface Opened {
  workbook: MemoryWorkbook;
  /** Remounts the task pane, so findings of the previous workbook never show on the next. */
  generation: number;
}

export function SandboxPage({ lang, example, onWorkbook }: SandboxPageProps) {
  const s = sandboxStrings[lang];
  const [choice, setChoice] = useState<ExampleName | ''>(example);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [opened, setOpened] = useState<Opened>(() => ({ workbook: new MemoryWorkbook(exampleSpec(example), `${example}.xlsx`), generation: 0 }));
  const host = useMemo(() => createSandboxHost(opened.workbook), [opened]);
  useEffect(() => onWorkbook?.(opened.workbook), [opened, onWorkbook]);

  const show = (spec: WorkbookSpec, name: string, message: string) => {
    setOpened((prev) => ({ workbook: new MemoryWorkbook(spec, name), generation: prev.generation + 1 }));
    setFailed(false);
    setStatus(message);
  };

  const onExample = (event: ChangeEvent<HTMLSelectElement>) => {
    const name = event.target.value;
    if (!isExampleName(name)) return;
    setChoice(name);
    const url = new URL(window.location.href);
    url.searchParams.set('example', name);
    window.history.replaceState(null, '', url);
    show(exampleSpec(name), `${name}.xlsx`, s.openedExample(s.examples[name]));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again reloads it
    if (!file) return;
    setFailed(false);
    setStatus(s.reading(file.name));
    try {
      const spec = await loadXlsx(file);
      setChoice('');
      show(spec, file.name, s.opened(file.name));
    } catch (error) {
      setFailed(true);
      setStatus(errorText(error, lang, s.readFailed(file.name)));
    }
  };

  const otherLang = lang === 'zh' ? 'en' : 'zh';
  const otherUrl = `?${new URLSearchParams({ lang: otherLang, ...(choice ? { example: choice } : {}) }).toString()}`;

  return (
    <div className="sandbox" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="sandbox-bar">
        <p className="banner">{s.banner}</p>
        <div className="pickers">
          <label>
            {s.exampleLabel}{' '}
            <select value={choice} onChange={onExample}>
              {choice === '' ? <option value="">—</option> : null}
              {EXAMPLE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {s.examples[name]}
                </option>
              ))}
            </select>
          </label>
          <label className="file-label">
            {s.openFile}{' '}
            <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onFile} />
          </label>
          <a href={otherUrl} lang={otherLang === 'zh' ? 'zh-CN' : 'en'} title={s.otherLanguageHint}>
            {s.otherLanguage}
          </a>
        </div>
        <p className={failed ? 'status failed' : 'status'} role="status">
          {status}
        </p>
      </header>
      <main className="sandbox-main">
        <section className="workbook" aria-label={s.workbookLabel}>
          <WorkbookView key={opened.generation} workbook={opened.workbook} strings={s} />
        </section>
        <aside className="pane" aria-label={s.paneLabel}>
          <App key={opened.generation} host={host} lang={lang} />
        </aside>
      </main>
    </div>
  );
}
