import type { CellValue } from '../engine/schema';
import { duplicateTarget, refusal, refusalFor, type GuardedWrite } from '../host/guardedWrite';
import { HostError } from '../host/workbookHost';

export type { GuardedWrite };

/**
 * Two syncs: read every target (and its sheet's protection), then write all of them, or none.
 * Refusal names the first cell that stops the write, in plain words; nothing has been written then.
 */
export async function compareAndSet(context: Excel.RequestContext, writes: GuardedWrite[]): Promise<void> {
  const duplicate = duplicateTarget(writes);
  if (duplicate) throw duplicate;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const { sheet } of writes) {
    if (!sheets.has(sheet)) {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.protection.load('protected');
      sheets.set(sheet, worksheet);
    }
  }
  const targets = writes.map((write) => ({
    write,
    range: (sheets.get(write.sheet) as Excel.Worksheet).getRange(write.cell).load('values,formulas'),
  }));
  await context.sync();

  for (const [name, worksheet] of sheets) {
    if (worksheet.protection.protected) {
      throw new HostError(
        `工作表“${name}”受保护，未写入任何单元格；请先撤销保护`,
        `Sheet "${name}" is protected; nothing was written. Unprotect it first`,
      );
    }
  }
  for (const { write, range } of targets) {
    const values = range.values;
    if (values.length !== 1 || values[0].length !== 1) throw refusal(write, '不是单个单元格', 'is not a single cell');
    const refused = refusalFor(write, { value: values[0][0], formula: range.formulas[0][0] });
    if (refused) throw refused;
  }
  for (const { write, range } of targets) range.values = [[asLiteral(write.value)]];
  await context.sync();
}

/**
 * Text that Excel would turn into a formula or a number is written with a leading apostrophe, which
 * Excel keeps as "this is text" and does not show or return in `values`.
 */
export function asLiteral(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  const looksNumeric = value.trim() !== '' && !Number.isNaN(Number(value));
  return /^[=+\-@]/.test(value) || looksNumeric ? `'${value}` : value;
}
