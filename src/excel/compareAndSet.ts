import type { CellValue } from '../engine/schema';
import { HostError } from '../host/workbookHost';

/** One guarded write: `value` goes in only if the cell still holds `expected` and no formula. */
export interface GuardedWrite {
  sheet: string;
  cell: string;
  expected: CellValue;
  value: CellValue;
}

/**
 * Two syncs: read every target (and its sheet's protection), then write all of them, or none.
 * Refusal names the first cell that stops the write, in plain words; nothing has been written then.
 */
export async function compareAndSet(context: Excel.RequestContext, writes: GuardedWrite[]): Promise<void> {
  const seen = new Set<string>();
  for (const write of writes) {
    const key = `${write.sheet}!${write.cell.toUpperCase()}`;
    if (seen.has(key)) throw refusal(write, '在计划中出现两次', 'appears twice in the plan');
    seen.add(key);
  }
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
    const formula: unknown = range.formulas[0][0];
    if (typeof formula === 'string' && formula.startsWith('=')) {
      throw refusal(write, `含公式 ${formula}`, `holds a formula ${formula}`);
    }
    if (!sameCellValue(values[0][0], write.expected)) {
      const now = show(values[0][0]);
      const was = show(write.expected);
      throw refusal(write, `已被修改（现为 ${now}，检查时为 ${was}）`, `has changed (now ${now}, was ${was} when checked)`);
    }
  }
  for (const { write, range } of targets) range.values = [[asLiteral(write.value)]];
  await context.sync();
}

/** Excel values compared as Excel holds them: numbers exactly, text without surrounding spaces. */
export function sameCellValue(current: unknown, expected: CellValue): boolean {
  if (typeof expected === 'string') {
    const text = current === null || current === undefined ? '' : current;
    return typeof text === 'string' && text.trim() === expected.trim();
  }
  return current === expected;
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

function show(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '（空）';
  return typeof value === 'string' ? `“${value}”` : String(value);
}

function refusal(write: GuardedWrite, zh: string, en: string): HostError {
  return new HostError(
    `${write.sheet}!${write.cell} ${zh}，未写入任何单元格`,
    `${write.sheet}!${write.cell} ${en}; nothing was written`,
  );
}
