// Protection as Excel enforces it on a change of cell content or format.
// References: https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection and
// .../excel.worksheetprotectionoptions (allowFormatCells), .../excel.formatprotection (locked).
import type { RangeRef } from '../engine/a1';
import { cellGrid, type SimSheet } from './model';
import { simError } from './simErrors';

/** Throws as Excel does when a protected sheet refuses a change of cell content or format. */
export function guardProtection(sheet: SimSheet, area: RangeRef | RangeRef[], kind: 'content' | 'format', where: string): void {
  if (!sheet.protection.protected) return;
  // WorksheetProtectionOptions.allowFormatCells lets formats change on a protected sheet.
  if (kind === 'format') {
    if (!sheet.protection.options.allowFormatCells) throw simError('InvalidOperation', where);
    return;
  }
  // Content: only unlocked cells (Range.format.protection.locked = false) take it.
  for (const rect of Array.isArray(area) ? area : [area]) {
    for (const row of cellGrid(rect)) for (const address of row) if (sheet.isLocked(address)) throw simError('InvalidOperation', where);
  }
}

