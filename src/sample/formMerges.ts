// The merged areas a real 绩效目标表 has, found from the sheet's content: label cells merged down over
// the rows they head, single values merged across, the indicator table's 一级/二级 cells merged down.
// Only areas whose non-anchor cells are all empty are proposed, so merging loses nothing.
import { parseA1, parseRange, rangeToA1, type RangeRef } from '../engine/a1';
import type { SheetSpec } from '../engine/schema';

interface Grid {
  maxRow: number;
  maxCol: number;
  text(row: number, col: number): string;
  filled(row: number, col: number): boolean;
  rowFilled(row: number): boolean;
}

function gridOf(sheet: SheetSpec): Grid {
  const texts = new Map<string, string>();
  let maxRow = 0;
  let maxCol = 0;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (cell.value === '' && !cell.formula) continue;
    const { row, col } = parseA1(address);
    texts.set(`${row},${col}`, String(cell.value));
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  const filledRows = new Set([...texts.keys()].map((k) => Number(k.split(',')[0])));
  return {
    maxRow,
    maxCol,
    text: (row, col) => texts.get(`${row},${col}`) ?? '',
    filled: (row, col) => texts.has(`${row},${col}`),
    rowFilled: (row) => filledRows.has(row),
  };
}

/** The row and column of the 一级指标 header cell that has 二级指标 right of it. */
function findTableHeader(grid: Grid): { row: number; level1Col: number } | null {
  for (let row = 1; row <= grid.maxRow; row++) {
    for (let col = 1; col < grid.maxCol; col++) {
      if (norm(grid.text(row, col)) === '一级指标' && norm(grid.text(row, col + 1)) === '二级指标') return { row, level1Col: col };
    }
  }
  return null;
}

function norm(text: string): string {
  return text.replace(/\s+/g, '');
}

export function formMerges(sheet: SheetSpec): string[] {
  const grid = gridOf(sheet);
  if (grid.maxRow === 0) return [];
  const header = findTableHeader(grid);
  const lastHeaderRow = header ? header.row - 1 : grid.maxRow;
  const lastCol = grid.maxCol;
  const areas: RangeRef[] = [];

  // The title across the sheet's width.
  if (grid.filled(1, 1) && !Array.from({ length: lastCol - 1 }, (_, i) => grid.filled(1, i + 2)).some(Boolean) && lastCol > 1) {
    areas.push({ top: 1, left: 1, bottom: 1, right: lastCol });
  }
  for (let row = 2; row <= lastHeaderRow; row++) {
    // A header label in column A heads the following rows that have no label of their own.
    if (grid.filled(row, 1)) {
      let bottom = row;
      while (bottom + 1 <= lastHeaderRow && !grid.filled(bottom + 1, 1) && grid.rowFilled(bottom + 1)) bottom++;
      if (bottom > row) areas.push({ top: row, left: 1, bottom, right: 1 });
    }
    // A single value right of its label spans to the table's last column.
    const filledCols = Array.from({ length: lastCol - 1 }, (_, i) => i + 2).filter((col) => grid.filled(row, col));
    if (filledCols.length === 1 && filledCols[0] < lastCol) {
      areas.push({ top: row, left: filledCols[0], bottom: row, right: lastCol });
    }
  }
  if (header) {
    const level2Col = header.level1Col + 1;
    for (let col = 1; col <= level2Col; col++) {
      // Label columns left of the table (绩效指标) start at the header row; level columns below it.
      const firstRow = col < header.level1Col ? header.row : header.row + 1;
      for (let row = firstRow; row <= grid.maxRow; row++) {
        if (!grid.filled(row, col)) continue;
        let bottom = row;
        const startsGroup = (r: number) => Array.from({ length: col }, (_, i) => grid.filled(r, i + 1)).some(Boolean);
        while (bottom + 1 <= grid.maxRow && grid.rowFilled(bottom + 1) && !startsGroup(bottom + 1)) bottom++;
        if (bottom > row) areas.push({ top: row, left: col, bottom, right: col });
        row = bottom;
      }
    }
  }
  return withoutOverlaps(areas, sheet.merges).map(rangeToA1);
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function withoutOverlaps(areas: RangeRef[], existing: string[]): RangeRef[] {
  const taken = existing.map((m) => parseRange(m));
  const kept: RangeRef[] = [];
  for (const area of areas) {
    if ([...taken, ...kept].some((t) => intersects(t, area))) continue;
    kept.push(area);
  }
  return kept;
}
