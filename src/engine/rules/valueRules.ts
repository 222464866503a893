// The value family: every target of every indicator, judged by how it is written and what it means.
import type { Indicator, SheetModel } from '../schema';
import type { Hit, RuleFamily } from './types';
import { checkPair, checkTarget, missingTarget } from './valueChecks';
import { formRules } from './valueDefsForm';
import { senseRules } from './valueDefsSense';
import { pushTargetHits } from './twins';

export const valueFamily: RuleFamily = {
  name: 'value',
  rules: [...formRules, ...senseRules],
  check(ctx) {
    const hits: Hit[] = [];
    // Indexed loops: this runs once per call, before the engine has optimised it, where for…of costs an iterator.
    for (let r = 0; r < ctx.reads.length; r++) {
      const model = ctx.reads[r].model;
      const indicators = model.indicators;
      for (let i = 0; i < indicators.length; i++) indicatorHits(model, indicators[i], hits);
    }
    return hits;
  },
};

/** Every value rule on one indicator, appended to `hits`: one call per indicator, soon optimised. */
function indicatorHits(model: SheetModel, indicator: Indicator, hits: Hit[]): void {
  missingTarget(model.name, indicator, hits);
  // The single-target rules on both targets; a problem of the same text in both is one hit over both cells.
  pushTargetHits(hits, indicator, checkTarget, model.name, undefined);
  checkPair(model, indicator, hits);
}
