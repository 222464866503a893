// Amounts typed as text ("4万元", "40,000元", "４００００"): the checker reads them (converting a
// written unit exactly), but Excel's SUM skips text, so each one is reported as money.text-amount.
// The planner finds them because it sees the cells' raw values, which the model does not keep.
import { parseA1 } from '../a1';
import type { SheetGrid } from '../layout/grid';
import type { SheetRead } from '../layout/readSheet';
import { amountIn, unitStated, unitWritten } from '../money';
import { MONEY_FIELDS } from '../rules/moneyFields';
import type { Hit } from '../rules/types';
import type { MoneyUnit } from '../schema';
import type { Relation } from './relations';
import { cellTerm, termKey, type Term } from './terms';

/** How far up a column the walk looks for the header stating its unit. */
const HEADER_REACH = 12;

/** Every amount cell typed as text, once each, in the order met (the rule runner sorts them). */
export function textAmountHits(grids: SheetGrid[], reads: SheetRead[], relations: Relation[]): Hit[] {
  const terms = new Map<string, Term>();
  const add = (term: Term) => {
    if (term.asText && term.cell !== null && !terms.has(termKey(term))) terms.set(termKey(term), term);
  };
  for (const relation of relations) {
    const all = relation.kind === 'sum' ? [relation.total, ...relation.items] : [...relation.source, ...relation.parts];
    all.forEach(add);
  }
  // The first grid of each name, looked up (not searched for each sheet: a workbook may have 1,000).
  const gridOf = new Map<string, SheetGrid>();
  for (let i = 0; i < grids.length; i++) if (!gridOf.has(grids[i].name)) gridOf.set(grids[i].name, grids[i]);
  const found: Term[] = [];
  for (let i = 0; i < reads.length; i++) {
    const grid = gridOf.get(reads[i].model.name) ?? grids[i];
    if (grid) modelTerms(grid, reads[i], found);
  }
  for (let i = 0; i < found.length; i++) add(found[i]);
  return [...terms.values()].map((t) => ({
    rule: 'money.text-amount',
    sheet: t.sheet,
    cell: t.cell!,
    params: { text: t.text, value: t.value, unit: t.unit ?? '' },
  }));
}

/**
 * The model's own amount cells typed as text: the header's money fields and the key tasks' 拟投入的资金.
 * Only a cell holding a string can be one, so the others are not read as terms at all. Indexed
 * loops: this runs per field and key task of every sheet, in V8's interpreter tier.
 */
function modelTerms(grid: SheetGrid, read: SheetRead, terms: Term[]): void {
  const { header, keyTasks } = read.model;
  for (let i = 0; i < MONEY_FIELDS.length; i++) {
    const key = MONEY_FIELDS[i];
    const field = header[key];
    if (!field?.amount || !holdsText(grid, field.cell)) continue;
    const unit = unitWritten(field.value) ? (unitStated(field.label) ?? columnUnit(grid, field.cell)) : field.amount.unit;
    terms.push(cellTerm(grid, field.cell, key, unit));
  }
  for (let i = 0; i < keyTasks.length; i++) {
    const task = keyTasks[i];
    if (!task.cells.amount || !task.amount || !holdsText(grid, task.cells.amount)) continue;
    // Key tasks are in 元 unless their header says otherwise (as the reader assumes).
    terms.push(cellTerm(grid, task.cells.amount, task.name, columnUnit(grid, task.cells.amount) ?? '元'));
  }
}

/** A constant string (not a formula's result): the only kind of cell whose amount is typed as text. */
function holdsText(grid: SheetGrid, address: string): boolean {
  const { row, col } = parseA1(address);
  const cell = grid.cell(row, col);
  return typeof cell.value === 'string' && cell.formula === '';
}

/** The unit the header over an amount states: the first cell above that is not an amount. */
function columnUnit(grid: SheetGrid, address: string): MoneyUnit | null {
  const { row, col } = parseA1(address);
  for (let r = row - 1; r >= Math.max(grid.top, row - HEADER_REACH); r--) {
    const cell = grid.cell(r, col);
    if (cell.text === '' || amountIn(cell.value, cell.text, null) !== null) continue;
    return unitStated(cell.text);
  }
  return null;
}
