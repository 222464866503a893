import type { CellValue } from '../engine/schema';

/**
 * Text Excel would not keep as typed when written through `Range.values` or `formulas`: a formula
 * (= + - @), anything that starts like a number, percentage, currency amount or date ("1,952,150.00",
 * "50%", "2026-01", "5天内"), TRUE/FALSE, an error literal (#N/A), or text that itself begins with an
 * apostrophe. Excel parses such entries unless the cell is Text-formatted
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
export function excelWouldParse(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  return /^[=+\-@'#]/.test(trimmed) || /^[($¥￥€£]?\s*[\d.,]/.test(trimmed) || /^(true|false)$/i.test(trimmed);
}

export const TEXT_FORMAT = '@';

/**
 * What to write so the cell ends up holding `value` exactly. In a Text-formatted ("@") cell Excel
 * parses nothing and keeps an apostrophe as a character, so text goes in bare; elsewhere text Excel
 * would parse gets a leading apostrophe, which Excel keeps as "this is text" and does not show or
 * return in `values` (issue 13, Why 1–2; office-js#6687).
 */
export function asLiteral(value: CellValue, numberFormat?: unknown): CellValue {
  if (typeof value !== 'string' || numberFormat === TEXT_FORMAT) return value;
  return excelWouldParse(value) ? `'${value}` : value;
}
