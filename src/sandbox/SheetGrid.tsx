// The read-only grid of the active sheet: column letters, row numbers, displayed text, merged areas
// merged, highlight fills over the cells' own fills, the selected cell outlined and scrolled to.
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { CellStyle, Severity, SheetSpec } from '../engine/schema';
import { HIGHLIGHT_FILL } from '../engine/highlight';
import { columnPixels, displayedAddress, gridView, rowPixels, type GridCell } from './gridModel';
import type { MemoryWorkbook } from './memoryWorkbook';
import type { SandboxStrings } from './strings';

/** The row numbers' column (sandbox.html sizes its <col> the same). */
const ROW_HEAD_PX = 44;

interface Props {
  workbook: MemoryWorkbook;
  sheet: SheetSpec;
  /** Changes whenever the workbook does, so the view is rebuilt. */
  version: number;
  panelId: string;
  tabId: string;
  strings: SandboxStrings;
}

export function SheetGrid({ workbook, sheet, version, panelId, tabId, strings }: Props) {
  const view = useMemo(() => gridView(sheet), [sheet, version]);
  const scroller = useRef<HTMLDivElement>(null);
  const selection = workbook.selected && workbook.selected.sheet === sheet.name ? displayedAddress(sheet, workbook.selected.cell) : null;

  useEffect(() => {
    if (!selection || !scroller.current) return;
    const box = scroller.current;
    const cell = box.querySelector<HTMLElement>(`[data-cell="${selection}"]`);
    if (!cell) return;
    revealCell(box, cell);
  }, [selection, version]);

  return (
    <div
      ref={scroller}
      className="grid-scroll"
      role="tabpanel"
      id={panelId}
      aria-labelledby={tabId}
      // Keyboard users must be able to scroll the sheet (axe: scrollable-region-focusable).
      tabIndex={0}
    >
      <table
        className="sheet-grid"
        aria-label={strings.gridLabel(sheet.name)}
        data-sheet={sheet.name}
        // A fixed layout keeps the columns' widths only when the table's own width is set.
        style={{ width: `${ROW_HEAD_PX + view.columns.reduce((sum, c) => sum + columnPixels(c.width), 0)}px` }}
      >
        <colgroup>
          <col className="row-head-col" />
          {view.columns.map((c) => (
            <col key={c.letters} style={{ width: `${columnPixels(c.width)}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="corner" />
            {view.columns.map((c) => (
              <th key={c.letters} scope="col" className="col-head">
                {c.letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.cells.map((line, r) => (
            <tr key={r} {...rowSize(view.rowHeights[r])}>
              <th scope="row" className="row-head">
                {r + 1}
              </th>
              {line.map((cell) =>
                cell ? (
                  <Cell
                    key={cell.address}
                    cell={cell}
                    highlight={workbook.highlightOf(sheet.name, cell.address)}
                    changed={workbook.changedSinceOpened(sheet.name, cell.address)}
                    selected={cell.address === selection}
                    strings={strings}
                  />
                ) : null,
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {view.truncated ? <p className="grid-note">{strings.truncated(view.rows, view.cols)}</p> : null}
    </div>
  );
}

interface CellProps {
  cell: GridCell;
  highlight?: Severity;
  /** The value differs from the file's (a written plan): marked in the corner, as Excel marks a note. */
  changed: boolean;
  selected: boolean;
  strings: SandboxStrings;
}

function Cell({ cell, highlight, changed, selected, strings }: CellProps) {
  return (
    <td
      data-cell={cell.address}
      data-highlight={highlight}
      data-changed={changed ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
      className={selected ? 'selected' : undefined}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={cellStyle(cell, highlight)}
    >
      <span className="cell-text">{cell.text}</span>
      {highlight ? <span className="visually-hidden">（{strings.severity[highlight]}）</span> : null}
      {changed ? <span className="visually-hidden">（{strings.changed}）</span> : null}
    </td>
  );
}

/** The sticky column letters and row numbers cover the grid's top and left edges. */
const HEAD_PX = { top: 26, left: ROW_HEAD_PX };

/**
 * Brings the chosen cell into view as Excel does: along an axis where it is already in full view the
 * grid stays put; otherwise it is centred on that axis. Then, on a narrow page whose grid may be
 * scrolled away (the pane sits below it), the page scrolls just enough to show the cell.
 */
function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const c = cell.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const top = b.top + HEAD_PX.top;
  const left = b.left + HEAD_PX.left;
  const bottom = b.top + box.clientHeight;
  const right = b.left + box.clientWidth;
  if (c.top < top || c.bottom > bottom) box.scrollTop += c.top - top - (bottom - top - c.height) / 2;
  if (c.left < left || c.right > right) box.scrollLeft += c.left - left - (right - left - c.width) / 2;
  const shown = cell.getBoundingClientRect();
  const viewport = document.documentElement.clientHeight;
  if (shown.top < 0 || shown.bottom > viewport) window.scrollBy({ top: shown.top - (viewport - shown.height) / 2 });
}

/** A row the file sizes is that tall (a hidden row, 0 pt, collapses); others fit their content. */
function rowSize(points: number | undefined): { style?: CSSProperties; 'data-sized'?: 'true' } {
  if (points === undefined) return {};
  return { style: { height: `${rowPixels(points)}px` }, 'data-sized': 'true' };
}

/** A highlight's fill shows over the cell's own fill, as a conditional format does in Excel. */
function cellStyle(cell: GridCell, highlight: Severity | undefined): CSSProperties | undefined {
  const style: CellStyle = cell.style ?? {};
  const css: CSSProperties = {};
  const fill = highlight ? HIGHLIGHT_FILL[highlight] : style.fill;
  if (fill) css.backgroundColor = fill;
  if (style.fontColor && !highlight) css.color = style.fontColor;
  if (style.bold) css.fontWeight = 600;
  if (style.fontSize) css.fontSize = `${Math.min(style.fontSize, 16)}px`;
  if (style.wrap) {
    css.whiteSpace = 'pre-wrap';
    css.overflowWrap = 'anywhere';
    css.textOverflow = 'clip';
  }
  if (style.border) css.border = '1px solid #3b3b3b';
  const align = style.hAlign ?? (cell.numeric ? 'right' : undefined);
  if (align) css.textAlign = align;
  if (style.vAlign) css.verticalAlign = style.vAlign;
  return Object.keys(css).length > 0 ? css : undefined;
}
