// The grids of a sheet's snapshot from what a reader found in its cells; shared by the fast reader and
// the exceljs one, so both lay out a sheet (bounds, blanks, formats, size limit) the same way.
import { rangeToA1, type RangeRef } from '../engine/a1';
import type { CellValue, SheetSnapshot } from '../engine/schema';
import { sortMerges, usedBounds } from '../engine/specSnapshot';

export const MAX_SNAPSHOT_CELLS = 5_000_000;

export class SheetTooLargeError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(sheet: string, range: string, cells: number) {
    const zh = `工作表「${sheet}」的已用区域 ${range} 有 ${cells.toLocaleString('en-US')} 个单元格，超过 ${MAX_SNAPSHOT_CELLS.toLocaleString('en-US')} 的上限；可能有远处的零散内容，请删除后再检查`;
    const en = `the used range ${range} of sheet "${sheet}" has ${cells.toLocaleString('en-US')} cells, over the limit of ${MAX_SNAPSHOT_CELLS.toLocaleString('en-US')}; there may be stray content far away — delete it and check again`;
    super(`${zh} / ${en}`);
    this.zh = zh;
    this.en = en;
  }
}

/** What a reader found in one cell. */
export interface CellContent {
  value: CellValue;
  text: string;
  formula: string;
}

/** A sheet's four grids over `bounds`, blank (no text, value or formula; General format); refuses an area over the cell limit. */
export function blankGrids(name: string, bounds: RangeRef): Pick<SheetSnapshot, 'text' | 'values' | 'formulas' | 'numberFormats'> {
  const cells = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
  if (cells > MAX_SNAPSHOT_CELLS) throw new SheetTooLargeError(name, rangeToA1(bounds), cells);
  const text: string[][] = [];
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: string[][] = [];
  const width = bounds.right - bounds.left + 1;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    // Made at their size and filled: a row pushed cell by cell is copied as it grows.
    text.push(new Array<string>(width).fill(''));
    values.push(new Array<CellValue>(width).fill(''));
    formulas.push(new Array<string>(width).fill(''));
    numberFormats.push(new Array<string>(width).fill('General'));
  }
  return { text, values, formulas, numberFormats };
}

/**
 * The sheet's snapshot over the used area of `areas` (cells and merges): blanks where `contentAt` has
 * nothing, each cell's number format from `formatAt`. Refuses a used area over the cell limit.
 */
export function sheetFromContents(
  name: string,
  areas: RangeRef[],
  merges: RangeRef[],
  contentAt: (row: number, col: number) => CellContent | undefined,
  formatAt: (row: number, col: number) => string,
): SheetSnapshot {
  const bounds = usedBounds(areas);
  const grids = blankGrids(name, bounds);
  const width = bounds.right - bounds.left + 1;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const i = r - bounds.top;
    for (let c = 0; c < width; c++) {
      const content = contentAt(r, bounds.left + c);
      if (content) {
        grids.text[i][c] = content.text;
        grids.values[i][c] = content.value;
        grids.formulas[i][c] = content.formula;
      }
      grids.numberFormats[i][c] = formatAt(r, bounds.left + c);
    }
  }
  return { name, origin: { row: bounds.top, col: bounds.left }, ...grids, merges: sortMerges(merges) };
}
