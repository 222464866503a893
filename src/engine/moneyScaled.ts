// Exact money arithmetic without big.js for the everyday case: an amount of at most 15 significant
// digits is an integer count of its last decimal place, which a double holds exactly, and so do
// sums and differences up to 2^53. Every function returns null when that does not hold; the caller
// then uses big.js. Results are written as big.js's toFixed() writes them ("12.5", "0", never "-0").

import { memoByText } from './memo';

/** A plain decimal ("-6336.55", "0.5"); exponents and "+" are left to big.js. */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX_DIGITS = 15;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** `units` × 10^−`scale`. */
export interface Scaled {
  units: number;
  scale: number;
}

/**
 * The amount as a whole count of its last place, or null when it is not plain or too long to be
 * exact. Remembered (read-only): the planner compares the same amounts on every pass.
 */
export const scaled: (value: string) => Scaled | null = memoByText(scaledOf);

function scaledOf(value: string): Scaled | null {
  const match = PLAIN.exec(value);
  if (match === null) return null;
  const fraction = match[3] ?? '';
  const digits = match[2] + fraction;
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 48) first++;
  if (digits.length - first > MAX_DIGITS) return null;
  const units = Number(digits);
  return { units: match[1] === '-' && units !== 0 ? -units : units, scale: fraction.length };
}

// No arrays or objects in between: sums and comparisons run per amount on every pass of the planner.

/** a + b (or a − b), exactly, or null. */
export function added(a: Scaled, b: Scaled, sign: 1 | -1 = 1): Scaled | null {
  // Both amounts counted in the finer of their two last places, when that is exact.
  const scale = Math.max(a.scale, b.scale);
  if (scale >= POWERS.length) return null;
  const x = a.units * POWERS[scale - a.scale];
  const y = b.units * POWERS[scale - b.scale];
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return null;
  const units = x + sign * y;
  return Number.isSafeInteger(units) ? { units, scale } : null;
}

/** total += b, exactly, in place; false (total unchanged) when that is not exact. */
export function addInto(total: Scaled, b: Scaled): boolean {
  const scale = Math.max(total.scale, b.scale);
  if (scale >= POWERS.length) return false;
  const x = total.units * POWERS[scale - total.scale];
  const y = b.units * POWERS[scale - b.scale];
  const units = x + y;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y) || !Number.isSafeInteger(units)) return false;
  total.units = units;
  total.scale = scale;
  return true;
}

/** −1, 0 or 1 as a is less than, equal to or greater than b, or null when that is not exact in doubles. */
export function compared(a: Scaled, b: Scaled): -1 | 0 | 1 | null {
  const scale = Math.max(a.scale, b.scale);
  if (scale >= POWERS.length) return null;
  const x = a.units * POWERS[scale - a.scale];
  const y = b.units * POWERS[scale - b.scale];
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return null;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The amount times 10^`places` (a unit conversion), or null when not exact in a double. */
export function shifted(a: Scaled, places: number): Scaled | null {
  if (places <= a.scale) return { units: a.units, scale: a.scale - places };
  const units = a.units * POWERS[places - a.scale];
  return places - a.scale < POWERS.length && Number.isSafeInteger(units) ? { units, scale: 0 } : null;
}

/** Written as big.js writes it: no trailing zeros after the point, no point for a whole number. */
export function written(a: Scaled): string {
  let { units, scale } = a;
  if (units === 0) return '0';
  while (scale > 0 && units % 10 === 0) {
    units /= 10;
    scale--;
  }
  let digits = String(Math.abs(units));
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return units < 0 ? `-${digits}` : digits;
}
