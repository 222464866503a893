// The structure family: the category tree, names and targets present, duplicates, placeholders.
import type { RuleFamily } from './types';
import { categoryRules, checkCategories } from './structureCategories';
import { checkIndicators, indicatorRules } from './structureIndicators';
import { checkPlaceholders, placeholderRules } from './structurePlaceholders';

export const structureFamily: RuleFamily = {
  name: 'structure',
  rules: [...categoryRules, ...indicatorRules, ...placeholderRules],
  check(ctx) {
    return ctx.reads.flatMap((read) => [...checkCategories(read), ...checkIndicators(read), ...checkPlaceholders(read)]);
  },
};
