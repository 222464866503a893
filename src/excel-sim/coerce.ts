// What Excel stores when a value is written through `Range.values` (or `formulas`): the same
// parsing as typing into the cell. Reference: Range.values — "If the returned value starts with a
// plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member), and
// Excel's data entry rules (https://support.microsoft.com/office/
// stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8): text that
// reads as a number, percentage, date or TRUE/FALSE becomes that value unless the cell is formatted
// as Text ("@") or the entry begins with an apostrophe.
// The Text-format case follows office-js#6687 and issue 13 (2): in a Text cell nothing is parsed and
// an apostrophe is kept as a character.

export type SimValue = string | number | boolean;

export interface StoredEntry {
  value: SimValue;
  formula?: string;
  /** The entry began with an apostrophe: Excel keeps it as a prefix, not as content. */
  prefixed?: boolean;
  /** A number format Excel applies by itself when a General cell takes a percentage or a date. */
  autoFormat?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const CURRENCY = /^[$¥￥]/;

/** Days from Excel's epoch (1899-12-30, with its 1900 leap-year bug folded in) to a date. */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function isTextFormat(numberFormat: string | undefined): boolean {
  return numberFormat === '@';
}

/** The value a cell holds after `raw` is written into it, under its current number format. */
export function coerceEntry(raw: unknown, numberFormat: string | undefined): StoredEntry {
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (raw === null || raw === undefined) return { value: '' };
  const text = String(raw);
  if (isTextFormat(numberFormat)) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), prefixed: true };
  if (text.startsWith('=') && text.length > 1) return { value: 0, formula: text };
  // Range.values and Range.formulas both treat a leading + or - as the start of a formula when what
  // follows is not a number (Range.values reference above).
  if (/^[+-]/.test(text) && text.length > 1 && parseNumber(text) === null) return { value: 0, formula: `=${text}` };
  return parseEntry(text);
}

function parseEntry(text: string): StoredEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const percent = /%$/.test(trimmed) ? parseNumber(trimmed.slice(0, -1).trim()) : null;
  if (percent !== null) return { value: percent / 100, autoFormat: /\./.test(trimmed) ? '0.00%' : '0%' };
  const number = parseNumber(trimmed);
  if (number !== null) return { value: number, autoFormat: /,/.test(trimmed) ? '#,##0.00' : undefined };
  const date = parseDate(trimmed);
  if (date) return date;
  return { value: text };
}

/** "1,952,150.00", "-3", "¥1,000" → a number; anything else → null. */
export function parseNumber(text: string): number | null {
  const body = text.replace(CURRENCY, '');
  if (body === '' || !NUMBER.test(body) || !/\d/.test(body)) return null;
  return Number(body.replace(/,/g, ''));
}

/** "2026-01-05", "2026/1/5" and "2026-01" (the first of the month) are dates to Excel. */
function parseDate(text: string): StoredEntry | null {
  const full = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  const month = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  const parts = full ? [full[1], full[2], full[3]] : month ? [month[1], month[2], '1'] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { value: dateSerial(y, m, d), autoFormat: full ? 'yyyy/m/d' : 'mmm-yy' };
}
