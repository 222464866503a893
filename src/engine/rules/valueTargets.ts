// The two targets of an indicator as the value rules see them: which one, its text, parse and cell.
import type { Indicator, ParsedValue } from '../schema';
import { TARGET_NAME } from './structureBasis';

export interface Target {
  which: 'period' | 'annual';
  text: string;
  value: ParsedValue;
  cell: string;
}

/** Sets a target's fields (the twin runner reuses two targets for every indicator). */
export function fillTarget(target: Target, which: Target['which'], text: string, cell: string, value?: ParsedValue): Target {
  target.which = which;
  target.text = text;
  target.value = value as ParsedValue;
  target.cell = cell;
  return target;
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
