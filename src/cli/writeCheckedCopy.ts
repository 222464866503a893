import type ExcelJS from 'exceljs';
import type { Change, Finding, Severity } from '../engine/schema';
import { loadWorkbookFile } from './xlsxRead';

/** Fill colours by severity: the same as the add-in's highlights (Excel's "bad / neutral / note" tones). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Writes a copy of the workbook with each flagged cell filled by its worst finding's severity and
 * the planned changes applied; every other cell, value and format stays as it was read.
 */
export async function writeCheckedCopy(input: string, output: string, findings: Finding[], changes: Change[]): Promise<void> {
  const workbook = await loadWorkbookFile(input);
  for (const [key, severity] of worstByCell(findings)) {
    const [sheet, cell] = key.split('\u0000');
    const target = workbook.getWorksheet(sheet)?.getCell(cell);
    // A fresh style object per cell: exceljs shares style objects between cells read from a file.
    if (target) target.style = { ...target.style, fill: solidFill(SEVERITY_FILL[severity]) };
  }
  for (const change of changes) {
    const target = workbook.getWorksheet(change.sheet)?.getCell(change.cell);
    if (target) target.value = change.after;
  }
  await workbook.xlsx.writeFile(output);
}

function worstByCell(findings: Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const current = worst.get(key);
    if (!current || RANK[f.severity] < RANK[current]) worst.set(key, f.severity);
  }
  return worst;
}

function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}
