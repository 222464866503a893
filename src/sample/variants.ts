// The seed's variants the tests read (issue 2): merged labels, percentages as numbers, generic sheet
// names, the whole layout at another origin. Pure; each returns a new spec and never mutates its input.
import Big from 'big.js';
import { cloneSpec, shiftSheet } from './specEdit';
import { formMerges } from './formMerges';
import type { WorkbookSpec } from '../engine/schema';

export { setCell, clearCell, insertRows, insertColumns, cloneSpec } from './specEdit';

/** A cell's whole text is a plain percentage: "100%", "0%", "12.5%" (not "≥90%", not "100 %"). */
const PLAIN_PERCENT = /^(\d+)(?:\.(\d+))?%$/;

export const DEFAULT_OFFSET = { rows: 3, cols: 2 } as const;

/** Label cells merged as a real form merges them (only over empty cells). */
export function mergedVariant(spec: WorkbookSpec): WorkbookSpec {
  const copy = cloneSpec(spec);
  for (const sheet of copy.sheets) sheet.merges = [...sheet.merges, ...formMerges(sheet)];
  return copy;
}

/** Every plain percentage stored as the number it means, formatted so it still shows as written. */
export function percentNumberVariant(spec: WorkbookSpec): WorkbookSpec {
  const copy = cloneSpec(spec);
  for (const sheet of copy.sheets) {
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (typeof cell.value !== 'string' || cell.formula) continue;
      const match = PLAIN_PERCENT.exec(cell.value);
      if (!match) continue;
      const decimals = match[2]?.length ?? 0;
      sheet.cells[address] = {
        ...cell,
        value: Number(new Big(cell.value.slice(0, -1)).div(100).toString()),
        numFmt: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`,
      };
    }
  }
  return copy;
}

/** Sheets named Sheet1, Sheet2 … in order; nothing else changes. */
export function genericNamesVariant(spec: WorkbookSpec): WorkbookSpec {
  const copy = cloneSpec(spec);
  copy.sheets.forEach((sheet, i) => (sheet.name = `Sheet${i + 1}`));
  return copy;
}

/** Everything moved down `rows` and right `cols`: cells, merges, validations, widths. */
export function offsetVariant(spec: WorkbookSpec, rows: number = DEFAULT_OFFSET.rows, cols: number = DEFAULT_OFFSET.cols): WorkbookSpec {
  const copy = cloneSpec(spec);
  copy.sheets = copy.sheets.map((sheet) => shiftSheet(sheet, rows, cols));
  return copy;
}
