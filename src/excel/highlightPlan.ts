import { parseA1, rangeToA1 } from '../engine/a1';
import { worstSeverityByCell } from '../engine/highlight';
import type { Finding, Severity } from '../engine/schema';

/**
 * An always-true rule that names its owner, so the add-in finds its own conditional formats again
 * after the workbook is reopened (Excel's conditional-format ids only last a session).
 */
export const MARKER = 'budget-check';
export function markerFormula(severity: Severity): string {
  return `=N("${MARKER}:${severity}")=0`;
}
export function isMarkerFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARKER}:`);
}

export interface HighlightGroup {
  sheet: string;
  severity: Severity;
  /** One cell, or one column run of cells ("B3:B7"). */
  address: string;
}

/**
 * Cells per sheet and severity, each cell once at its most severe finding, as column runs: one
 * conditional format per run of adjacent cells. Lists of areas ("A1,B2") are not used: getRanges
 * wants the locale's list separator (";" in many locales — office-js#1167, #1985) and Office.js does
 * not say which it is (office-js#2891); runs also work on the ExcelApi 1.7 floor, without RangeAreas.
 */
export function planHighlights(findings: Finding[]): HighlightGroup[] {
  const groups: HighlightGroup[] = [];
  for (const [sheet, cells] of worstSeverityByCell(findings)) {
    for (const severity of ['info', 'warning', 'error'] as Severity[]) {
      const addresses = [...cells].filter(([, s]) => s === severity).map(([cell]) => cell);
      for (const address of columnRuns(addresses)) groups.push({ sheet, severity, address });
    }
  }
  return groups;
}

/** "B3","B4","B5","D2" → "B3:B5","D2": adjacent cells of a column joined, in column then row order. */
export function columnRuns(cells: string[]): string[] {
  const rowsByColumn = new Map<number, Set<number>>();
  for (const cell of cells) {
    const { row, col } = parseA1(cell);
    let rows = rowsByColumn.get(col);
    if (!rows) rowsByColumn.set(col, (rows = new Set()));
    rows.add(row);
  }
  const runs: string[] = [];
  for (const col of [...rowsByColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...(rowsByColumn.get(col) as Set<number>)].sort((a, b) => a - b);
    let top = rows[0];
    rows.forEach((row, i) => {
      if (i + 1 < rows.length && rows[i + 1] === row + 1) return;
      runs.push(rangeToA1({ top, left: col, bottom: row, right: col }));
      top = rows[i + 1];
    });
  }
  return runs;
}
