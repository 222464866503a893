import type ExcelJS from 'exceljs';
import { parseA1, parseRange, toA1, type RangeRef } from '../engine/a1';
import type { Change, Finding, Severity } from '../engine/schema';
import { writeAtomically } from './outputErrors';
import { loadWorkbookFile, type ReadOptions } from './xlsxRead';

/** Fill colours by severity: the same as the add-in's highlights (Excel's "bad / neutral / note" tones). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Writes a copy of the workbook with each flagged cell filled by its worst finding's severity and
 * the planned changes applied; every other cell, value and format stays as it was read. A flagged
 * merged cell is filled over its whole area, as Excel formats a merged cell. The input file itself
 * is never written (the caller refuses --out equal to the input).
 */
export async function writeCheckedCopy(
  input: string,
  output: string,
  findings: Finding[],
  changes: Change[],
  options: ReadOptions = {},
): Promise<void> {
  const workbook = await loadWorkbookFile(input, options);
  const bySheet = new Map<string, Map<string, Severity>>();
  for (const [key, severity] of worstByCell(findings)) {
    const [sheet, cell] = key.split('\u0000');
    if (!bySheet.has(sheet)) bySheet.set(sheet, new Map());
    bySheet.get(sheet)?.set(cell, severity);
  }
  for (const [sheet, cells] of bySheet) {
    const ws = workbook.getWorksheet(sheet);
    if (ws) highlightSheet(ws, cells);
  }
  for (const change of changes) {
    const target = workbook.getWorksheet(change.sheet)?.getCell(change.cell);
    if (target) target.value = change.after;
  }
  await writeAtomically(output, (temporary) => workbook.xlsx.writeFile(temporary));
}

function highlightSheet(ws: ExcelJS.Worksheet, cells: Map<string, Severity>): void {
  const merges: RangeRef[] = (ws.model.merges ?? []).map((m) => parseRange(m));
  // One cell may be reached twice (an anchor and a covered cell of its area): keep the worst.
  const fills = new Map<string, Severity>();
  for (const [address, severity] of cells) {
    for (const target of areaOf(address, merges)) {
      const current = fills.get(target);
      if (!current || RANK[severity] < RANK[current]) fills.set(target, severity);
    }
  }
  for (const [address, severity] of fills) {
    const cell = ws.getCell(address);
    // A fresh style object per cell: exceljs shares style objects between cells read from a file,
    // so setting `cell.fill` would repaint every cell sharing it.
    cell.style = { ...cell.style, fill: solidFill(SEVERITY_FILL[severity]) };
  }
}

/** The cell's addresses, or every address of the merged area it lies in. */
function areaOf(address: string, merges: RangeRef[]): string[] {
  const { row, col } = parseA1(address);
  const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  if (!merge) return [toA1(row, col)];
  const area: string[] = [];
  for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) area.push(toA1(r, c));
  return area;
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
