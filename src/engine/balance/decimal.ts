// Exact decimal helpers for the planner. Amounts are never rounded: a cell's number format decides
// only how many decimals an amount shows at least (Excel's display), not the value written.
import Big from 'big.js';

/** Digits after the point in a written number ("438.768" → 3, "16" → 0). */
export function decimalsIn(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1].length : 0;
}

/** `value` written exactly, padded to at least `decimals` places ("400", 3 → "400.000"; "6904.165", 2 → "6904.165"). */
export function exactFixed(value: string, decimals: number | null = null): string {
  const exact = new Big(value);
  return exact.toFixed(Math.max(decimals ?? 0, decimalsIn(exact.toFixed())));
}

/** "6936.55" → "6,936.55"; padded to at least `decimals` places, never rounded. */
export function grouped(value: string, decimals: number | null = null): string {
  const fixed = exactFixed(value, decimals);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${withCommas}${frac !== undefined ? `.${frac}` : ''}`;
}

export { isNegative } from '../money';
