// A frequency: 每月1次, 每季度不少于1次, 每半年≥2次 — a count per period, read as number + unit "次/月".
import type { Measure } from './measure';
import { parseMeasure } from './measure';

const FREQUENCY = /^每(个)?(半年|年度|年|季度|季|月|旬|周|星期|天|日|学期|学年)(.+)$/;

export interface Frequency {
  measure: Measure;
  /** The period as written after 每: 月, 季度, 半年. */
  period: string;
}

/** The count and period of a frequency, or null when the text is not one (compact, folded text). */
export function parseFrequency(text: string): Frequency | null {
  const match = FREQUENCY.exec(text);
  if (!match) return null;
  const measure = parseMeasure(match[3]);
  if (!measure.ok || measure.unit === null || measure.direction !== null || measure.unit.includes('/')) return null;
  return { measure, period: `${match[1] ?? ''}${match[2]}` };
}
