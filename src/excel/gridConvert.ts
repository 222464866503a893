import { parseRange } from '../engine/a1';
import { sortMerges } from '../engine/specSnapshot';
import type { CellValue, SheetSnapshot } from '../engine/schema';

/** The four grids Excel returns for a range, as loaded (any cell may come back null on a bad read). */
export interface LoadedGrids {
  values: unknown[][];
  text: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

export function toCellValue(raw: unknown): CellValue {
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return raw === null || raw === undefined ? '' : String(raw);
}

/** Excel gives a constant's value in `formulas`; the snapshot wants "=…" or "". */
export function toFormula(raw: unknown): string {
  return typeof raw === 'string' && raw.startsWith('=') ? raw : '';
}

export function toNumberFormat(raw: unknown): string {
  return typeof raw === 'string' && raw !== '' ? raw : 'General';
}

export function toText(raw: unknown): string {
  return raw === null || raw === undefined ? '' : String(raw);
}

/** True when every grid has exactly rows × cols cells: Excel may silently return null for huge reads. */
export function gridsComplete(grids: LoadedGrids, rows: number, cols: number): boolean {
  return [grids.values, grids.text, grids.formulas, grids.numberFormat].every(
    (grid) =>
      Array.isArray(grid) &&
      grid.length === rows &&
      grid.every((row) => Array.isArray(row) && row.length === cols),
  );
}

export function sheetFromGrids(
  name: string,
  address: string,
  grids: LoadedGrids,
  merges: string[],
): SheetSnapshot {
  const { top, left } = parseRange(address);
  return {
    name,
    origin: { row: top, col: left },
    values: grids.values.map((row) => row.map(toCellValue)),
    text: grids.text.map((row) => row.map(toText)),
    formulas: grids.formulas.map((row) => row.map(toFormula)),
    numberFormats: grids.numberFormat.map((row) => row.map(toNumberFormat)),
    merges: sortMerges(merges.map((m) => parseRange(m))),
  };
}

/** An empty sheet reads as A1 alone, as Excel's getUsedRange and the other hosts give it. */
export function emptySheet(name: string): SheetSnapshot {
  return {
    name,
    origin: { row: 1, col: 1 },
    values: [['']],
    text: [['']],
    formulas: [['']],
    numberFormats: [['General']],
    merges: [],
  };
}

/** "Sheet1!A1:B2" or "'My sheet'!A1:B2" → "A1:B2" (sheet names may contain "!" only inside quotes). */
export function localAddress(address: string): string {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return local.replace(/\$/g, '');
}
