import { planRebalance } from './balance/plan';
import { readWorkbook, type SheetRead } from './layout/readSheet';
import { runRules } from './rules/run';
import type { Change, Finding, Lang, Note, WorkbookModel, WorkbookSnapshot } from './schema';

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
}

/** The engine's one entry point: a workbook snapshot in, the model, findings and balance plan out. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  const { model, sheets } = readWorkbook(snapshot);
  const balance = planRebalance(snapshot, sheets, options.lang);
  const { findings, notes } = runRules({ model, reads: sheets }, options.lang, balance.hits);
  return { model, sheets, findings, notes, plan: balance.changes };
}
