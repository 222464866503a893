// An A1 address split by hand: the layout rule asks this of every cell of every shifted row.

/** Where the row digits at the end of an A1 address begin (its length when there are none). */
function rowDigitsAt(a1: string): number {
  let at = a1.length;
  while (at > 0) {
    const code = a1.charCodeAt(at - 1);
    if (code < 48 || code > 57) break;
    at--;
  }
  return at;
}

/** The column letters and the row number of an A1 address (undefined stays undefined). */
export function columnOf(a1: string | undefined): string | undefined {
  return a1 === undefined ? undefined : a1.slice(0, rowDigitsAt(a1));
}

export function rowOf(a1: string | undefined): number | undefined {
  if (a1 === undefined) return undefined;
  const at = rowDigitsAt(a1);
  return at === a1.length ? undefined : Number(a1.slice(at));
}

/** Whether an A1 address stands in row `row`: rowOf(a1) === row, read without cutting the text. */
export function inRow(a1: string, row: number): boolean {
  const at = rowDigitsAt(a1);
  if (at === a1.length) return false;
  let n = 0;
  for (let i = at; i < a1.length; i++) n = n * 10 + (a1.charCodeAt(i) - 48);
  return n === row;
}

/** Whether an A1 address stands in the column of those letters: columnOf(a1) === letters, without cutting. */
export function inColumn(a1: string, letters: string): boolean {
  return rowDigitsAt(a1) === letters.length && a1.startsWith(letters);
}

/** The column number of an A1 address (A → 1, AA → 27), as columnNumber(columnOf(a1)) for ASCII letters. */
export function columnNumberOf(a1: string): number {
  const end = rowDigitsAt(a1);
  let n = 0;
  for (let i = 0; i < end; i++) {
    const code = a1.charCodeAt(i);
    n = n * 26 + ((code >= 97 && code <= 122 ? code - 32 : code) - 64);
  }
  return n;
}

/** "A1" … "XFD1048576" as written by the reader: 1–3 capital letters, then a row without a leading zero (at most 15 digits). */
export function isPlainA1(a1: string): boolean {
  const at = rowDigitsAt(a1);
  if (at < 1 || at > 3 || at === a1.length || a1.length - at > 15 || a1.charCodeAt(at) === 48) return false;
  for (let i = 0; i < at; i++) {
    const code = a1.charCodeAt(i);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** The row number of an address with row digits at its end (0 where there are none). */
export function rowNumberOf(a1: string): number {
  let n = 0;
  for (let i = rowDigitsAt(a1); i < a1.length; i++) n = n * 10 + (a1.charCodeAt(i) - 48);
  return n;
}
