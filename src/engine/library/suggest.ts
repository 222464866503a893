// Fitting indicators for an empty or weak category of a sheet: the library's indicators of that
// category, ranked by how well their project types match the types read from the sheet.
import type { Level1, Level2, SheetModel } from '../schema';
import { nameKey } from './library';
import { projectTypeScores } from './projectTypes';
import type { LibraryIndicator, ProjectType } from '../schema';
import { GENERAL, GENERAL_BIT, LEVEL2_ORDER, partOf, sharedWords, TYPE_INDEX, type Entry } from './suggestIndex';

/** 通用 indicators fit any project, but a type's own indicator says more. */
const GENERAL_FIT = 0.5;

/** Each word an indicator's name shares with the project's own text adds this much, up to ECHO_MAX. */
const ECHO_STEP = 0.1;
const ECHO_MAX = 0.3;
/** Each later 二级 of the 一级 weighs this much less: 经济成本 before 社会成本 unless the latter fits clearly better. */
const LATER_LEVEL2 = 0.15;

/** The project's own words: its name, 设立依据, 项目概述 and goals. */
function projectText(model: SheetModel): string {
  const { header } = model;
  const text = `${header['项目名称']?.value ?? ''}\n${header['设立依据']?.value ?? ''}\n${header['项目概述']?.value ?? ''}\n${header['实施周期总目标']?.value ?? ''}\n${header['年度目标']?.value ?? ''}`;
  return text || model.name;
}

export function typeWeights(model: SheetModel): Map<ProjectType, number> {
  const types = projectTypeScores(model);
  const top = types[0]?.score ?? 1;
  return new Map(types.map((t) => [t.type, t.score / top] as [ProjectType, number]));
}

/** What suggestions need of a sheet: read once per sheet by a suggester, as a sheet missing three 一级 asks three times. */
interface SheetFacts {
  /** Each type's weight by its index (0: not read on the sheet), and the indexes read. */
  weights: Float64Array;
  types: number[];
  present: ReadonlySet<string>;
  /** How many telling words each library indicator (by its place in LIBRARY) shares with the project's text. */
  shared: Uint8Array;
}
function sheetFacts(model: SheetModel): SheetFacts {
  const weights = new Float64Array(TYPE_INDEX.size);
  const scores = projectTypeScores(model);
  const top = scores[0]?.score ?? 1;
  const types: number[] = [];
  for (const t of scores) {
    const type = TYPE_INDEX.get(t.type) as number;
    weights[type] = t.score / top;
    types.push(type);
  }
  const present = new Set<string>();
  for (const indicator of model.indicators) present.add(nameKey(indicator.level3));
  return { weights, types, present, shared: sharedWords(projectText(model)) };
}

/**
 * How well an indicator fits projects of these (weighted) types: its best-matching type; 0 when it
 * does not fit. The best, not the sum: an indicator listing many types is not thereby more fitting.
 */
export function fitOf(indicator: LibraryIndicator, weights: ReadonlyMap<ProjectType, number>): number {
  let fit = 0;
  for (const type of indicator.types) fit = Math.max(fit, type === '通用' ? GENERAL_FIT : (weights.get(type) ?? 0));
  return fit;
}

/** fitOf with the weights by type index (GENERAL for 通用). */
function fitByIndex(types: readonly number[], weights: Float64Array): number {
  let fit = 0;
  for (const type of types) fit = Math.max(fit, type === GENERAL ? GENERAL_FIT : weights[type]);
  return fit;
}

/**
 * Two or three indicators for `level1` (and `level2` when given) that fit the project and are not on
 * the sheet yet, best first; across 二级 when no 二级 is given (at most two from one 二级).
 */
export function suggestIndicators(model: SheetModel, level1: Level1, level2?: Level2, limit = 3): LibraryIndicator[] {
  return suggestFrom(sheetFacts(model), level1, level2, limit);
}

/** suggestIndicators for one sheet, asked several times: the sheet is read once, when first asked. */
export function suggester(model: SheetModel): (level1: Level1, level2?: Level2, limit?: number) => LibraryIndicator[] {
  let facts: SheetFacts | null = null;
  return (level1, level2, limit = 3) => suggestFrom((facts ??= sheetFacts(model)), level1, level2, limit);
}

function suggestFrom(facts: SheetFacts, level1: Level1, level2: Level2 | undefined, limit: number): LibraryIndicator[] {
  const part = partOf(level1, level2);
  const across = level2 === undefined;
  // Only indicators that can fit are visited: the 通用 ones and those of the types read on the sheet.
  const candidates: Candidate[] = [];
  // An entry of several of these lists is taken from the first: the 通用 list, then the types in turn.
  let visited = 0;
  for (let list = -1; list < facts.types.length; list++) {
    const bit = list < 0 ? GENERAL_BIT : 1 << facts.types[list];
    for (const { entry, order } of list < 0 ? part.general : (part.byType[facts.types[list]] ?? [])) {
      if ((entry.bits & visited) !== 0 || facts.present.has(entry.key)) continue;
      const fit = fitByIndex(entry.types, facts.weights);
      candidates.push({ entry, order, fit: fit + Math.min(ECHO_MAX, facts.shared[entry.id] * ECHO_STEP) - LATER_LEVEL2 * (across ? entry.step : 0) });
    }
    visited |= bit;
  }
  // Best first, skipping a 二级 already given twice: picking the best left each time is the sorted walk.
  const chosen: LibraryIndicator[] = [];
  // Across 二级, how many were given from each (by its place in LEVEL2_ORDER).
  const perLevel2 = new Uint8Array(LEVEL2_ORDER.length);
  while (chosen.length < limit) {
    let best: Candidate | null = null;
    for (const c of candidates) {
      if (c.taken || (across && perLevel2[c.entry.rank] >= 2)) continue;
      if (best === null || before(c, best, across)) best = c;
    }
    if (best === null) break;
    best.taken = true;
    if (across) perLevel2[best.entry.rank]++;
    chosen.push(best.entry.indicator);
  }
  return chosen;
}

interface Candidate {
  entry: Entry;
  order: number;
  fit: number;
  taken?: boolean;
}

/** Ties: the 二级 a form needs first, then the more specific indicator (fewer types), then data order. */
function before(a: Candidate, b: Candidate, across: boolean): boolean {
  const diff = b.fit - a.fit || (across ? a.entry.rank - b.entry.rank : 0) || a.entry.types.length - b.entry.types.length || a.order - b.order;
  return diff < 0;
}

/** 「补助对象按时足额领取率」≥95%、「…」… as a finding's suggestion shows them. */
export function suggestionText(list: readonly LibraryIndicator[], separator = '、'): string {
  return list.map((i) => `「${i.name}」${i.example}`).join(separator);
}
