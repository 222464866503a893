// A planned change's before and after as the reasons show amounts: thousands separators and at least
// the cell's decimals, never rounded (so "6,904.165" is what is written, not the "6,904.17" on screen).
import { parseA1 } from '../engine/a1';
import { grouped } from '../engine/balance/decimal';
import { decimalOf, decimalsOfFormat } from '../engine/money';
import { formatCellText } from '../engine/numberFormat';
import type { CellValue, WorkbookSnapshot } from '../engine/schema';

export function changeValueText(value: CellValue, snapshot: WorkbookSnapshot | undefined, sheet: string, cell: string): string {
  if (value === '') return '—';
  if (typeof value !== 'number') return String(value);
  const format = numberFormatAt(snapshot, sheet, cell) ?? 'General';
  if (format.includes('%')) return formatCellText(value, format);
  const exact = decimalOf(value);
  return exact === null ? String(value) : grouped(exact, decimalsOfFormat(format));
}

function numberFormatAt(snapshot: WorkbookSnapshot | undefined, sheet: string, cell: string): string | undefined {
  const target = snapshot?.sheets.find((s) => s.name === sheet);
  if (!target) return undefined;
  const { row, col } = parseA1(cell);
  return target.numberFormats[row - target.origin.row]?.[col - target.origin.col];
}
