import { parseA1 } from '../a1';
import type { Finding, Lang } from '../schema';
import { FAMILIES } from './catalogue';
import type { Hit, RuleContext, RuleDef } from './types';

const RULES = new Map<string, RuleDef>(FAMILIES.flatMap((f) => f.rules.map((r) => [r.id, r] as const)));
const RULE_ORDER = new Map<string, number>([...RULES.keys()].map((id, i) => [id, i]));

export function ruleById(id: string): RuleDef | undefined {
  return RULES.get(id);
}

export function allRules(): RuleDef[] {
  return [...RULES.values()];
}

/**
 * Runs every rule family (plus hits found elsewhere, such as the rebalance planner's) and renders the hits: one finding per cell and rule, ordered by sheet
 * (workbook order), row, column, then catalogue order.
 */
export function runRules(ctx: RuleContext, lang: Lang, extraHits: Hit[] = []): Finding[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const hit of [...FAMILIES.flatMap((family) => family.check(ctx)), ...extraHits]) {
    if (!RULES.has(hit.rule)) throw new Error(`Rule ${hit.rule} is not in the catalogue`);
    const key = `${hit.sheet}\u0000${hit.cell}\u0000${hit.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push(hit);
  }
  const sheetOrder = new Map(ctx.model.sheets.map((s, i) => [s.name, i]));
  const position = (hit: Hit) => {
    const ref = safeA1(hit.cell);
    return [sheetOrder.get(hit.sheet) ?? 0, ref.row, ref.col, RULE_ORDER.get(hit.rule) ?? 0];
  };
  hits.sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
    return 0;
  });
  return hits.map((hit) => render(hit, lang));
}

function safeA1(cell: string): { row: number; col: number } {
  try {
    return parseA1(cell);
  } catch {
    return { row: 0, col: 0 };
  }
}

function render(hit: Hit, lang: Lang): Finding {
  const rule = RULES.get(hit.rule) as RuleDef;
  const params = hit.params ?? {};
  const finding: Finding = {
    sheet: hit.sheet,
    cell: hit.cell,
    severity: hit.severity ?? rule.severity,
    rule: rule.id,
    message: rule.message[lang](params),
    basis: rule.basis[lang],
  };
  if (rule.suggestion) finding.suggestion = rule.suggestion[lang](params);
  if (hit.related?.length) finding.related = hit.related;
  return finding;
}
