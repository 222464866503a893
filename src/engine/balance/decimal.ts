// Exact decimal helpers for the planner: rounding to a cell's decimals and showing amounts in reasons.
import Big from 'big.js';

const ROUND_HALF_UP = 1; // big.js: nearest, ties away from zero

/** `value` rounded half-up to `decimals` places, as a fixed string; exact when decimals is null. */
export function roundTo(value: string, decimals: number | null): string {
  return decimals === null ? new Big(value).toFixed() : new Big(value).round(decimals, ROUND_HALF_UP).toFixed(decimals);
}

/** Digits after the point in a written number ("438.768" → 3, "16" → 0). */
export function decimalsIn(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1].length : 0;
}

/** True when the cell's current amount already is what the relation asks for, exactly or at its decimals. */
export function matches(expected: string, current: string, decimals: number | null): boolean {
  if (new Big(expected).eq(current)) return true;
  return decimals !== null && new Big(roundTo(expected, decimals)).eq(current);
}

/** "6936.55" → "6,936.55"; with decimals, padded or rounded to that many places. */
export function grouped(value: string, decimals: number | null = null): string {
  const fixed = roundTo(value, decimals);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${withCommas}${frac !== undefined ? `.${frac}` : ''}`;
}

export function isNegative(value: string): boolean {
  return new Big(value).lt(0);
}
