// The workbook beside the task pane: sheet tabs (as in Excel, one per sheet, new ones appear at the
// end) over the active sheet's grid, and a legend of the highlight colours.
import { useId, useSyncExternalStore, type KeyboardEvent } from 'react';
import { HIGHLIGHT_FILL } from '../engine/highlight';
import type { Severity } from '../engine/schema';
import type { MemoryWorkbook } from './memoryWorkbook';
import { SheetGrid } from './SheetGrid';
import type { SandboxStrings } from './strings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function WorkbookView({ workbook, strings }: { workbook: MemoryWorkbook; strings: SandboxStrings }) {
  const version = useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const idBase = useId();
  const sheets = workbook.sheets;
  const active = workbook.sheet(workbook.activeSheet) ?? sheets[0];
  const tabId = (index: number) => `${idBase}-sheet-${index}`;
  const activeIndex = active ? sheets.indexOf(active) : -1;

  const activate = (index: number) => {
    workbook.activeSheet = sheets[index].name;
    workbook.changed();
    document.getElementById(tabId(index))?.focus();
  };
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab leaves the list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || sheets.length === 0) return;
    event.preventDefault();
    activate((activeIndex + step + sheets.length) % sheets.length);
  };

  return (
    <>
      <div className="sheet-tabs" role="tablist" aria-label={strings.sheetsLabel} onKeyDown={onKeyDown}>
        {sheets.map((sheet, index) => (
          <button
            key={sheet.name}
            type="button"
            role="tab"
            id={tabId(index)}
            aria-selected={index === activeIndex}
            aria-controls={index === activeIndex ? `${idBase}-grid` : undefined}
            tabIndex={index === activeIndex ? 0 : -1}
            onClick={() => activate(index)}
          >
            {sheet.name}
          </button>
        ))}
      </div>
      {active ? (
        <SheetGrid
          workbook={workbook}
          sheet={active}
          version={version}
          panelId={`${idBase}-grid`}
          tabId={tabId(activeIndex)}
          strings={strings}
        />
      ) : null}
      <p className="legend">
        {strings.legend}
        {SEVERITIES.map((s) => (
          <span key={s} className="legend-item">
            <span className="swatch" style={{ backgroundColor: HIGHLIGHT_FILL[s] }} aria-hidden="true" />
            {strings.severity[s]}
          </span>
        ))}
      </p>
    </>
  );
}
