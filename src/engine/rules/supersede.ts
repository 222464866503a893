// Which findings a more telling one makes redundant: one problem, one finding. Kept apart from the
// runner so the list of "this says it already" pairs can be read in one place. Indexed loops: this
// runs once per call, before V8 has optimised it, where for…of and closures allocate.
import type { Hit, RuleDef } from './types';

/**
 * The rule on the left is dropped where any rule on its right fired on the same cell, so one cell
 * never gets two fixes that disagree or one defect twice.
 */
export const SUPERSEDED_BY: Record<string, string[]> = {
  // "XX%" is a placeholder left in, not a value typed wrongly.
  'value.unparseable': ['structure.placeholder'],
  // "六千万" / "待定" where an amount belongs: one finding (the error) is enough.
  'balance.text-part': ['money.not-a-number'],
  // An end year before the start year is the defect; that it is also before the budget year follows.
  'project.ended-before-budget-year': ['project.end-before-start'],
  // The department identities have their own findings on the same cells.
  'money.total-mismatch': ['money.identity-funding', 'money.identity-level'],
  // A name that asks for a number already says "write a number"; that the words are vague adds nothing.
  'meaning.vague-value': ['value.qualitative-for-quantity'],
  // 普及率 "增加5%": the fix is a level, not a baseline for the change.
  'meaning.change-without-baseline': ['meaning.level-as-change'],
  // Where the department and a project file it differently, the cross-sheet finding says which fits.
  'meaning.output-as-outcome': ['consistency.category-differs'],
  'meaning.count-under-quality': ['consistency.category-differs'],
  'meaning.cost-not-a-cost': ['consistency.category-differs'],
  'meaning.satisfaction-under-benefit': ['consistency.category-differs'],
  // 完成时限 "≥90%": one problem, a time given as a rate.
  'meaning.unit-contradicts-name': ['meaning.time-as-rate', 'value.rate-as-time'],
  // A 成本 indicator that is no cost gets one fix (state the cost), not also "write a number".
  'value.qualitative-for-quantity': ['meaning.cost-not-a-cost'],
};

/**
 * Notes on how a value is written. An info about how a value is written gives way to a warning or
 * error about what it says: "105％" for a rate gets the rate-over-100 error alone, not also "write
 * 105%"; "5天内" for a 及时率 gets rate-as-time alone.
 */
const WRITING_NOTES = new Set(['value.word-operator', 'value.missing-operator']);
const ABOUT_THE_VALUE = /^(value|structure|meaning)\./;

/** Something per cell, by sheet then cell as written: looked up without building a key per hit. */
type ByCell<T> = Map<string, Map<string, T>>;

function atCell<T>(map: ByCell<T>, sheet: string, cell: string): T | undefined {
  return map.get(sheet)?.get(cell);
}

function cellsOf<T>(map: ByCell<T>, sheet: string): Map<string, T> {
  let cells = map.get(sheet);
  if (cells === undefined) {
    cells = new Map();
    map.set(sheet, cells);
  }
  return cells;
}

/** A value.*, structure.* or meaning.* warning or error (other than a writing note). */
function valueProblem(hit: Hit, rules: Map<string, RuleDef>): boolean {
  return aboutTheValue(hit.rule) && (hit.severity ?? rules.get(hit.rule)!.severity) !== 'info';
}

/** Cells where a value problem stands: looked up where many writing notes would each search every hit. */
function cellsWithValueProblems(hits: Hit[], rules: Map<string, RuleDef>): ByCell<true> {
  const cells: ByCell<true> = new Map();
  for (let i = 0; i < hits.length; i++) if (valueProblem(hits[i], rules)) cellsOf(cells, hits[i].sheet).set(hits[i].cell, true);
  return cells;
}

/** Whether a value problem stands on a cell, searched: a workbook has few writing notes. */
function valueProblemAt(hits: Hit[], rules: Map<string, RuleDef>, sheet: string, cell: string): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].cell === cell && hits[i].sheet === sheet && valueProblem(hits[i], rules)) return true;
  return false;
}

