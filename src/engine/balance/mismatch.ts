// Every planned change is also a finding on its cell (money.total-mismatch), so a wrong 合计 or
// 资金总额 part shows among the check's findings, not only in the plan. On a department identity's
// cell money.identity-* says it already and this finding is dropped (rules/run.ts); it stays where
// that rule is silent (an identity with a blank part the planner counts as 0).
import type { Hit } from '../rules/types';
import { show } from './messages';
import type { Relation } from './relations';
import type { Term } from './terms';

/** What the cell holds now, exactly (its display may round it): "1,882,150.00", or — when blank. */
export function shownNow(term: Term): string {
  if (term.state === 'empty') return term.text.trim() === '' ? '—' : term.text.trim();
  return term.value === '' ? term.text.trim() : show(term.value, term.decimals);
}

/**
 * The finding for a change of `term` to `expected`. An error when
 * every other amount of the relation is written; a warning when one is blank and was counted as 0
 * (the blank may be the mistake rather than the total).
 */
export function mismatchHit(relation: Relation, term: Term, expected: string): Hit {
  const others = relation.kind === 'sum' ? relation.items : [...relation.source, ...relation.parts].filter((t) => t !== term);
  const related = others.flatMap((t) => (t.cell ? [t.cell] : []));
  const hit: Hit = {
    rule: 'money.total-mismatch',
    sheet: term.sheet,
    cell: term.cell!,
    params: {
      kind: relation.kind,
      label: term.label,
      before: shownNow(term),
      expected: show(expected, term.decimals),
      relation: relation.relation,
      sourceLabel: relation.kind === 'balance' ? relation.sourceLabel : '',
    },
  };
  if (others.some((t) => t.state === 'empty')) hit.severity = 'warning';
  if (related.length) hit.related = related;
  return hit;
}
