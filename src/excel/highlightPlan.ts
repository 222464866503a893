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

/** Excel refuses range addresses of 8,192 characters or more. */
export const MAX_ADDRESS_LENGTH = 8000;

export interface HighlightGroup {
  sheet: string;
  severity: Severity;
  /** One address: a single cell or range, or (with RangeAreas) a comma-separated list. */
  address: string;
}

/**
 * Cells per sheet and severity, each cell once at its most severe finding. With RangeAreas
 * (ExcelApi 1.9) the cells of a group share one address list, split below MAX_ADDRESS_LENGTH;
 * without it every cell gets its own rule.
 */
export function planHighlights(findings: Finding[], useRangeAreas: boolean): HighlightGroup[] {
  const groups: HighlightGroup[] = [];
  for (const [sheet, cells] of worstSeverityByCell(findings)) {
    for (const severity of ['info', 'warning', 'error'] as Severity[]) {
      const addresses = [...cells].filter(([, s]) => s === severity).map(([cell]) => cell);
      if (!useRangeAreas) {
        addresses.forEach((address) => groups.push({ sheet, severity, address }));
        continue;
      }
      for (const address of joinUnder(addresses, MAX_ADDRESS_LENGTH)) groups.push({ sheet, severity, address });
    }
  }
  return groups;
}

function joinUnder(parts: string[], limit: number): string[] {
  const joined: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current && current.length + 1 + part.length > limit) {
      joined.push(current);
      current = '';
    }
    current = current ? `${current},${part}` : part;
  }
  if (current) joined.push(current);
  return joined;
}
