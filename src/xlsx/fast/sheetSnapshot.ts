// One sheet's cells (sheetCells) → its SheetSnapshot, by the rules of snapshotFromExcelJs: non-anchor
// cells of a merge show nothing and take the anchor's number format, the grids span the used range of
// content and merges, and a sheet over MAX_SNAPSHOT_CELLS is refused the same way.
import type { RangeRef } from '../../engine/a1';
import { formatCellText } from '../../engine/numberFormat';
import type { SheetSnapshot } from '../../engine/schema';
import { blankGrids, type CellContent } from '../sheetGrid';
import { sortMerges, usedBounds } from '../../engine/specSnapshot';
import type { RawValue, SheetCell, SheetCells } from './sheetCells';
import { unsupported } from './unsupported';

type Content = CellContent;

export function sheetSnapshot(name: string, { cells, merges, styledRows, styledColumns }: SheetCells): SheetSnapshot {
  /** Non-anchor cell of a merge → its anchor's key; each anchor → whether a cell is there. */
  const anchorOf = new Map<number, number>();
  const anchorFound = new Map<number, boolean>();
  for (const m of merges) anchorFound.set(key(m.top, m.left), false);
  for (const m of merges) {
    const anchor = key(m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) anchorOf.set(key(r, c), anchor);
    }
  }
  // The cells' contents (null: none, or hidden by a merge), and their extent: the grids span it and the merges.
  const contents = new Array<Content | null>(cells.length);
  let extent: RangeRef | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    contents[i] = null;
    const k = key(cell.row, cell.col);
    if (anchorFound.size > 0 && anchorFound.has(k)) anchorFound.set(k, true);
    if (anchorOf.size > 0 && anchorOf.has(k)) {
      if (cell.sharedMaster) unsupported('shared formula master inside a merge');
      continue;
    }
    const content = contentOf(cell);
    if (!content) continue;
    contents[i] = content;
    if (!extent) extent = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    else {
      if (cell.row < extent.top) extent.top = cell.row;
      if (cell.row > extent.bottom) extent.bottom = cell.row;
      if (cell.col < extent.left) extent.left = cell.col;
      if (cell.col > extent.right) extent.right = cell.col;
    }
  }
  for (const m of merges) {
    if (!anchorFound.get(key(m.top, m.left)) && (styledColumns || styledRows.has(m.top))) unsupported('merge anchor styled by its row or column');
  }
  const bounds = usedBounds(extent ? [...merges, extent] : merges);
  const grids = blankGrids(name, bounds);
  // Each cell in the grids: its own format, its content unless a merge hides it.
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const r = cell.row - bounds.top;
    const c = cell.col - bounds.left;
    if (r < 0 || c < 0 || cell.row > bounds.bottom || cell.col > bounds.right) continue;
    if (cell.numFmt) grids.numberFormats[r][c] = cell.numFmt;
    const content = contents[i];
    if (!content) continue;
    grids.text[r][c] = content.text;
    grids.values[r][c] = content.value;
    grids.formulas[r][c] = content.formula;
  }
  // The other cells of a merge take its anchor's own format (all read before any is filled in).
  const anchorFormats = merges.map((m) => grids.numberFormats[m.top - bounds.top][m.left - bounds.left]);
  merges.forEach((m, i) => {
    const format = anchorFormats[i];
    for (let r = m.top; r <= m.bottom; r++) {
      const row = grids.numberFormats[r - bounds.top];
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row[c - bounds.left] = format;
    }
  });
  return { name, origin: { row: bounds.top, col: bounds.left }, ...grids, merges: sortMerges(merges) };
}

/** Formats that show any text as it is (most, "General" first): known once per format, not asked per cell. */
const KEEPS_TEXT = new Map<string, boolean>();
const MARK = '\u0000';

function keepsText(numFmt: string): boolean {
  let keeps = KEEPS_TEXT.get(numFmt);
  if (keeps === undefined) {
    // A format that writes the text once and nothing else shows the mark as it is, and so any text.
    keeps = formatCellText(MARK, numFmt) === MARK;
    KEEPS_TEXT.set(numFmt, keeps);
  }
  return keeps;
}

function key(row: number, col: number): number {
  return row * 16_384 + col;
}

// Contents are built whole, not spread from a plain value: a sheet has thousands of cells.
function contentOf(cell: SheetCell): Content | null {
  const numFmt = cell.numFmt || 'General';
  const raw = cell.value;
  if (cell.formula !== undefined) {
    const formula = `=${cell.formula}`;
    return raw === null ? { value: '', text: '', formula } : { value: valueOf(raw), text: textOf(raw, numFmt), formula };
  }
  if (raw === null) return null;
  const value = valueOf(raw);
  return value === '' ? null : { value, text: textOf(raw, numFmt), formula: '' };
}

function valueOf(raw: Exclude<RawValue, null>): Content['value'] {
  if (typeof raw !== 'object') return raw;
  return 'error' in raw ? raw.error : raw.date;
}

function textOf(raw: Exclude<RawValue, null>, numFmt: string): string {
  if (typeof raw === 'number' || typeof raw === 'boolean') return formatCellText(raw, numFmt);
  if (typeof raw === 'string') return raw === '' || keepsText(numFmt) ? raw : formatCellText(raw, numFmt);
  if ('error' in raw) return raw.error;
  return formatCellText(raw.date, numFmt);
}
