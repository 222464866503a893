import { parseA1 } from '../a1';
import type { Finding, Lang, Note } from '../schema';
import { FAMILIES } from './catalogue';
import { columnNumberOf, isPlainA1, rowNumberOf } from './cellRef';
import { dropSuperseded } from './supersede';
import type { Hit, Params, RuleContext, RuleDef, RuleFamily } from './types';

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
  const hits: Hit[] = [];
  // Indexed loops here and below: the runner runs once per call, before the engine has optimised it, where for…of costs an iterator.
  for (let f = 0; f < FAMILIES.length; f++) appendKnown(hits, checkedOrSaid(FAMILIES[f], ctx));
  appendKnown(hits, extraHits);
  const sheetOrder = new Map<string, number>();
  for (let i = 0; i < ctx.model.sheets.length; i++) sheetOrder.set(ctx.model.sheets[i].name, i);
  // Each hit's place computed once, not in every comparison of the sort.
  const placed = new Array<Placed>(hits.length);
  for (let i = 0; i < hits.length; i++) placed[i] = placeOf(hits[i], sheetOrder);
  placed.sort(byPlace);
  // Sorted first, then the repeats dropped and the superseded: the same hits in the same order as the
  // other way round (the sort is stable, and what supersedes what does not depend on order).
  const kept = dropSuperseded(firstOfEach(placed), RULES);
  const findings: Finding[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < kept.length; i++) {
    const hit = kept[i];
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

/** A hit with its sort keys; a plain address ("AB12") is read by hand, anything else as parseA1 reads it (0, 0 where it cannot). */
function placeOf(hit: Hit, sheetOrder: Map<string, number>): Placed {
  const sheet = sheetOrder.get(hit.sheet) ?? 0;
  const order = RULE_ORDER.get(hit.rule) ?? 0;
  if (isPlainA1(hit.cell)) return { hit, sheet, row: rowNumberOf(hit.cell), col: columnNumberOf(hit.cell), order };
  const ref = safeA1(hit.cell);
  return { hit, sheet, row: ref.row, col: ref.col, order };
}

function byPlace(a: Placed, b: Placed): number {
  return a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.order - b.order;
}

function samePlace(a: Placed, b: Placed): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col && a.order === b.order;
}

/**
 * The hits, sorted, without repeats: one per sheet, cell and rule, the first found. Repeats share a
 * place, and the stable sort keeps them in the order found, so only the run of equal places is searched.
 */
function firstOfEach(placed: Placed[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < placed.length; i++) {
    const hit = placed[i].hit;
    let repeat = false;
    for (let j = i - 1; j >= 0 && !repeat && samePlace(placed[j], placed[i]); j--) {
      const before = placed[j].hit;
      repeat = before.sheet === hit.sheet && before.cell === hit.cell && before.rule === hit.rule;
    }
    if (!repeat) hits.push(hit);
  }
  return hits;
}

/** Appends the hits found; every rule must be in the catalogue. */
function appendKnown(hits: Hit[], found: Hit[]): void {
  for (let i = 0; i < found.length; i++) {
    const hit = found[i];
    if (!RULES.has(hit.rule)) throw new Error(`Rule ${hit.rule} is not in the catalogue`);
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

/** The params of a hit that has none: templates only read them. */
const NO_PARAMS: Params = Object.freeze({}) as Params;

function render(rule: RuleDef, hit: Hit, lang: Lang): Finding {
  const params = hit.params ?? NO_PARAMS;
  const finding: Finding = {
    sheet: hit.sheet,
    cell: hit.cell,
    severity: hit.severity ?? rule.severity,
    rule: rule.id,
    message: sentence(rule.message[lang](params), lang),
    basis: rule.basis[lang],
  };
  if (hit.cells && spansOthers(hit.cell, hit.cells)) finding.cells = ownCellFirst(hit.cell, hit.cells);
  if (rule.suggestion) finding.suggestion = sentence(rule.suggestion[lang](params), lang);
  if (hit.related?.length) finding.related = hit.related;
  return finding;
}

/** Whether a hit's cells include any besides its own. */
function spansOthers(cell: string, cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== cell) return true;
  return false;
}

/** The hit's own cell, then its other cells in order: made at its size, not grown push by push. */
function ownCellFirst(cell: string, cells: string[]): string[] {
  let others = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i] !== cell) others++;
  const out = new Array<string>(1 + others);
  out[0] = cell;
  for (let i = 0, at = 1; i < cells.length; i++) if (cells[i] !== cell) out[at++] = cells[i];
  return out;
}

function renderNote(rule: RuleDef, hit: Hit, lang: Lang): Note {
  const note: Note = { sheet: hit.sheet, cell: hit.cell, rule: rule.id, message: sentence(rule.message[lang](hit.params ?? NO_PARAMS), lang) };
  if (hit.related?.length) note.related = hit.related;
  return note;
}
