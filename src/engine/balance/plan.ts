// The rebalance plan of a workbook: every relation its layout shows, settled into changes, plus
// findings for what could not be decided.
import { parseA1 } from '../a1';
import { SheetGrid } from '../layout/grid';
import type { SheetRead } from '../layout/readSheet';
import { pushAll } from '../rules/pushAll';
import type { Hit } from '../rules/types';
import type { Change, Lang, WorkbookSnapshot } from '../schema';
import { departmentRelations } from './department';
import { fundBlockRelations } from './fundBlocks';
import type { Relation, SkippedRows } from './relations';
import { solve } from './solve';
import { textAmountHits } from './textAmounts';
import { totalRowRelations } from './totalRows';

export interface BalancePlan {
  /** Cells to write, in workbook order (sheet, row, column); empty when everything balances. */
  changes: Change[];
  /** What could not be decided (balance.undecided, balance.text-part) and amounts typed as text, rendered with the other rules' hits. */
  hits: Hit[];
}

/** Every money relation of the workbook, in the order they are settled (subtotals before totals). */
export function discoverRelations(snapshot: WorkbookSnapshot, reads: SheetRead[], grids = snapshot.sheets.map((s) => new SheetGrid(s))): Relation[] {
  const relations: Relation[] = [];
  // The first read of each name, looked up (not searched for each sheet: a workbook may have 1,000).
  const readOf = new Map<string, SheetRead>();
  for (let i = 0; i < reads.length; i++) if (!readOf.has(reads[i].model.name)) readOf.set(reads[i].model.name, reads[i]);
  for (let i = 0; i < snapshot.sheets.length; i++) {
    const grid = grids[i];
    const read = readOf.get(snapshot.sheets[i].name) ?? reads[i];
    const skip = tableRows(read?.model.table);
    pushAll(relations, totalRowRelations(grid, skip));
    pushAll(relations, fundBlockRelations(grid, skip));
    if (read) pushAll(relations, departmentRelations(grid, read.model));
  }
  return relations;
}

/** The indicator table's rows: its targets are not money to sum, whatever their labels say. */
function tableRows(table: { headerRow: number; lastRow: number } | null | undefined): SkippedRows {
  // Bounds, not a test function: the walks compare every row of the sheet with them.
  return table ? { first: table.headerRow, last: table.lastRow } : NO_ROWS;
}
const NO_ROWS: SkippedRows = { first: 1, last: 0 };

export function planRebalance(snapshot: WorkbookSnapshot, reads: SheetRead[], lang: Lang = 'zh', grids = snapshot.sheets.map((s) => new SheetGrid(s))): BalancePlan {
  const relations = discoverRelations(snapshot, reads, grids);
  const { changes, hits } = solve(relations, lang);
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  // Each change's place worked out once, not in every comparison of the sort.
  const placed = changes.map((change) => {
    const { row, col } = parseA1(change.cell);
    return { change, sheet: order.get(change.sheet) ?? 0, row, col };
  });
  placed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  return { changes: placed.map((p) => p.change), hits: [...hits, ...textAmountHits(grids, reads, relations)] };
}
