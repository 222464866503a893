// The period and the annual target often hold the same text: a problem of that text is one problem.
import type { Hit } from './types';
import type { Indicator } from '../schema';
import { BOTH_TARGETS, fillTarget, type Target } from './valueTargets';

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
    // A copy: the hits passed in stay as they were.
    const merged: Hit = { ...hit, params: { ...hit.params } };
    bothTargets(merged, twin.cell);
    out.push(merged);
  }
  return [...out, ...twins.values()];
}

/**
 * A check of one target: appends its hits to `out`, each rule at most once, each hit a fresh object
 * with fresh params (a twin's are completed in place) standing on the target's cell. It decides by the
 * target's text and value only, not by which target it is (pushTargetHits relies on it for twins).
 * `a` and `b` are the caller's own arguments, passed through so that no closure is made per indicator.
 */
export type TargetCheck<A, B> = (a: A, b: B, indicator: Indicator, target: Target, out: Hit[]) => void;

/** Two targets reused for every indicator: the checks read them and copy what a hit needs, never keep them. */
const PERIOD: Target = fillTarget({} as Target, 'period', '', '');
const ANNUAL: Target = fillTarget({} as Target, 'annual', '', '');

/**
 * Appends the hits of `check` on an indicator's targets (those that hold something and have a cell; a
 * one-target layout has the annual one only). Where both hold the same text, a problem of both is one
 * hit, as mergeTwin makes it.
 */
export function pushTargetHits<A, B>(out: Hit[], indicator: Indicator, check: TargetCheck<A, B>, a: A, b: B): void {
  const periodText = indicator.periodValue.trim();
  const annualText = indicator.annualValue.trim();
  const hasPeriod = periodText !== '' && !!indicator.cells.periodValue;
  const hasAnnual = annualText !== '' && !!indicator.cells.annualValue;
  const start = out.length;
  if (hasPeriod) check(a, b, indicator, fillTarget(PERIOD, 'period', periodText, indicator.cells.periodValue as string, indicator.period), out);
  if (!hasAnnual) return;
  // The same text read as the same value: the checks decide by text and value alone, never by which
  // target it is, so the annual one would fire the same rules, each merged into the period's hit.
  if (hasPeriod && periodText === annualText && indicator.period === indicator.annual) {
    spanTwins(out, start, indicator.cells.annualValue as string);
    return;
  }
  const mid = out.length;
  check(a, b, indicator, fillTarget(ANNUAL, 'annual', annualText, indicator.cells.annualValue as string, indicator.annual), out);
  if (hasPeriod && periodText === annualText && mid > start && out.length > mid) mergeTwinsInPlace(out, start, mid);
}

/** What mergeTwinsInPlace makes of out[start, end) and a copy of it on the twin's cell: each rule's first hit spans both. */
function spanTwins(out: Hit[], start: number, twinCell: string): void {
  for (let i = start; i < out.length; i++) {
    const hit = out[i];
    let repeat = false;
    for (let j = start; j < i && !repeat; j++) repeat = out[j].rule === hit.rule;
    if (!repeat) bothTargets(hit, twinCell);
  }
}

/** The hit now speaks of both targets and spans both cells, then any other cell it covered (a split layout's unit cell). */
function bothTargets(hit: Hit, twinCell: string): void {
  const params = hit.params ?? {};
  params.target = BOTH_TARGETS.zh;
  params.targetEn = BOTH_TARGETS.en;
  hit.params = params;
  const others = hit.cells;
  hit.cells = [hit.cell, twinCell];
  if (others) for (let i = 0; i < others.length; i++) if (others[i] !== hit.cell && others[i] !== twinCell) hit.cells.push(others[i]);
}

/**
 * mergeTwin on out[start, mid) and out[mid, end), in place: a first hit whose rule the second also
 * hit spans both cells; the second's other hits follow. Each check fires a rule at most once.
 */
function mergeTwinsInPlace(out: Hit[], start: number, mid: number): void {
  const end = out.length;
  let kept = mid;
  for (let j = mid; j < end; j++) {
    const twin = out[j];
    let merged = false;
    for (let i = start; i < mid && !merged; i++) {
      const hit = out[i];
      if (hit.rule !== twin.rule) continue;
      bothTargets(hit, twin.cell);
      merged = true;
    }
    if (!merged) out[kept++] = twin;
  }
  out.length = kept;
}
