// The two targets of an indicator as the value rules see them: which one, its text, parse and cell.
import type { Indicator, ParsedValue } from '../schema';
import { TARGET_NAME } from './structureBasis';

export interface Target {
  which: 'period' | 'annual';
  text: string;
  value: ParsedValue;
  cell: string;
}

/** The targets that hold something and have a cell; a one-target layout has the annual one only. */
export function targetsOf(indicator: Indicator): Target[] {
  const out: Target[] = [];
  const period = indicator.periodValue.trim();
  const annual = indicator.annualValue.trim();
  if (period !== '' && indicator.cells.periodValue) out.push({ which: 'period', text: period, value: indicator.period, cell: indicator.cells.periodValue });
  if (annual !== '' && indicator.cells.annualValue) out.push({ which: 'annual', text: annual, value: indicator.annual, cell: indicator.cells.annualValue });
  return out;
}

/** How messages name both targets at once, for a problem both share. */
export const BOTH_TARGETS = { zh: '实施周期和年度指标值', en: 'period and annual target (the same in both)' } as const;

/** Params every value message may use. */
export function targetParams(indicator: Indicator, target: Target): Record<string, string> {
  return {
    name: indicator.level3.trim(),
    value: target.text,
    target: TARGET_NAME[target.which].zh,
    targetEn: TARGET_NAME[target.which].en,
  };
}
