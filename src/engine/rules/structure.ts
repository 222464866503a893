// The structure family: the category tree, names and targets present, duplicates, placeholders.
import type { Hit, RuleFamily } from './types';
import { categoryRules, checkCategories } from './structureCategories';
import { checkIndicators, indicatorRules } from './structureIndicators';
import { checkPlaceholders, placeholderRules } from './structurePlaceholders';
import { checkStaleRoles, roleRules } from './structureRoles';
import { checkTable, checkUnchecked, tableRules } from './structureTable';

export const structureFamily: RuleFamily = {
  name: 'structure',
  rules: [...tableRules, ...roleRules, ...categoryRules, ...indicatorRules, ...placeholderRules],
  check(ctx) {
    // concat, not spreads: each sheet's few hits are joined without iterating them one by one.
    const perSheet: Hit[][] = ctx.reads.map((read) =>
      checkUnchecked(read).concat(checkTable(read), checkStaleRoles(read), checkCategories(read), checkIndicators(read), checkPlaceholders(read)),
    );
    return perSheet.flat();
  },
};
