/** A1 addresses: 1-based rows and columns, column letters A…XFD. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

export function parseA1(address: string): CellRef {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

/** "B2:D4" or "B2" (a single cell); a sheet prefix such as "Sheet1!" is ignored. */
export function parseRange(range: string): RangeRef {
  const local = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [first, second = first] = local.split(':');
  const a = parseA1(first);
  const b = parseA1(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeToA1(range: RangeRef): string {
  const first = toA1(range.top, range.left);
  const last = toA1(range.bottom, range.right);
  return first === last ? first : `${first}:${last}`;
}

/** Excel's quoting of a sheet name in a reference: 'My Sheet'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
