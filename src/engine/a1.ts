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

const MAX_COLUMN = 16_384;
const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  // Every cell's address is written with these: each column's letters are built once.
  const known = Number.isInteger(col) && col > 0 && col <= MAX_COLUMN;
  if (known && LETTERS[col] !== undefined) return LETTERS[col];
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  if (known) LETTERS[col] = letters;
  return letters;
}


export function columnNumber(letters: string): number {
  // Indexed, not for-of over the string: the rules ask for many columns, and for-of allocates per letter.
  const upper = letters.toUpperCase();
  let n = 0;
  for (let i = 0; i < upper.length; i++) {
    const code = upper.charCodeAt(i);
    n = n * 26 + (code - 64);
    // A character beyond the BMP counts once, by its first half, as for-of over the string counted it.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < upper.length && (upper.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** Rows and columns whose addresses are kept once made: every form's cells lie well inside them, and a huge sheet keeps at most 131,072 strings. */
const KEPT_ROWS = 2048;
const KEPT_COLUMNS = 64;
/** Addresses by row then column: every sheet's grid asks for the same A1…G60, 1,000 sheets need them once. */
const ADDRESSES: (string[] | undefined)[] = [];

export function toA1(row: number, col: number): string {
  const kept = Number.isInteger(row) && Number.isInteger(col) && row > 0 && row <= KEPT_ROWS && col > 0 && col <= KEPT_COLUMNS;
  if (!kept) return `${columnLetters(col)}${row}`;
  let ofRow = ADDRESSES[row];
  if (ofRow === undefined) ADDRESSES[row] = ofRow = [];
  let address = ofRow[col];
  if (address === undefined) ofRow[col] = address = `${columnLetters(col)}${row}`;
  return address;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

export function parseA1(address: string): CellRef {
  const known = parsedA1.get(address);
  if (known) return { row: known.row, col: known.col };
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  const ref = { row: Number(match[2]), col: columnNumber(match[1]) };
  if (parsedA1.size >= 50_000) parsedA1.clear();
  parsedA1.set(address, { row: ref.row, col: ref.col });
  return ref;
}
/** Addresses read before (the rules parse the same cells' addresses again and again); callers get a copy. */
const parsedA1 = new Map<string, CellRef>();

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
