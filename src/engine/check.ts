import { planRebalance } from './balance/plan';
import { SheetGrid } from './layout/grid';
import { readWorkbook, type SheetRead } from './layout/readSheet';
import { runRules } from './rules/run';
import type { Hit } from './rules/types';
import type { Change, ColumnOverride, Finding, Lang, Note, WorkbookModel, WorkbookSnapshot } from './schema';

export interface CheckResult {
  model: WorkbookModel;
  /** The reader's per-sheet detail (categories, placeholders, table headers) behind the model. */
  sheets: SheetRead[];
  findings: Finding[];
  /** Read facts that ask for nothing (the unit a form's convention gives, key-task totals). */
  notes: Note[];
  /** The rebalance plan: empty when every relation already holds. */
  plan: Change[];
}

export interface CheckOptions {
  lang: Lang;
  /** Column roles the user set for tables the reader was unsure of (saved with the workbook). */
  columnRoles?: ColumnOverride[];
}

/** The engine's one entry point: a workbook snapshot in, the model, findings and balance plan out. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  // The reader's grids go on to the planner: each cell is looked at once.
  const { model, sheets, grids } = readWorkbook(snapshot, options.columnRoles);
  const balance = planOrSay(snapshot, sheets, options.lang, grids);
  const { findings, notes } = runRules({ model, reads: sheets }, options.lang, balance.hits);
  return { model, sheets, findings, notes, plan: balance.changes };
}

/**
 * The rebalance plan over the sheets that could be read. Should the planner fail on something
 * unforeseen, there is no plan and each form says it could not be fully checked — never an abort.
 */
function planOrSay(snapshot: WorkbookSnapshot, reads: SheetRead[], lang: Lang, grids: (SheetGrid | undefined)[]): { changes: Change[]; hits: Hit[] } {
  const readable = reads.map((read, i) => ({ read, sheet: snapshot.sheets[i], grid: grids[i] })).filter(({ read }) => read.unchecked === undefined);
  try {
    return planRebalance({ sheets: readable.map((r) => r.sheet) }, readable.map((r) => r.read), lang, readable.map((r) => r.grid ?? new SheetGrid(r.sheet)));
  } catch (error) {
    const reason = `rebalance: ${error instanceof Error ? error.message : String(error)}`;
    const forms = readable.filter(({ read }) => read.model.kind !== 'other');
    return { changes: [], hits: forms.map(({ read }) => ({ rule: 'structure.unchecked', sheet: read.model.name, cell: 'A1', params: { reason } })) };
  }
}
