// Shared by the money, project and consistency rule tests: check a spec, pick findings by rule.
import { checkWorkbook } from '../../src/engine/check';
import type { Finding, Lang, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';

export const DEPT = '部门整体预算绩效目标申报表';

export function findingsOf(spec: WorkbookSpec, lang: Lang = 'zh'): Finding[] {
  return checkWorkbook(specToSnapshot(spec), { lang }).findings;
}

/** The findings of one rule (or of every rule with the prefix, e.g. "money."). */
export function byRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => (rule.endsWith('.') ? f.rule.startsWith(rule) : f.rule === rule));
}

/** "Sheet!A1 severity" for compact, exact comparisons. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
}
