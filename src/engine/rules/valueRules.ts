// The value family: every target of every indicator, judged by how it is written and what it means.
import type { RuleFamily } from './types';
import { checkPair, checkTarget, missingTarget } from './valueChecks';
import { formRules } from './valueDefsForm';
import { senseRules } from './valueDefsSense';
import { targetsOf } from './valueTargets';

export const valueFamily: RuleFamily = {
  name: 'value',
  rules: [...formRules, ...senseRules],
  check(ctx) {
    return ctx.reads.flatMap((read) =>
      read.model.indicators
        .flatMap((indicator) => [
          ...missingTarget(read.model.name, indicator),
          ...targetsOf(indicator).flatMap((target) => checkTarget(read.model.name, indicator, target)),
          ...checkPair(read.model, indicator),
        ]),
    );
  },
};
