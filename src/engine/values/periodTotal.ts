// A total over a named period: 全年≥12期, 全年度不少于4次, 年度≥2次 — a count for the whole year,
// read as the measure after the period word (unit 期, not a rate per period as 每月1次 is).
import { parseMeasure, type Measure } from './measure';

const PERIOD_WORD = /^(全年度|全年|本年度|年度)/;

/** The measure after a leading period word, with the word kept in its lead; null when the text is not one. */
export function parsePeriodTotal(text: string): Measure | null {
  const match = PERIOD_WORD.exec(text);
  if (!match) return null;
  const measure = parseMeasure(text.slice(match[0].length));
  if (!measure.ok) return null;
  return { ...measure, lead: `${match[0]}${measure.lead}` };
}
