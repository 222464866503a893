// The meaning family: the problems reviewers return forms for that no single cell’s shape shows —
// outputs filed as effects, vague or baseline-less targets, units that contradict names, goals that
// copy goals, outputs without quality or timeliness, a period past the plan it rests on.
import { pushAll } from '../rules/pushAll';
import type { Hit, RuleFamily } from '../rules/types';
import { checkIndicator } from './checkIndicators';
import { checkSheet } from './checkSheet';
import { indicatorRules } from './defsIndicators';
import { sheetRules } from './defsSheet';

/** The older framework (成本 under 产出, satisfaction under 效益) is right on forms before 2021. */
export const FIRST_YEAR_OF_CURRENT_FRAMEWORK = 2021;

export const meaningFamily: RuleFamily = {
  name: 'meaning',
  rules: [...indicatorRules, ...sheetRules],
  check(ctx) {
    const hits: Hit[] = [];
    // Indexed loops: this runs once per call, before the engine has optimised it, where for…of costs an iterator.
    for (let r = 0; r < ctx.reads.length; r++) {
      const read = ctx.reads[r];
      if (read.model.kind === 'other') continue;
      const oldFramework = read.year !== null && read.year < FIRST_YEAR_OF_CURRENT_FRAMEWORK;
      const indicatorCtx = { sheet: read.model.name, oldFramework, year: read.year, unitColumn: read.model.table?.columns.unit };
      const indicators = read.model.indicators;
      for (let i = 0; i < indicators.length; i++) checkIndicator(indicatorCtx, indicators[i], hits);
      pushAll(hits, checkSheet(read, read.year));
    }
    return hits;
  },
};
