// Shared by the money, project and consistency rule tests: check a spec, pick findings by rule.
import { checkWorkbook } from '../../src/engine/check';
import type { Finding, Lang, Note, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';

export const DEPT = '部门整体预算绩效目标申报表';

export function findingsOf(spec: WorkbookSpec, lang: Lang = 'zh'): Finding[] {
  return checkWorkbook(specToSnapshot(spec), { lang }).findings;
}

/** The notes (read facts that ask for nothing) of a spec's check. */
export function notesOf(spec: WorkbookSpec, lang: Lang = 'zh'): Note[] {
  return checkWorkbook(specToSnapshot(spec), { lang }).notes;
}

/** "Sheet!A1 note" for notes, as `where` for findings. */
export function noteWhere(notes: Note[]): string[] {
  return notes.map((n) => `${n.sheet}!${n.cell} note`);
}

/** The findings (or notes) of one rule (or of every rule with the prefix, e.g. "money."). */
export function byRule<T extends Pick<Finding, 'rule'>>(findings: T[], rule: string): T[] {
  return findings.filter((f) => (rule.endsWith('.') ? f.rule.startsWith(rule) : f.rule === rule));
}

/** "Sheet!A1 severity" for compact, exact comparisons. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
}
