import { duplicateTarget, refusal, refusalFor, type GuardedWrite } from '../host/guardedWrite';
import { asLiteral, TEXT_FORMAT } from './literal';
import type { ApiSupport } from './runtime';

export type { GuardedWrite };
export { asLiteral };

/**
 * Two syncs: read every target (its value, formula, number format, whether it is locked, and — with
 * ExcelApi 1.12 — whether it lies in a dynamic array's spill range) and its sheet's protection, then
 * write all of them, or none. A protected sheet takes writes into its unlocked cells, as Excel does
 * (government templates protect the form and unlock the input cells). Refusal names the first cell
 * that stops the write, in plain words; nothing has been written then.
 */
export async function compareAndSet(context: Excel.RequestContext, writes: GuardedWrite[], supports: ApiSupport = () => false): Promise<void> {
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
  const spills = supports('1.12');
  const targets = writes.map((write) => {
    const range = (sheets.get(write.sheet) as Excel.Worksheet).getRange(write.cell).load('values,formulas,numberFormat');
    range.format.protection.load('locked');
    return { write, range, spillParent: spills ? range.getSpillParentOrNullObject() : null };
  });
  await context.sync();

  for (const { write, range, spillParent } of targets) {
    const values = range.values;
    if (values.length !== 1 || values[0].length !== 1) throw refusal(write, '不是单个单元格', 'is not a single cell');
    if ((sheets.get(write.sheet) as Excel.Worksheet).protection.protected && range.format.protection.locked !== false) {
      throw refusal(write, '在受保护工作表上且已锁定；请撤销保护或解除该单元格的锁定', 'is locked on a protected sheet; unprotect the sheet or unlock the cell');
    }
    if (spillParent && !spillParent.isNullObject) {
      throw refusal(write, '位于动态数组公式的溢出区域，写入会使公式出错（#SPILL!）', 'lies in the spill range of a dynamic array; writing would break it (#SPILL!)');
    }
    const textCell = range.numberFormat[0][0] === TEXT_FORMAT;
    // A Text cell shows formula-like text as text: `formulas` then holds the text, not a formula.
    const refused = refusalFor(write, { value: values[0][0], formula: textCell ? '' : range.formulas[0][0] });
    if (refused) throw refused;
  }
  for (const { write, range } of targets) range.values = [[asLiteral(write.value, range.numberFormat[0][0])]];
  await context.sync();
}
