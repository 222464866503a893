/** The column letters and the row number of an A1 address (undefined stays undefined). */
export function columnOf(a1: string | undefined): string | undefined {
  return a1?.replace(/[0-9]+$/, '');
}

export function rowOf(a1: string | undefined): number | undefined {
  const digits = a1?.match(/[0-9]+$/)?.[0];
  return digits === undefined ? undefined : Number(digits);
}
