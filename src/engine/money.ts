import Big from 'big.js';
import { memoByText } from './memo';
import { added, addInto, compared, scaled, shifted, written, type Scaled } from './moneyScaled';
import type { Amount, CellValue, MoneyUnit } from './schema';

/**
 * Exact decimal arithmetic for money. Amounts travel as decimal strings ("6336.55") and are
 * computed with big.js, never with binary floats.
 */

const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The exact decimal a cell holds, or null. A number from Excel is read to its 15 significant
 * digits (what Excel itself keeps), so 0.1+0.2 stored by a formula reads as 0.3.
 */
export function decimalOf(value: CellValue, text = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? numberDecimal(value) : null;
  if (typeof value === 'boolean') return null;
  return textDecimal(value !== '' ? value : text);
}

/**
 * A finite number's decimal. A number JavaScript writes in at most 15 significant digits without an
 * exponent is that decimal (15 digits survive a round trip through a double, so rounding it to 15
 * digits changes nothing); others are rounded to 15 digits, and only written by big.js when
 * JavaScript would use an exponent.
 */
function numberDecimal(value: number): string {
  if (value === 0) return '0';
  const plain = String(value);
  // A point and at most 16 characters: at most 15 digits.
  if (plain.length <= 16 && !plain.includes('e') && (plain.includes('.') || Math.abs(value) < 1e15)) return plain;
  const kept = Number(value.toPrecision(15));
  const written = String(kept);
  return kept === 0 || !Number.isFinite(kept) || written.includes('e') ? new Big(kept).toFixed() : written;
}

/** A text's decimal ("40,000元", "４.５万元"), remembered: forms repeat the same texts. */
const textDecimal = memoByText((source: string): string | null => {
  const cleaned = source.normalize('NFKC').replace(/[,\s¥￥]/g, '').replace(/(万元|元)$/, '');
  return NUMBER_TEXT.test(cleaned) ? new Big(cleaned).toFixed() : null;
});

/** The unit a cell's own text ends with ("4万元" → 万元, "40,000元" → 元), or null. */
export const unitWritten: (text: string) => MoneyUnit | null = memoByText((text) => {
  const t = text.normalize('NFKC');
  return /万元\s*$/.test(t) ? '万元' : /元\s*$/.test(t) ? '元' : null;
});

/** An amount in `unit`, unless the cell's own text names its unit ("11.52万元"), which then wins. */
export function amountOf(value: CellValue, text: string, unit: MoneyUnit, unitInferred: boolean): Amount | undefined {
  const decimal = decimalOf(value, text);
  if (decimal === null) return undefined;
  const written = unitWritten(text);
  return written ? { value: decimal, unit: written, unitInferred: false } : { value: decimal, unit, unitInferred };
}

/**
 * The exact amount a cell holds in `unit` (the unit of its column or label): a unit written in the
 * cell itself ("4万元" in a 元 column) is converted exactly, as the rules read it through amountOf.
 * With no `unit` known, the written unit (if any) stands.
 */
export function amountIn(value: CellValue, text: string, unit: MoneyUnit | null): { value: string; unit: MoneyUnit | null; written: MoneyUnit | null } | null {
  const decimal = decimalOf(value, text);
  if (decimal === null) return null;
  const written = unitWritten(text);
  if (written && unit && written !== unit) return { value: convert(decimal, written, unit), unit, written };
  return { value: decimal, unit: unit ?? written, written };
}

/** Sum of exact decimals. */
export function sum(values: string[]): string {
  const total: Scaled = { units: 0, scale: 0 };
  for (let i = 0; i < values.length; i++) {
    const next = scaled(values[i]);
    if (!next || !addInto(total, next)) return values.reduce((big, v) => big.plus(v), new Big(0)).toFixed();
  }
  return written(total);
}

export function equal(a: string, b: string): boolean {
  return compare(a, b) === 0;
}

export function minus(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  const difference = x && y && added(x, y, -1);
  return difference ? written(difference) : new Big(a).minus(b).toFixed();
}

export function isNegative(a: string): boolean {
  const x = scaled(a);
  return x ? x.units < 0 : new Big(a).lt(0);
}

/** big.js's default precision for a division: ÷10000 is exact when the result needs no more places. */
const DIVISION_PLACES = 20;

/** Converts between 万元 and 元 exactly. */
export function convert(value: string, from: MoneyUnit, to: MoneyUnit): string {
  if (from === to) return value;
  return from === '万元' ? wanToYuan(value) : yuanToWan(value);
}

// Remembered: the same amounts are converted by several rules and every pass of the planner.
const wanToYuan = memoByText((value) => {
  const x = scaled(value);
  const yuan = x && shifted(x, 4);
  return yuan ? written(yuan) : new Big(value).times(10000).toFixed();
});

const yuanToWan = memoByText((value) => {
  const x = scaled(value);
  return x && x.scale + 4 <= DIVISION_PLACES ? written({ units: x.units, scale: x.scale + 4 }) : new Big(value).div(10000).toFixed();
});

export function compare(a: string, b: string): -1 | 0 | 1 {
  const x = scaled(a);
  const y = scaled(b);
  const order = x && y ? compared(x, y) : null;
  return order ?? (new Big(a).cmp(b) as -1 | 0 | 1);
}

/** Decimal places a number format shows ("#,##0.00" → 2, "0" → 0), or null for General. */
export const decimalsOfFormat: (numFmt: string) => number | null = memoByText((numFmt) => {
  const section = numFmt.split(';')[0];
  if (!/[0#]/.test(section)) return null;
  const match = /\.([0#]+)/.exec(section);
  return match ? match[1].length : 0;
});

/** The unit a header or label states: （万元） or （元）. */
export const unitStated: (text: string) => MoneyUnit | null = memoByText((text) => {
  const t = text.normalize('NFKC');
  if (/万元/.test(t)) return '万元';
  if (/\(元\)|元\)|单位[:：]?元/.test(t)) return '元';
  return null;
});
