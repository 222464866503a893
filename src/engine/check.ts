// Placeholder for the engine's entry point; filled by the reader and rules work.
import type { Change, Finding, Lang, WorkbookModel, WorkbookSnapshot } from './schema';

export interface CheckResult {
  model: WorkbookModel;
  findings: Finding[];
  /** The rebalance plan: empty when every relation already holds. */
  plan: Change[];
}

export interface CheckOptions {
  lang: Lang;
}

export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  void options;
  return { model: { sheets: snapshot.sheets.map((s) => ({ name: s.name, kind: 'other', header: {}, keyTasks: [], table: null, categories: [], indicators: [] })) }, findings: [], plan: [] };
}