/** Writing notes × hits up to which each note searches the hits rather than a map of problem cells being made. */
const SEARCH_LIMIT = 10_000;

/** Rules whose warnings say what a value means, not how it is written: asked of every hit, answered once per rule. */
const ABOUT_RULE = new Map<string, boolean>();

function aboutTheValue(rule: string): boolean {
  let about = ABOUT_RULE.get(rule);
  if (about === undefined) {
    about = !WRITING_NOTES.has(rule) && ABOUT_THE_VALUE.test(rule);
    ABOUT_RULE.set(rule, about);
  }
  return about;
}

/** The superseding rules' hits by every cell they cover, on their own sheet ("Sheet!A1" cells of other sheets as written). */
function supersedersByCell(hits: Hit[]): ByCell<string[]> {
  const rulesOn: ByCell<string[]> = new Map();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (!SUPERSEDERS.has(hit.rule)) continue;
    const cells = cellsOf(rulesOn, hit.sheet);
    addRule(cells, hit.cell, hit.rule);
    if (hit.cells) for (let c = 0; c < hit.cells.length; c++) addRule(cells, hit.cells[c], hit.rule);
  }
  return rulesOn;
}

function addRule(cells: Map<string, string[]>, cell: string, rule: string): void {
  const rules = cells.get(cell);
  if (rules === undefined) cells.set(cell, [rule]);
  else if (!rules.includes(rule)) rules.push(rule);
}

/** Whether any of `superseders` fired on a cell, given the rules that did. */
function supersededBy(on: string[] | undefined, superseders: string[]): boolean {
  if (on === undefined) return false;
  for (let i = 0; i < superseders.length; i++) if (on.includes(superseders[i])) return true;
  return false;
}

/**
 * The hits left once every redundant one is dropped: a hit gives way to a superseding rule's hit
 * that covers any of its cells (a finding over a period and an annual cell, or over a name and its
 * value, stands for all of them).
 */
export function dropSuperseded(hits: Hit[], rules: Map<string, RuleDef>): Hit[] {
  // Most hits are neither writing notes nor superseded by another rule: they stand as they are.
  let writingNotes = 0;
  let superseded = false;
  for (let i = 0; i < hits.length; i++) {
    if (WRITING_NOTES.has(hits[i].rule)) writingNotes++;
    else if (SUPERSEDED_BY[hits[i].rule] !== undefined) superseded = true;
  }
  if (writingNotes === 0 && !superseded) return hits;
  const problems = writingNotes * hits.length > SEARCH_LIMIT ? cellsWithValueProblems(hits, rules) : null;
  // Only the cells of superseding rules' hits are looked up below; most hits cover nothing to record.
  const rulesOn = supersedersByCell(hits);
  const kept: Hit[] = [];
  for (let i = 0; i < hits.length; i++) if (stands(hits[i], hits, rules, problems, rulesOn)) kept.push(hits[i]);
  return kept;
}

function stands(hit: Hit, hits: Hit[], rules: Map<string, RuleDef>, problems: ByCell<true> | null, rulesOn: ByCell<string[]>): boolean {
  if (WRITING_NOTES.has(hit.rule) && (problems ? atCell(problems, hit.sheet, hit.cell) !== undefined : valueProblemAt(hits, rules, hit.sheet, hit.cell))) return false;
  const superseders = SUPERSEDED_BY[hit.rule];
  if (superseders === undefined) return true;
  const on = rulesOn.get(hit.sheet);
  if (on === undefined) return true;
  if (supersededBy(on.get(hit.cell), superseders)) return false;
  const cells = hit.cells;
  if (cells) for (let c = 0; c < cells.length; c++) if (supersededBy(on.get(cells[c]), superseders)) return false;
  return true;
}

/** Every rule that makes another redundant. */
const SUPERSEDERS = new Set(Object.values(SUPERSEDED_BY).flat());
