import type { CheckResult } from './check';
import type { Change, Report } from './schema';

/** The CLI's JSON report of one workbook (validated against ReportSchema by its callers and tests). */
export function toReport(file: string, result: CheckResult, changes: Change[] = []): Report {
  return {
    file,
    sheets: result.model.sheets.map((sheet) => ({
      name: sheet.name,
      kind: sheet.kind,
      header: sheet.header,
      table: sheet.table
        ? { headerRow: sheet.table.headerRow, firstRow: sheet.table.firstRow, lastRow: sheet.table.lastRow, foundBy: sheet.table.foundBy, roles: sheet.table.roles }
        : null,
      indicators: sheet.indicators.map((i) => ({
        level1: i.level1,
        level2: i.level2,
        level3: i.level3,
        periodValue: i.periodValue,
        annualValue: i.annualValue,
        row: i.row,
        cells: i.cells,
        shifted: i.shifted,
      })),
    })),
    findings: result.findings,
    notes: result.notes,
    changes,
  };
}
