// The workbook beside the task pane: sheet tabs (as in Excel, one per sheet, new ones appear at the
// end) over the active sheet's grid, and a legend of the highlight colours.
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { HIGHLIGHT_FILL } from '../engine/highlight';
import type { Severity } from '../engine/schema';
import type { MemoryWorkbook } from './memoryWorkbook';
import { SheetGrid } from './SheetGrid';
import { hiddenTabs, scrollTabIntoView } from './tabStrip';
import type { SandboxStrings } from './strings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function WorkbookView({ workbook, strings }: { workbook: MemoryWorkbook; strings: SandboxStrings }) {
  const version = useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const idBase = useId();
  const sheets = workbook.sheets;
  const active = workbook.sheet(workbook.activeSheet) ?? sheets[0];
  const tabId = (index: number) => `${idBase}-sheet-${index}`;
  const activeIndex = active ? sheets.indexOf(active) : -1;
  const strip = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ before: false, after: false });
  const measure = useCallback(() => {
    if (strip.current) {
      const next = hiddenTabs(strip.current);
      setMore((prev) => (prev.before === next.before && prev.after === next.after ? prev : next));
    }
  }, []);
  // The active tab in view: a sheet the pane adds lands at the end, often past the strip's edge. Only
  // when the active sheet or the tabs change, so the user's own scrolling of the strip is left alone.
  const activeTabId = tabId(activeIndex);
  useEffect(() => {
    const tab = document.getElementById(activeTabId);
    if (strip.current && tab) scrollTabIntoView(strip.current, tab);
    measure();
  }, [activeTabId, sheets.length, measure]);
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);

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
      <div
        ref={strip}
        className="sheet-tabs"
        role="tablist"
        aria-label={strings.sheetsLabel}
        onKeyDown={onKeyDown}
        onScroll={measure}
        data-more-before={more.before || undefined}
        data-more-after={more.after || undefined}
      >
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
        <span className="legend-item">
          <span className="swatch changed-swatch" aria-hidden="true" />
          {strings.changed}
        </span>
      </p>
    </>
  );
}
