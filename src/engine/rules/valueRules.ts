// The value family: every target of every indicator, judged by how it is written and what it means.
import type { Indicator } from '../schema';
import type { Hit, RuleFamily } from './types';
import { checkPair, checkTarget, missingTarget } from './valueChecks';
import { formRules } from './valueDefsForm';
import { senseRules } from './valueDefsSense';
import { targetsOf } from './valueTargets';
import { mergeTwin } from './twins';

export const valueFamily: RuleFamily = {
  name: 'value',
  rules: [...formRules, ...senseRules],
  check(ctx) {
    return ctx.reads.flatMap((read) =>
      read.model.indicators.flatMap((indicator) => [
        ...missingTarget(read.model.name, indicator),
        ...targetHits(read.model.name, indicator),
        ...checkPair(read.model, indicator),
      ]),
    );
  },
};

/**
 * The single-target rules on both targets. Where the period and the annual target hold the same text
 * and the same rule fires on both, that is one problem: one hit over both cells.
 */
export function targetHits(sheet: string, indicator: Indicator): Hit[] {
  const targets = targetsOf(indicator);
  const perTarget = targets.map((target) => checkTarget(sheet, indicator, target));
  if (targets.length < 2 || targets[0].text !== targets[1].text) return perTarget.flat();
  return mergeTwin(perTarget[0], perTarget[1]);
}
