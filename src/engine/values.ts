// The value grammar's public face; the grammar itself lives in ./values/.
import type { ParsedValue } from './schema';
import { composeParts } from './values/compose';
import { memoByText } from './memo';
import { parseValueText } from './values/parse';

/**
 * Parses one target value (实施周期指标值 / 年度指标值) by the value grammar (DESIGN.md §2); never throws.
 * Kinds: quantitative (operator + number + unit, a range, or several measures — `measures` > 1),
 * qualitative (a phrase; `direction` set for 减少 / 稳步提高), empty, invalid (`problem` says why).
 */
export function parseValue(raw: string): ParsedValue {
  return cachedParse(raw);
}

// Results are shared between the cells that hold the same text, so they are frozen: a caller that
// tried to change one would fail loudly instead of changing every other cell's.
const cachedParse = memoByText((raw: string): ParsedValue => {
  const parsed = parseValueText(raw);
  Object.freeze(parsed.normalisations);
  return Object.freeze(parsed);
});

/** True when the text reads as a quantitative target. */
export function isQuantitative(raw: string): boolean {
  return cachedParse(raw).kind === 'quantitative';
}

/**
 * Joins the cells of a split layout into one value: ['≥','95','%'] → '≥95%', ['定性','减少',''] → '减少'.
 * 定性 / 定量 type words are dropped and an operator cell written in words or full width becomes its symbol.
 */
export function composeValue(parts: string[]): string {
  return composeParts(parts);
}
