// STUB — the value-grammar helper replaces this file.
import type { ParsedValue } from './schema';

/** Parses one target value; never throws. */
export function parseValue(raw: string): ParsedValue {
  const text = raw.trim();
  return {
    raw,
    canonical: text,
    kind: text === '' ? 'empty' : 'qualitative',
    operator: null,
    number: null,
    unit: null,
    direction: null,
    normalisations: [],
    measures: 0,
    problem: null,
  };
}

/** True when the text reads as a quantitative target (an operator, a number, a unit, or a direction word with a number). */
export function isQuantitative(raw: string): boolean {
  return parseValue(raw).kind === 'quantitative';
}
