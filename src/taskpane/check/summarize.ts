// What the check tab shows, computed from a check's findings and the ignored list: pure, so the
// counts the user sees can be tested without rendering.
import { sheetsOfFinding } from '../../engine/findingCells';
import { readinessOf, type Readiness } from '../../engine/readiness';
import type { Finding, Severity } from '../../engine/schema';
import type { IgnoredFinding } from '../../host/workbookHost';

export type SeverityCounts = Record<Severity, number>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding as shown: with the reason it was ignored for, if it was. */
export interface ShownFinding {
  finding: Finding;
  key: string;
  ignoredReason: string | null;
}

export interface RuleGroup {
  rule: string;
  findings: ShownFinding[];
  /** Findings not ignored. */
  active: number;
  ignored: number;
}

export interface SheetGroup {
  sheet: string;
  rules: RuleGroup[];
  counts: SeverityCounts;
  ignored: number;
}

/** 可以提交 (nothing left), 请复核 (warnings only, no error), 需修改 (errors). */
export type Verdict = Readiness;

export interface CheckSummary {
  /** Once ignored findings are set aside. */
  verdict: Verdict;
  counts: SeverityCounts;
  ignored: number;
  /** Every sheet of the workbook, in workbook order, with its counts (zero for a clean sheet). */
  sheets: { sheet: string; counts: SeverityCounts }[];
  /** Sheets that have findings (ignored ones included), grouped by rule in order of first appearance. */
  groups: SheetGroup[];
}

/** One finding per sheet, cell and rule (the engine dedupes on the same key). */
export function findingKey(f: Pick<Finding, 'sheet' | 'cell' | 'rule'>): string {
  return `${f.sheet}\u0000${f.cell}\u0000${f.rule}`;
}

export function zeroCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

export function ignoredReasons(ignored: IgnoredFinding[]): Map<string, string> {
  return new Map(ignored.map((i) => [findingKey(i), i.reason]));
}

/** The findings still to be dealt with: what is counted and highlighted. */
export function activeFindings(findings: Finding[], ignored: IgnoredFinding[]): Finding[] {
  const reasons = ignoredReasons(ignored);
  return findings.filter((f) => !reasons.has(findingKey(f)));
}

export function summarize(findings: Finding[], ignored: IgnoredFinding[], sheetNames: string[]): CheckSummary {
  const reasons = ignoredReasons(ignored);
  const counts = zeroCounts();
  const perSheet = new Map<string, SeverityCounts>(sheetNames.map((name) => [name, zeroCounts()]));
  const groups = new Map<string, SheetGroup>();
  let ignoredTotal = 0;

  const groupOf = (name: string): SheetGroup => {
    let sheet = groups.get(name);
    if (!sheet) {
      sheet = { sheet: name, rules: [], counts: zeroCounts(), ignored: 0 };
      groups.set(name, sheet);
    }
    return sheet;
  };
  for (const finding of findings) {
    const key = findingKey(finding);
    const reason = reasons.get(key) ?? null;
    // A problem spanning sheets (a department ↔ project pair) is listed under each, counted once.
    const touched = sheetsOfFinding(finding).map(groupOf);
    for (const sheet of touched) {
      let rule = sheet.rules.find((r) => r.rule === finding.rule);
      if (!rule) {
        rule = { rule: finding.rule, findings: [], active: 0, ignored: 0 };
        sheet.rules.push(rule);
      }
      rule.findings.push({ finding, key, ignoredReason: reason });
      if (reason !== null) rule.ignored++;
      else rule.active++;
    }
    if (reason !== null) {
      touched.forEach((sheet) => sheet.ignored++);
      ignoredTotal++;
      continue;
    }
    counts[finding.severity]++;
    for (const sheet of touched) {
      sheet.counts[finding.severity]++;
      // A finding on a sheet the model does not list still counts (and gets a row of its own).
      if (!perSheet.has(sheet.sheet)) perSheet.set(sheet.sheet, zeroCounts());
      (perSheet.get(sheet.sheet) as SeverityCounts)[finding.severity]++;
    }
  }
  const order = new Map(sheetNames.map((name, i) => [name, i]));
  const byWorkbookOrder = (a: SheetGroup, b: SheetGroup) => (order.get(a.sheet) ?? order.size) - (order.get(b.sheet) ?? order.size);

  return {
    verdict: readinessOf(counts),
    counts,
    ignored: ignoredTotal,
    sheets: [...perSheet].map(([sheet, c]) => ({ sheet, counts: c })),
    groups: [...groups.values()].sort(byWorkbookOrder),
  };
}
