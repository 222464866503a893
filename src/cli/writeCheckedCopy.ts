import type ExcelJS from 'exceljs';
import { parseA1, parseRange, toA1, type RangeRef } from '../engine/a1';
import { HIGHLIGHT_FILL, moreSevere, worstSeverityByCell } from '../engine/highlight';
import type { Change, Finding, Severity } from '../engine/schema';
import { writeAtomically } from './outputErrors';
import { loadWorkbookFile, type ReadOptions } from './xlsxRead';

/** The add-in's highlight colours as exceljs's ARGB. */
export const SEVERITY_FILL = Object.fromEntries(
  Object.entries(HIGHLIGHT_FILL).map(([severity, hex]) => [severity, `FF${hex.slice(1)}`]),
) as Record<Severity, string>;

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
  for (const [sheet, cells] of worstSeverityByCell(findings)) {
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
      fills.set(target, current ? moreSevere(current, severity) : severity);
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

function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}
