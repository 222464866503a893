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
