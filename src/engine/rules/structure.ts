// The structure family: the category tree, names and targets present, duplicates, placeholders.
import { parseA1 } from '../a1';
import { memoByText } from '../memo';
import type { SheetRead } from '../layout/readSheet';
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
      checkUnchecked(read).concat(checkTable(read, firstLabelCell(read)), checkStaleRoles(read), checkCategories(read), checkIndicators(read), checkPlaceholders(read)),
    );
    return perSheet.flat();
  },
};

/** The cell of the form's first header field, where a finding about the whole form is shown. */
function firstLabelCell(read: SheetRead): string {
  let first = 'A1';
  let at = Infinity;
  for (const field of Object.values(read.model.header)) {
    const place = placeOf(field.labelCell);
    if (place < at) {
      first = field.labelCell;
      at = place;
    }
  }
  return first;
}

/** A cell's place in reading order (row, then column) as one number; remembered, as every check asks. */
const placeOf = memoByText((address) => {
  const { row, col } = parseA1(address);
  return row * 2 ** 20 + col;
});
