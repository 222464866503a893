// The layout of the ignored-findings sheet, written by the Excel adapter and the browser sandbox and
// read by them and the command line: a very hidden worksheet named `budget-check`, row 1 the titles
// 工作表 | 单元格 | 规则 | 原因 | 时间 in A1:E1, then one row per ignored finding from row 2, every cell
// text.
import type { Finding, IgnoredFinding } from './schema';

export const IGNORED_SHEET = 'budget-check';
export const IGNORED_TITLES = ['工作表', '单元格', '规则', '原因', '时间'] as const;

/** When each ignored finding was first ignored, by findingKey-like "sheet!cell#rule". */
export type IgnoredTimes = Map<string, string>;

export function ignoredKey(item: Pick<IgnoredFinding, 'sheet' | 'cell' | 'rule'>): string {
  return `${item.sheet}!${item.cell.replace(/\$/g, '').toUpperCase()}#${item.rule}`;
}

/** "2026-03-05 14:07", local time: what a reviewer reads in the 时间 column. */
export function formatIgnoredTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * The sheet's rows for `ignored`: titles first, then one row each. A finding ignored before keeps its
 * time; a new one gets `now`.
 */
export function ignoredRows(ignored: IgnoredFinding[], times: IgnoredTimes, now: Date): string[][] {
  const stamp = formatIgnoredTime(now);
  return [
    [...IGNORED_TITLES],
    ...ignored.map((i) => [i.sheet, i.cell, i.rule, i.reason, times.get(ignoredKey(i)) ?? stamp]),
  ];
}

/**
 * The ignored findings in the sheet's values (its used range from A1), with their times. Rows
 * without a sheet, cell and rule (a hand edit) are skipped; a sheet whose A1:E1 are not the titles
 * is not ours and gives null.
 */
export function parseIgnoredRows(values: unknown[][]): { ignored: IgnoredFinding[]; times: IgnoredTimes } | null {
  const [titles, ...rows] = values;
  if (!titles || IGNORED_TITLES.some((title, i) => String(titles[i] ?? '').trim() !== title)) return null;
  const ignored: IgnoredFinding[] = [];
  const times: IgnoredTimes = new Map();
  for (const row of rows) {
    const [sheet, cell, rule, reason, time] = IGNORED_TITLES.map((_, i) => String(row[i] ?? '').trim());
    if (sheet === '' || cell === '' || rule === '') continue;
    const item = { sheet, cell, rule, reason };
    ignored.push(item);
    if (time !== '') times.set(ignoredKey(item), time);
  }
  return { ignored, times };
}

/** The findings with `ignored` set to the reason where the workbook records them as ignored. */
export function markIgnored(findings: Finding[], ignored: IgnoredFinding[]): Finding[] {
  const reasons = new Map(ignored.map((i) => [ignoredKey(i), i.reason]));
  return findings.map((f) => {
    const reason = reasons.get(ignoredKey(f));
    return reason === undefined ? f : { ...f, ignored: reason };
  });
}
