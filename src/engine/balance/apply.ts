// Applying a plan to a workbook held as data (a spec or a snapshot), for tests and the sandbox host.
import { parseA1 } from '../a1';
import { formatCellText } from '../numberFormat';
import type { CellValue, Change, SheetSnapshot, WorkbookSnapshot, WorkbookSpec } from '../schema';

/**
 * A copy of `workbook` with each change written, keeping the cell's format and style. A cell that no
 * longer holds the change's `before` is left as it is (so applying a plan twice changes nothing more).
 */
export function applyChanges<T extends WorkbookSpec | WorkbookSnapshot>(workbook: T, changes: Change[]): T {
  // structuredClone, not a JSON round trip: a cell holding NaN or Infinity must not become null.
  const copy = structuredClone(workbook);
  for (const change of changes) {
    const sheet = (copy.sheets as Array<WorkbookSpec['sheets'][number] | SheetSnapshot>).find((s) => s.name === change.sheet);
    if (!sheet) continue;
    if ('values' in sheet) applyToSnapshotSheet(sheet, change);
    else {
      const cell = sheet.cells[change.cell];
      if (!sameValue(cell?.value ?? '', change.before)) continue;
      sheet.cells[change.cell] = cell ? { ...cell, value: change.after } : { value: change.after };
    }
  }
  return copy;
}

function applyToSnapshotSheet(sheet: SheetSnapshot, change: Change): void {
  const { row, col } = parseA1(change.cell);
  const r = row - sheet.origin.row;
  const c = col - sheet.origin.col;
  if (r < 0 || c < 0) return;
  const current = sheet.values[r]?.[c] ?? '';
  if (!sameValue(current, change.before)) return;
  while (sheet.values.length <= r) {
    const width = sheet.values[0]?.length ?? 0;
    sheet.values.push(Array<CellValue>(width).fill(''));
    sheet.text.push(Array<string>(width).fill(''));
    sheet.formulas.push(Array<string>(width).fill(''));
    sheet.numberFormats.push(Array<string>(width).fill('General'));
  }
  for (let i = 0; i < sheet.values.length; i++) {
    while (sheet.values[i].length <= c) {
      sheet.values[i].push('');
      sheet.text[i].push('');
      sheet.formulas[i].push('');
      sheet.numberFormats[i].push('General');
    }
  }
  sheet.values[r][c] = change.after;
  sheet.text[r][c] = formatCellText(change.after, sheet.numberFormats[r][c]);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}
