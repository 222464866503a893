// What the grid view draws for one sheet: every row and column from A1 to the used range's far
// corner, each cell's displayed text and style, merged areas as one spanning cell.
import { columnLetters, parseA1, parseRange, toA1 } from '../engine/a1';
import type { CellStyle, SheetSpec } from '../engine/schema';
import { sheetSpecToSnapshot } from '../engine/specSnapshot';

/** A browser would choke on a million table cells; a big sheet shows its top-left part. */
export const MAX_GRID_ROWS = 1000;
export const MAX_GRID_COLS = 100;
const DEFAULT_WIDTH = 9;

export interface GridCell {
  address: string;
  text: string;
  numeric: boolean;
  rowSpan: number;
  colSpan: number;
  style?: CellStyle;
}

export interface GridView {
  rows: number;
  cols: number;
  truncated: boolean;
  /** Column letters and widths in characters, column A first. */
  columns: { letters: string; width: number }[];
  /** Each row's height in points, row 1 first; undefined where the sheet leaves it to the content. */
  rowHeights: (number | undefined)[];
  /** rows × cols; null where a merged area covers the cell (its anchor spans it). */
  cells: (GridCell | null)[][];
}

export function gridView(sheet: SheetSpec): GridView {
  const snapshot = sheetSpecToSnapshot(sheet);
  // Styled cells past the used range show too (a filled empty block), as they do in Excel.
  const styled = styledExtent(sheet);
  const usedRows = Math.max(snapshot.origin.row + snapshot.values.length - 1, styled.rows);
  const usedCols = Math.max(snapshot.origin.col + (snapshot.values[0]?.length ?? 1) - 1, styled.cols);
  const rows = Math.min(usedRows, MAX_GRID_ROWS);
  const cols = Math.min(usedCols, MAX_GRID_COLS);
  const columns = Array.from({ length: cols }, (_, i) => {
    const letters = columnLetters(i + 1);
    return { letters, width: sheet.columnWidths[letters] ?? DEFAULT_WIDTH };
  });

  const cells: (GridCell | null)[][] = [];
  for (let row = 1; row <= rows; row++) {
    const line: (GridCell | null)[] = [];
    for (let col = 1; col <= cols; col++) {
      const address = toA1(row, col);
      const r = row - snapshot.origin.row;
      const c = col - snapshot.origin.col;
      const inside = r >= 0 && c >= 0 && r < snapshot.values.length && c < snapshot.values[r].length;
      const spec = sheet.cells[address];
      line.push({
        address,
        text: inside ? snapshot.text[r][c] : '',
        numeric: inside && typeof snapshot.values[r][c] === 'number',
        rowSpan: 1,
        colSpan: 1,
        ...(spec?.style ? { style: spec.style } : {}),
      });
    }
    cells.push(line);
  }
  for (const merge of sheet.merges.map((m) => parseRange(m))) {
    if (merge.top > rows || merge.left > cols) continue;
    const anchor = cells[merge.top - 1][merge.left - 1];
    if (!anchor) continue; // overlapping merges: the first one wins, as Excel allows no overlap
    anchor.rowSpan = Math.min(merge.bottom, rows) - merge.top + 1;
    anchor.colSpan = Math.min(merge.right, cols) - merge.left + 1;
    for (let row = merge.top; row <= Math.min(merge.bottom, rows); row++) {
      for (let col = merge.left; col <= Math.min(merge.right, cols); col++) {
        if (row !== merge.top || col !== merge.left) cells[row - 1][col - 1] = null;
      }
    }
  }
  const rowHeights = Array.from({ length: rows }, (_, i) => sheet.rowHeights?.[String(i + 1)]);
  return { rows, cols, truncated: rows < usedRows || cols < usedCols, columns, rowHeights, cells };
}

function styledExtent(sheet: SheetSpec): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (!cell.style?.fill && !cell.style?.border) continue;
    const { row, col } = parseA1(address);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  return { rows, cols };
}

/** Excel's pixel width of a column `width` characters wide (7 px per character of Calibri 11, plus padding). */
export function columnPixels(width: number): number {
  return width <= 0 ? 0 : Math.round(width * 7 + 5);
}

/** Points to pixels at 96 dpi, as Excel shows a row at 100 %. */
export function rowPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** The cell a selection shows on: the anchor of the merged area covering it, if any. */
export function displayedAddress(sheet: SheetSpec, address: string): string {
  const target = parseRange(address);
  for (const merge of sheet.merges.map((m) => parseRange(m))) {
    if (target.top >= merge.top && target.top <= merge.bottom && target.left >= merge.left && target.left <= merge.right) {
      return toA1(merge.top, merge.left);
    }
  }
  return toA1(target.top, target.left);
}
