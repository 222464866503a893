// One sheet's cells (sheetCells) → its SheetSnapshot, by the rules of snapshotFromExcelJs: non-anchor
// cells of a merge show nothing and take the anchor's number format, the grids span the used range of
// content and merges, and a sheet over MAX_SNAPSHOT_CELLS is refused the same way.
import type { RangeRef } from '../../engine/a1';
import { formatCellText } from '../../engine/numberFormat';
import type { SheetSnapshot } from '../../engine/schema';
import { sheetFromContents, type CellContent } from '../sheetGrid';
import type { RawValue, SheetCell, SheetCells } from './sheetCells';
import { unsupported } from './unsupported';

type Content = CellContent;

export function sheetSnapshot(name: string, { cells, merges, styledRows, styledColumns }: SheetCells): SheetSnapshot {
  const byKey = new Map<number, SheetCell>();
  for (const cell of cells) byKey.set(key(cell.row, cell.col), cell);
  /** Non-anchor cell of a merge → its anchor's key. */
  const anchorOf = new Map<number, number>();
  for (const m of merges) {
    const anchor = key(m.top, m.left);
    if (!byKey.has(anchor) && (styledColumns || styledRows.has(m.top))) unsupported('merge anchor styled by its row or column');
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) anchorOf.set(key(r, c), anchor);
    }
  }
  const contents = new Map<number, Content>();
  // The cells with content as one area (their extent): the grid spans it and the merges.
  let extent: RangeRef | undefined;
  for (const cell of cells) {
    const k = key(cell.row, cell.col);
    if (anchorOf.size > 0 && anchorOf.has(k)) {
      if (cell.sharedMaster) unsupported('shared formula master inside a merge');
      continue;
    }
    const content = contentOf(cell);
    if (!content) continue;
    contents.set(k, content);
    if (!extent) extent = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    else {
      if (cell.row < extent.top) extent.top = cell.row;
      if (cell.row > extent.bottom) extent.bottom = cell.row;
      if (cell.col < extent.left) extent.left = cell.col;
      if (cell.col > extent.right) extent.right = cell.col;
    }
  }
  return sheetFromContents(name, extent ? [...merges, extent] : merges, merges, (r, c) => contents.get(key(r, c)), (r, c) => {
    const k = key(r, c);
    const cell = byKey.get(anchorOf.size > 0 ? anchorOf.get(k) ?? k : k);
    return (cell && cell.numFmt) || 'General';
  });
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
