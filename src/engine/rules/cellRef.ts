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
