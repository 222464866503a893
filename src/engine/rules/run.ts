import { parseA1 } from '../a1';
import type { Finding, Lang } from '../schema';
import { FAMILIES } from './catalogue';
import type { Hit, RuleContext, RuleDef, RuleFamily } from './types';

const RULES = new Map<string, RuleDef>(FAMILIES.flatMap((f) => f.rules.map((r) => [r.id, r] as const)));
const RULE_ORDER = new Map<string, number>([...RULES.keys()].map((id, i) => [id, i]));

/**
 * Findings that a more telling one on the same cell makes redundant or contradictory: the rule on
 * the left is dropped where any rule on its right fired on that cell, so one cell never gets two fixes
 * that disagree or one defect twice.
 */
const SUPERSEDED_BY: Record<string, string[]> = {
  // "XX%" is a placeholder left in, not a value typed wrongly.
  'value.unparseable': ['structure.placeholder'],
  // "六千万" / "待定" where an amount belongs: one finding (the error) is enough.
  'balance.text-part': ['money.not-a-number'],
  // An end year before the start year is the defect; that it is also before the budget year follows.
  'project.ended-before-budget-year': ['project.end-before-start'],
  // The department identities have their own findings on the same cells.
  'money.total-mismatch': ['money.identity-funding', 'money.identity-level'],
};

/**
 * Notes on how a value is written (an operator in words, a missing operator). An info about how a
 * value is written gives way to a warning or error about what it says: "105％" for a rate gets the
 * rate-over-100 error alone, not also "write 105%"; "5天内" for a 及时率 gets rate-as-time alone.
 */
const WRITING_NOTES = new Set(['value.word-operator', 'value.missing-operator']);
const ABOUT_THE_VALUE = /^(value|structure)\./;

function cellKey(hit: Hit): string {
  return `${hit.sheet}\u0000${hit.cell}`;
}

/** Cells where a value.* or structure.* warning or error (other than a writing note) stands. */
function cellsWithValueProblems(hits: Hit[]): Set<string> {
  const cells = new Set<string>();
  for (const hit of hits) {
    if (WRITING_NOTES.has(hit.rule) || !ABOUT_THE_VALUE.test(hit.rule)) continue;
    const severity = hit.severity ?? RULES.get(hit.rule)!.severity;
    if (severity !== 'info') cells.add(cellKey(hit));
  }
  return cells;
}

/**
 * A family's hits; if its check fails on something unforeseen, every form it was checking gets a
 * "could not check" finding instead of an aborted run or a silent pass.
 */
function checkedOrSaid(family: RuleFamily, ctx: RuleContext): Hit[] {
  try {
    return family.check(ctx);
  } catch (error) {
    const reason = `${family.name}: ${error instanceof Error ? error.message : String(error)}`;
    return ctx.reads.filter((read) => read.model.kind !== 'other').map((read) => ({ rule: 'structure.unchecked', sheet: read.model.name, cell: 'A1', params: { reason } }));
  }
}

export function ruleById(id: string): RuleDef | undefined {
  return RULES.get(id);
}

export function allRules(): RuleDef[] {
  return [...RULES.values()];
}

/**
 * Runs every rule family (plus hits found elsewhere, such as the rebalance planner's) and renders the
 * hits: one finding per cell and rule, ordered by sheet (workbook order), row, column, then catalogue order.
 */
export function runRules(ctx: RuleContext, lang: Lang, extraHits: Hit[] = []): Finding[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const hit of [...FAMILIES.flatMap((family) => checkedOrSaid(family, ctx)), ...extraHits]) {
    if (!RULES.has(hit.rule)) throw new Error(`Rule ${hit.rule} is not in the catalogue`);
    const key = `${hit.sheet}\u0000${hit.cell}\u0000${hit.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push(hit);
  }
  const problems = cellsWithValueProblems(hits);
  const kept = hits.filter(
    (hit) =>
      !(WRITING_NOTES.has(hit.rule) && problems.has(cellKey(hit))) &&
      !(SUPERSEDED_BY[hit.rule] ?? []).some((other) => seen.has(`${cellKey(hit)}\u0000${other}`)),
  );
  const sheetOrder = new Map(ctx.model.sheets.map((s, i) => [s.name, i]));
  // Each hit's place computed once, not in every comparison of the sort.
  const placed = kept.map((hit) => {
    const ref = safeA1(hit.cell);
    return { hit, place: [sheetOrder.get(hit.sheet) ?? 0, ref.row, ref.col, RULE_ORDER.get(hit.rule) ?? 0] };
  });
  placed.sort((a, b) => {
    for (let i = 0; i < a.place.length; i++) if (a.place[i] !== b.place[i]) return a.place[i] - b.place[i];
    return 0;
  });
  return placed.map(({ hit }) => render(hit, lang));
}

function safeA1(cell: string): { row: number; col: number } {
  try {
    return parseA1(cell);
  } catch {
    return { row: 0, col: 0 };
  }
}

/** English messages and fixes read as sentences: a capital first letter, whatever the template began with. */
function sentence(text: string, lang: Lang): string {
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function render(hit: Hit, lang: Lang): Finding {
  const rule = RULES.get(hit.rule) as RuleDef;
  const params = hit.params ?? {};
  const finding: Finding = {
    sheet: hit.sheet,
    cell: hit.cell,
    severity: hit.severity ?? rule.severity,
    rule: rule.id,
    message: sentence(rule.message[lang](params), lang),
    basis: rule.basis[lang],
  };
  if (rule.suggestion) finding.suggestion = sentence(rule.suggestion[lang](params), lang);
  if (hit.related?.length) finding.related = hit.related;
  return finding;
}
