// What a host would read from a workbook built from a WorkbookSpec: the engine's input for specs
// (the sandbox, tests) without a file or Excel in between. Must agree with src/cli/xlsxRead.ts.
import { parseA1, parseRange, rangeToA1, type RangeRef } from './a1';
import { formatCellText } from './numberFormat';
import type { CellSpec, SheetSnapshot, SheetSpec, WorkbookSnapshot, WorkbookSpec } from './schema';

export function specToSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  return { sheets: spec.sheets.map(sheetSpecToSnapshot) };
}

/** "=SUM(A1:A2)" for a formula written with or without its "=", "" for none. */
export function formulaText(formula: string | undefined): string {
  if (formula === undefined || formula.trim() === '') return '';
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** Merges in reading order (top, then left), as A1 ranges: hosts list them in no fixed order. */
export function sortMerges(merges: RangeRef[]): string[] {
  return [...merges].sort((a, b) => a.top - b.top || a.left - b.left).map(rangeToA1);
}

/** The smallest range covering every area; A1 alone when there are none (an empty sheet). */
export function usedBounds(areas: Iterable<RangeRef>): RangeRef {
  let bounds: RangeRef | null = null;
  // A loop, not Math.min(...): a large sheet has more cells than a call may take arguments.
  for (const a of areas) {
    if (!bounds) bounds = { ...a };
    else {
      bounds.top = Math.min(bounds.top, a.top);
      bounds.left = Math.min(bounds.left, a.left);
      bounds.bottom = Math.max(bounds.bottom, a.bottom);
      bounds.right = Math.max(bounds.right, a.right);
    }
  }
  return bounds ?? { top: 1, left: 1, bottom: 1, right: 1 };
}

export function hasContent(cell: CellSpec): boolean {
  return cell.value !== '' || formulaText(cell.formula) !== '';
}

/**
 * The used range is Excel's: from the top-left-most to the bottom-right-most cell holding a value or
 * formula, or covered by a merge. Non-anchor cells of a merge show nothing and carry the anchor's
 * number format (Excel copies it across when merging). An empty sheet reads as A1 alone.
 */
export function sheetSpecToSnapshot(sheet: SheetSpec): SheetSnapshot {
  const merges = sheet.merges.map((m) => parseRange(m));
  const anchorOf = (row: number, col: number): RangeRef | undefined =>
    merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);

  const entries = Object.entries(sheet.cells).map(([address, cell]) => ({ ...parseA1(address), cell }));
  const content = entries.filter((e) => {
    const merge = anchorOf(e.row, e.col);
    return hasContent(e.cell) && (!merge || (merge.top === e.row && merge.left === e.col));
  });
  const areas: RangeRef[] = [...content.map((e) => ({ top: e.row, left: e.col, bottom: e.row, right: e.col })), ...merges];
  const bounds = usedBounds(areas);

  const grid = emptyGrids(bounds);
  const put = (row: number, col: number, cell: CellSpec, isAnchor: boolean) => {
    const r = row - bounds.top;
    const c = col - bounds.left;
    const numFmt = cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General';
    grid.numberFormats[r][c] = numFmt;
    if (!isAnchor) return;
    grid.values[r][c] = cell.value;
    grid.formulas[r][c] = formulaText(cell.formula);
    grid.text[r][c] = cell.value === '' ? '' : formatCellText(cell.value, numFmt);
  };
  for (const e of entries) {
    const inside = e.row >= bounds.top && e.row <= bounds.bottom && e.col >= bounds.left && e.col <= bounds.right;
    const merge = anchorOf(e.row, e.col);
    if (inside && !merge) put(e.row, e.col, e.cell, true);
  }
  for (const m of merges) {
    const anchor = sheet.cells[rangeToA1({ top: m.top, left: m.left, bottom: m.top, right: m.left })] ?? { value: '' };
    for (let row = m.top; row <= m.bottom; row++) {
      for (let col = m.left; col <= m.right; col++) put(row, col, anchor, row === m.top && col === m.left);
    }
  }

  return { name: sheet.name, origin: { row: bounds.top, col: bounds.left }, ...grid, merges: sortMerges(merges) };
}

function emptyGrids(bounds: RangeRef): Pick<SheetSnapshot, 'text' | 'values' | 'formulas' | 'numberFormats'> {
  const rows = bounds.bottom - bounds.top + 1;
  const cols = bounds.right - bounds.left + 1;
  const make = <T>(fill: T): T[][] => Array.from({ length: rows }, () => Array<T>(cols).fill(fill));
  return { text: make(''), values: make<string | number | boolean>(''), formulas: make(''), numberFormats: make('General') };
}
