// The value grammar (DESIGN.md §2): one target cell's text → ParsedValue. Total: never throws.
import type { Normalisation, ParsedValue } from '../schema';
import { countMeasures, parseRange } from './compound';
import { directionOfPhrase } from './lexicon';
import { hasLetterForDigit } from './letters';
import { parseMeasure } from './measure';
import { foldWidth, hasCjk, hasDigit, hasInnerSpace, removeSpaces, trimSpaces } from './text';

const BLANK: Omit<ParsedValue, 'raw' | 'canonical' | 'kind'> = {
  operator: null,
  number: null,
  unit: null,
  direction: null,
  normalisations: [],
  measures: 0,
  problem: null,
};

/** Punctuation closing a value (100%。) carries no meaning. */
const TRAILING_PUNCTUATION = /[。，,；;、]+$/;

export function parseValueText(raw: string): ParsedValue {
  const text = typeof raw === 'string' ? raw : String(raw ?? '');
  const trimmed = trimSpaces(text);
  if (trimmed === '') return { ...BLANK, raw: text, canonical: '', kind: 'empty' };

  const folded = foldWidth(trimmed);
  const compact = removeSpaces(folded.text).replace(TRAILING_PUNCTUATION, '');
  const found = new Set<Normalisation>();
  if (folded.changed) found.add('full-width');
  const spaced = hasInnerSpace(trimmed);

  const measure = parseMeasure(compact);
  if (measure.ok) {
    if (measure.wordOperator) found.add('word-operator');
    if (measure.asciiOperator) found.add('ascii-operator');
    if (spaced) found.add('whitespace');
    return {
      raw: text,
      canonical: `${measure.lead}${measure.operator ?? ''}${measure.number}${measure.unit ?? ''}`,
      kind: 'quantitative',
      operator: measure.operator,
      number: measure.number,
      unit: measure.unit,
      direction: measure.direction,
      normalisations: ordered(found),
      measures: 1,
      problem: null,
    };
  }

  const invalid = (problem: string): ParsedValue => ({ ...BLANK, raw: text, canonical: trimmed, kind: 'invalid', problem });
  if (hasLetterForDigit(compact)) return invalid('a letter O or l written for a digit');
  if (measure.problem) return invalid(measure.problem);

  const range = parseRange(compact);
  if (range) {
    if (spaced) found.add('whitespace');
    return { ...BLANK, raw: text, canonical: range.canonical, kind: 'quantitative', unit: range.unit, normalisations: ordered(found), measures: 1 };
  }
  const measures = countMeasures(folded.text);
  if (measures > 1) return { ...BLANK, raw: text, canonical: trimmed, kind: 'quantitative', measures };

  // A percent sign among placeholders or symbols with no digit (XX%, ×%) is a quantity left unfilled.
  if (compact.includes('%') && !hasDigit(compact) && !hasCjk(compact)) return invalid('percent sign without a number');
  return { ...BLANK, raw: text, canonical: trimmed, kind: 'qualitative', direction: directionOfPhrase(compact) };
}

const ORDER: Normalisation[] = ['full-width', 'word-operator', 'ascii-operator', 'whitespace'];

function ordered(found: Set<Normalisation>): Normalisation[] {
  return ORDER.filter((n) => found.has(n));
}
