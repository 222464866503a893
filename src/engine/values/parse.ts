// The value grammar (DESIGN.md §2): one target cell's text → ParsedValue. Total: never throws.
import type { Normalisation, ParsedValue } from '../schema';
import { countMeasures, parseRange } from './compound';
import { directionOfPhrase } from './lexicon';
import { parseFrequency } from './frequency';
import { hasLetterForDigit } from './letters';
import { parseMeasure, type Measure } from './measure';
import { parsePeriodTotal } from './periodTotal';
import { splitTrailingNote } from './note';
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

  // ≥90%（含）, 100%（按期）: the quantity is the target and the bracketed note is kept with it.
  const noted = splitTrailingNote(trimmed);
  if (noted) {
    const body = parseValueText(noted.body);
    if (body.kind === 'quantitative' && body.measures === 1) {
      return { ...body, raw: text, canonical: `${body.canonical}${noted.written}`, note: noted.note };
    }
  }

  const folded = foldWidth(trimmed);
  const compact = removeSpaces(folded.text).replace(TRAILING_PUNCTUATION, '');
  const found = new Set<Normalisation>();
  if (folded.changed) found.add('full-width');
  const spaced = hasInnerSpace(trimmed);

  const quantity = (m: Measure, canonical: string, unit: string | null): ParsedValue => {
    if (m.wordOperator) found.add('word-operator');
    if (m.asciiOperator) found.add('ascii-operator');
    if (spaced) found.add('whitespace');
    return {
      raw: text,
      canonical,
      kind: 'quantitative',
      operator: m.operator,
      number: m.number,
      unit,
      direction: m.direction,
      normalisations: ordered(found),
      measures: 1,
      problem: null,
    };
  };

  const measure = parseMeasure(compact);
  if (measure.ok) return quantity(measure, `${measure.lead}${measure.operator ?? ''}${measure.number}${measure.unit ?? ''}`, measure.unit);
  // 每月1次: a count per period, in the unit 次/月 that "1次/月" is written in.
  const frequency = parseFrequency(compact);
  if (frequency) {
    const { measure: m, period } = frequency;
    return quantity(m, `每${period}${m.operator ?? ''}${m.number}${m.unit}`, `${m.unit}/${period}`);
  }

  // 全年≥12期: a count for the whole year, the period word kept in front of the operator.
  const total = parsePeriodTotal(compact);
  if (total) return quantity(total, `${total.lead}${total.operator ?? ''}${total.number}${total.unit ?? ''}`, total.unit);

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
