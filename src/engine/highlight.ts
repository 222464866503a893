import { cellsOfFinding } from './findingCells';
import type { Finding, Severity } from './schema';

/**
 * How every host marks a flagged cell: the fill of its most severe finding, in Excel's own
 * "bad / neutral / note" palette. The add-in, the sandbox and the CLI's --out copy all use these.
 */
export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function moreSevere(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * Sheet → cell (upper-case A1, no $) → the most severe finding's severity on it. A finding that spans
 * several cells (on one sheet or on several) marks every one of them.
 */
export function worstSeverityByCell(findings: Finding[]): Map<string, Map<string, Severity>> {
  const worst = new Map<string, Map<string, Severity>>();
  for (const finding of findings) {
    for (const { sheet, cell } of cellsOfFinding(finding)) {
      const cells = worst.get(sheet) ?? new Map<string, Severity>();
      worst.set(sheet, cells);
      const known = cells.get(cell);
      cells.set(cell, known === undefined ? finding.severity : moreSevere(known, finding.severity));
    }
  }
  return worst;
}

/**
 * The 批注 a checked copy carries: for each flagged cell, the reason and the fix of every finding on
 * it (a finding spanning cells is said on each), and for each cell a rebalance changed, what it was.
 * Sheet → cell → text.
 */
export function commentTextByCell(findings: Finding[], changes: Array<{ sheet: string; cell: string; before: unknown; after: unknown; reason: string }> = []): Map<string, Map<string, string>> {
  const texts = new Map<string, Map<string, string[]>>();
  const add = (sheet: string, cell: string, text: string) => {
    const cells = texts.get(sheet) ?? new Map<string, string[]>();
    texts.set(sheet, cells);
    cells.set(cell, [...(cells.get(cell) ?? []), text]);
  };
  for (const finding of findings) {
    const text = finding.suggestion ? `${finding.message}\n→ ${finding.suggestion}` : finding.message;
    for (const { sheet, cell } of cellsOfFinding(finding)) add(sheet, cell, text);
  }
  for (const change of changes) add(change.sheet, change.cell.replace(/\$/g, '').toUpperCase(), `${String(change.before)} → ${String(change.after)}：${change.reason}`);
  return new Map([...texts].map(([sheet, cells]) => [sheet, new Map([...cells].map(([cell, list]) => [cell, list.join('\n\n')]))]));
}
