import { parseA1 } from '../a1';
import type { Finding, Lang, Note } from '../schema';
import { FAMILIES } from './catalogue';
import { dropSuperseded } from './supersede';
import type { Hit, RuleContext, RuleDef, RuleFamily } from './types';

const RULES = new Map<string, RuleDef>(FAMILIES.flatMap((f) => f.rules.map((r) => [r.id, r] as const)));
const RULE_ORDER = new Map<string, number>([...RULES.keys()].map((id, i) => [id, i]));

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

export interface RuleOutcome {
  findings: Finding[];
  notes: Note[];
}

/**
 * Runs every rule family (plus hits found elsewhere, such as the rebalance planner's) and renders the
 * hits: one finding per problem, ordered by sheet (workbook order), row, column, then catalogue
 * order. Hits of note rules (read facts that ask for nothing) become notes instead.
 */
export function runRules(ctx: RuleContext, lang: Lang, extraHits: Hit[] = []): RuleOutcome {
  const seen: Seen = new Map();
  const hits: Hit[] = [];
  // Indexed loops here and below: the runner runs once per call, before the engine has optimised it, where for…of costs an iterator.
  for (let f = 0; f < FAMILIES.length; f++) addNew(hits, seen, checkedOrSaid(FAMILIES[f], ctx));
  addNew(hits, seen, extraHits);
  const kept = dropSuperseded(hits, RULES);
  const sheetOrder = new Map<string, number>();
  ctx.model.sheets.forEach((s, i) => sheetOrder.set(s.name, i));
  // Each hit's place computed once, not in every comparison of the sort.
  const placed: Placed[] = kept.map((hit) => {
    const ref = safeA1(hit.cell);
    return { hit, sheet: sheetOrder.get(hit.sheet) ?? 0, row: ref.row, col: ref.col, order: RULE_ORDER.get(hit.rule) ?? 0 };
  });
  placed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.order - b.order);
  const findings: Finding[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < placed.length; i++) {
    const hit = placed[i].hit;
    const rule = RULES.get(hit.rule) as RuleDef;
    if (rule.note) notes.push(renderNote(rule, hit, lang));
    else findings.push(render(rule, hit, lang));
  }
  return { findings, notes };
}

interface Placed {
  hit: Hit;
  sheet: number;
  row: number;
  col: number;
  order: number;
}

/** The rules that fired, by sheet and cell: kept as maps, not as a key string built per hit. */
type Seen = Map<string, Map<string, string[]>>;

/** Appends the hits not seen yet (one per sheet, cell and rule); every rule must be in the catalogue. */
function addNew(hits: Hit[], seen: Seen, found: Hit[]): void {
  for (let i = 0; i < found.length; i++) {
    const hit = found[i];
    if (!RULES.has(hit.rule)) throw new Error(`Rule ${hit.rule} is not in the catalogue`);
    let cells = seen.get(hit.sheet);
    if (cells === undefined) {
      cells = new Map();
      seen.set(hit.sheet, cells);
    }
    const rules = cells.get(hit.cell);
    if (rules === undefined) cells.set(hit.cell, [hit.rule]);
    else if (rules.includes(hit.rule)) continue;
    else rules.push(hit.rule);
    hits.push(hit);
  }
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

function render(rule: RuleDef, hit: Hit, lang: Lang): Finding {
  const params = hit.params ?? {};
  const finding: Finding = {
    sheet: hit.sheet,
    cell: hit.cell,
    severity: hit.severity ?? rule.severity,
    rule: rule.id,
    message: sentence(rule.message[lang](params), lang),
    basis: rule.basis[lang],
  };
  if (hit.cells && spansOthers(hit.cell, hit.cells)) finding.cells = [hit.cell, ...hit.cells.filter((c) => c !== hit.cell)];
  if (rule.suggestion) finding.suggestion = sentence(rule.suggestion[lang](params), lang);
  if (hit.related?.length) finding.related = hit.related;
  return finding;
}

/** Whether a hit's cells include any besides its own. */
function spansOthers(cell: string, cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== cell) return true;
  return false;
}

function renderNote(rule: RuleDef, hit: Hit, lang: Lang): Note {
  const note: Note = { sheet: hit.sheet, cell: hit.cell, rule: rule.id, message: sentence(rule.message[lang](hit.params ?? {}), lang) };
  if (hit.related?.length) note.related = hit.related;
  return note;
}
