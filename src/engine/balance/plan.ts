// The rebalance plan of a workbook: every relation its layout shows, settled into changes, plus
// findings for what could not be decided.
import { parseA1 } from '../a1';
import { SheetGrid } from '../layout/grid';
import type { SheetRead } from '../layout/readSheet';
import type { Hit } from '../rules/types';
import type { Change, Lang, WorkbookSnapshot } from '../schema';
import { departmentRelations } from './department';
import { fundBlockRelations } from './fundBlocks';
import type { Relation } from './relations';
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
  for (const r of reads) if (!readOf.has(r.model.name)) readOf.set(r.model.name, r);
  snapshot.sheets.forEach((sheet, i) => {
    const grid = grids[i];
    const read = readOf.get(sheet.name) ?? reads[i];
    const table = read?.model.table;
    // The indicator table's targets are not money to sum, whatever their labels say.
    const skip = (row: number) => (table ? row >= table.headerRow && row <= table.lastRow : false);
    relations.push(...totalRowRelations(grid, skip), ...fundBlockRelations(grid, skip));
    if (read) relations.push(...departmentRelations(grid, read.model));
  });
  return relations;
}

export function planRebalance(snapshot: WorkbookSnapshot, reads: SheetRead[], lang: Lang = 'zh', grids = snapshot.sheets.map((s) => new SheetGrid(s))): BalancePlan {
  const relations = discoverRelations(snapshot, reads, grids);
  const { changes, hits } = solve(relations, lang);
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const position = (item: { sheet: string; cell: string }) => {
    const { row, col } = parseA1(item.cell);
    return [order.get(item.sheet) ?? 0, row, col];
  };
  const byPosition = (a: { sheet: string; cell: string }, b: { sheet: string; cell: string }) => {
    const pa = position(a);
    const pb = position(b);
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  };
  return { changes: [...changes].sort(byPosition), hits: [...hits, ...textAmountHits(grids, reads, relations)] };
}
