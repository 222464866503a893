// 合计 / 小计 / 总计 rows: each amount column of such a row sums the item rows above it, up to the
// table's header, an empty row, or a total of the same or a higher rank (a lower subtotal counts as
// one item and its own items are skipped).
import { decimalOf, unitStated, unitWritten } from '../money';
import type { GridCell, SheetGrid } from '../layout/grid';
import type { MoneyUnit } from '../schema';
import type { SkippedRows, SumRelation } from './relations';
import { cellTerm, type Term } from './terms';

const RANK: Record<string, number> = { 小计: 1, 合计: 2, 总计: 3 };
const TOTAL_LABEL = /^(小计|合计|总计)(\((万元|元)\))?$/;
const TOTAL_SECOND = '计'.charCodeAt(0);
/** A column header over amounts, where the walk up a column stops (rather than an item written as words). */
const HEADER_TEXT = /金额|资金|经费|预算|费用|支出|收入|万元|元|额|价|数|计|\(/;

interface Walk {
  items: GridCell[];
  /** The row the walk stopped at (a header, an empty row, a total of equal or higher rank, or top − 1). */
  stop: number;
  header: string;
}

/** Rows listed in `skip` (the indicator table) are never read as totals. */
export function totalRowRelations(grid: SheetGrid, skip: SkippedRows): SumRelation[] {
  const relations: SumRelation[] = [];
  for (let row = grid.top; row <= grid.bottom; row++) {
    if (row >= skip.first && row <= skip.last) continue;
    const found = totalLabelIn(grid, row, grid.right + 1);
    if (!found) continue;
    const labelAddress = grid.cell(row, found.col).address;
    for (let col = found.col + 1; col <= grid.right; col++) {
      const cell = grid.cell(row, col);
      if (cell.covered || cell.address === labelAddress) continue;
      if (cell.formula === '' && decimalOf(cell.value, cell.text) === null) continue;
      const walk = walkUp(grid, row - 1, col, found.rank, skip);
      if (walk.items.length === 0) continue;
      const unit = unitStated(walk.header);
      relations.push(sumRelation(grid, found.label, cell, walk.items, unit));
    }
  }
  return relations;
}

function sumRelation(grid: SheetGrid, label: string, total: GridCell, items: GridCell[], unit: MoneyUnit | null): SumRelation {
  const ordered = [...items].reverse();
  // No unit over the column: a unit written in one of its cells ("4万元") is the column's.
  unit ??= [total, ...ordered].map((c) => unitWritten(c.text)).find((u) => u !== null) ?? null;
  const itemTerms: Term[] = ordered.map((item) => cellTerm(grid, item.address, item.address, unit));
  return {
    kind: 'sum',
    origin: 'total-row',
    relation: `${label}：${total.address} = ${describeItems(ordered)}`,
    total: cellTerm(grid, total.address, label, unit),
    items: itemTerms,
  };
}

/** SUM(D12:D20) for a contiguous column of items, otherwise D12+D15+D18. */
function describeItems(items: GridCell[]): string {
  const addresses = items.map((i) => i.address);
  const rows = addresses.map((a) => Number(/\d+$/.exec(a)![0]));
  const letters = addresses.map((a) => /^[A-Z]+/.exec(a)![0]);
  const contiguous = letters.every((l) => l === letters[0]) && rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous && items.length > 1) return `SUM(${addresses[0]}:${addresses[addresses.length - 1]})`;
  return addresses.join('+');
}

function walkUp(grid: SheetGrid, from: number, col: number, rank: number, skip: SkippedRows): Walk {
  const items: GridCell[] = [];
  let row = from;
  while (row >= grid.top) {
    if ((row >= skip.first && row <= skip.last) || grid.rowIsEmpty(row)) return { items, stop: row, header: '' };
    const lower = totalLabelIn(grid, row, col);
    if (lower && lower.rank >= rank) return { items, stop: row, header: '' };
    const cell = grid.cell(row, col);
    const isAmount = cell.formula !== '' || cell.text === '' || decimalOf(cell.value, cell.text) !== null;
    if (!isAmount && !lower && HEADER_TEXT.test(cell.text.normalize('NFKC'))) {
      return { items, stop: row, header: cell.text };
    }
    if (cell.covered && grid.cell(row - 1, col).address === cell.address) {
      row--; // one amount merged over several rows counts once, at its top row
      continue;
    }
    // A blank item counts as 0 and stays an item: once an amount is written there the total sums it.
    items.push(cell);
    if (lower) {
      const inner = walkUp(grid, row - 1, col, lower.rank, skip);
      row = inner.stop;
      if (inner.header) return { items, stop: row, header: inner.header };
      continue;
    }
    row--;
  }
  return { items, stop: row, header: '' };
}

/** The first 合计/小计/总计 label of a row left of column `before`. */
function totalLabelIn(grid: SheetGrid, row: number, before: number): { col: number; rank: number; label: string } | null {
  const rowCols = grid.filledColumns(row);
  for (let ci = 0; ci < rowCols.length; ci++) {
    const col = rowCols[ci];
    if (col >= before) break;
    const label = grid.label(row, col);
    // 小计, 合计 and 总计 all have 计 second: most labels are ruled out without the pattern.
    const match = label.charCodeAt(1) === TOTAL_SECOND ? TOTAL_LABEL.exec(label) : null;
    if (match) return { col, rank: RANK[match[1]], label: match[1] };
  }
  return null;
}
