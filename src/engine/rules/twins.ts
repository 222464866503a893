// The period and the annual target often hold the same text: a problem of that text is one problem.
import type { Hit } from './types';
import { BOTH_TARGETS, type Target } from './valueTargets';

/** Hits of the same rule on two cells holding the same text → one hit on the first, spanning both. */
export function mergeTwin(first: Hit[], second: Hit[]): Hit[] {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const out: Hit[] = [];
  const twins = new Map(second.map((hit) => [hit.rule, hit]));
  for (const hit of first) {
    const twin = twins.get(hit.rule);
    if (!twin) {
      out.push(hit);
      continue;
    }
    twins.delete(hit.rule);
    out.push({ ...hit, params: { ...hit.params, target: BOTH_TARGETS.zh, targetEn: BOTH_TARGETS.en }, cells: [hit.cell, twin.cell] });
  }
  return [...out, ...twins.values()];
}

/** The hits of `check` on an indicator's targets; where both hold the same text, a problem of both is one hit. */
export function hitsOnTargets(targets: Target[], check: (target: Target) => Hit[]): Hit[] {
  if (targets.length === 0) return [];
  const first = check(targets[0]);
  if (targets.length === 1) return first;
  const second = check(targets[1]);
  if (targets[0].text === targets[1].text) return mergeTwin(first, second);
  if (first.length === 0) return second;
  return second.length === 0 ? first : [...first, ...second];
}
