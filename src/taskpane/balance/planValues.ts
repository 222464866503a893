// Before and after values of a plan as the reasons show amounts: thousands separators and the
// cell's own decimals (so 6904.16 reads "6,904.16", as it does in the reason beside it).
import { parseA1 } from '../../engine/a1';
import { grouped } from '../../engine/balance/decimal';
import { decimalsOfFormat } from '../../engine/money';
import { formatCellText } from '../../engine/numberFormat';
import type { CellValue, WorkbookSnapshot } from '../../engine/schema';

/** The cell's number format in the snapshot the plan came from; undefined outside its used range. */
export function numberFormatAt(snapshot: WorkbookSnapshot | null, sheet: string, cell: string): string | undefined {
  const target = snapshot?.sheets.find((s) => s.name === sheet);
  if (!target) return undefined;
  let ref;
  try {
    ref = parseA1(cell.replace(/\$/g, ''));
  } catch {
    return undefined; // not a single cell: shown without a format
  }
  return target.numberFormats[ref.row - target.origin.row]?.[ref.col - target.origin.col];
}

/** A number grouped to the format's decimals (exact under General); a percentage as Excel shows it. */
export function shownValue(value: CellValue, numFmt: string | undefined, empty: string): string {
  if (value === '') return empty;
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const format = numFmt ?? 'General';
  if (format.includes('%')) return formatCellText(value, format);
  return grouped(String(value), decimalsOfFormat(format));
}
