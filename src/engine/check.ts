import { planRebalance } from './balance/plan';
import { readWorkbook, type SheetRead } from './layout/readSheet';
import { runRules } from './rules/run';
import type { Change, ColumnOverride, Finding, Lang, WorkbookModel, WorkbookSnapshot } from './schema';

export interface CheckResult {
  model: WorkbookModel;
  /** The reader's per-sheet detail (categories, placeholders, table headers) behind the model. */
  sheets: SheetRead[];
  findings: Finding[];
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
  const { model, sheets } = readWorkbook(snapshot, options.columnRoles);
  const balance = planRebalance(snapshot, sheets, options.lang);
  const findings = runRules({ model, reads: sheets }, options.lang, balance.hits);
  return { model, sheets, findings, plan: balance.changes };
}
