// Fitting indicators for an empty or weak category of a sheet: the library's indicators of that
// category, ranked by how well their project types match the types read from the sheet.
import type { Level1, Level2, SheetModel } from '../schema';
import { memoByText } from '../memo';
import { LIBRARY, nameKey } from './library';
import { projectTypeScores, typeScoresInto, typesByScore } from './projectTypes';
import type { LibraryIndicator, ProjectType } from '../schema';
import { GENERAL_BIT, idsNamed, LEVEL2_ORDER, partOf, sharedWords, TYPE_INDEX, type PartEntry } from './suggestIndex';

/** 通用 indicators fit any project, but a type's own indicator says more. */
const GENERAL_FIT = 0.5;

/** Each word an indicator's name shares with the project's own text adds this much, up to ECHO_MAX. */
const ECHO_STEP = 0.1;
const ECHO_MAX = 0.3;
/** Each later 二级 of the 一级 weighs this much less: 经济成本 before 社会成本 unless the latter fits clearly better. */
const LATER_LEVEL2 = 0.15;

/** The project's own words: its name, 设立依据, 项目概述 and goals (joined by line breaks). */
const PROJECT_FIELDS = ['项目名称', '设立依据', '项目概述', '实施周期总目标', '年度目标'] as const;

/**
 * sharedWords of the project's words, remembered by their fields (found by the name): the joined
 * text is made, and flattened to be looked up, only when the fields are new.
 */
const sharedByName = new Map<string, { fields: string[]; shared: Uint8Array }>();
function projectWords(header: SheetModel['header']): Uint8Array {
  const name = header['项目名称']?.value ?? '';
  const known = sharedByName.get(name);
  if (known && sameFields(known.fields, header)) return known.shared;
  const fields = PROJECT_FIELDS.map((field) => header[field]?.value ?? '');
  const shared = sharedWords(fields.join('\n'));
  if (sharedByName.size >= 2_000) sharedByName.clear();
  sharedByName.set(name, { fields, shared });
  return shared;
}

function sameFields(fields: readonly string[], header: SheetModel['header']): boolean {
  for (let i = 0; i < PROJECT_FIELDS.length; i++) if (fields[i] !== (header[PROJECT_FIELDS[i]]?.value ?? '')) return false;
  return true;
}

export function typeWeights(model: SheetModel): Map<ProjectType, number> {
  const types = projectTypeScores(model);
  const top = types[0]?.score ?? 1;
  return new Map(types.map((t) => [t.type, t.score / top] as [ProjectType, number]));
}

/** What suggestions need of a sheet: read once per sheet by a suggester, as a sheet missing three 一级 asks three times. */
interface SheetFacts {
  /** Each type's weight by its index (0: not read on the sheet), and the indexes read, best first. */
  weights: number[];
  types: number[];
  /** The library indicators (by their place in LIBRARY) whose name is on the sheet already: few, often none. */
  present: readonly number[];
  /** How many telling words each library indicator (by its place in LIBRARY) shares with the project's text. */
  shared: Uint8Array;
}
const NONE_PRESENT: readonly number[] = [];
/** The library indicators (by place) an indicator's name names: one look-up per indicator of every sheet. */
const libraryIdsOf = memoByText((name: string): readonly number[] => idsNamed(nameKey(name)) ?? NONE_PRESENT);
/** Type scores by index, reused by every sheetFacts. */
const SCORES = new Int32Array(TYPE_INDEX.size);
function sheetFacts(model: SheetModel): SheetFacts {
  typeScoresInto(model, SCORES);
  const types = typesByScore(SCORES);
  const top = types.length > 0 ? SCORES[types[0]] : 1;
  // A plain array: a Float64Array this long is allocated off the heap, at about a microsecond each.
  const weights = new Array<number>(TYPE_INDEX.size).fill(0);
  for (let i = 0; i < types.length; i++) weights[types[i]] = SCORES[types[i]] / top;
  let present: number[] | null = null;
  const { indicators } = model;
  for (let i = 0; i < indicators.length; i++) {
    const ids = libraryIdsOf(indicators[i].level3);
    for (let j = 0; j < ids.length; j++) (present ??= []).push(ids[j]);
  }
  return { weights, types, present: present ?? NONE_PRESENT, shared: projectWords(model.header) };
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
function fitByIndex(types: readonly number[], weights: readonly number[]): number {
  let fit = 0;
  // GENERAL (-1) is the only negative index: compared as such, the imported constant is not read per type.
  for (let i = 0; i < types.length; i++) fit = Math.max(fit, types[i] < 0 ? GENERAL_FIT : weights[types[i]]);
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

/**
 * The candidates of one suggestFrom (at most one per library indicator), in arrays reused by every
 * call rather than an object each: their entry with its place in the category, fit, and whether given.
 */
const CANDIDATES: PartEntry[] = [];
const FITS = new Float64Array(LIBRARY.length);
const TAKEN = new Uint8Array(LIBRARY.length);
/** Across 二级, how many were given from each (by its place in LEVEL2_ORDER). */
const PER_LEVEL2 = new Uint8Array(LEVEL2_ORDER.length);
const NO_ENTRIES: readonly PartEntry[] = [];

function suggestFrom(facts: SheetFacts, level1: Level1, level2: Level2 | undefined, limit: number): LibraryIndicator[] {
  const part = partOf(level1, level2);
  const across = level2 === undefined;
  // Only indicators that can fit are visited: the 通用 ones and those of the types read on the sheet.
  let count = 0;
  // An entry of several of these lists is taken from the first: the 通用 list, then the types in turn.
  let visited = 0;
  for (let list = -1; list < facts.types.length; list++) {
    const bit = list < 0 ? GENERAL_BIT : 1 << facts.types[list];
    const entries = list < 0 ? part.general : (part.byType[facts.types[list]] ?? NO_ENTRIES);
    for (let i = 0; i < entries.length; i++) {
      const { entry } = entries[i];
      if ((entry.bits & visited) !== 0 || (facts.present.length !== 0 && facts.present.includes(entry.id))) continue;
      CANDIDATES[count] = entries[i];
      FITS[count] = fitByIndex(entry.types, facts.weights) + Math.min(ECHO_MAX, facts.shared[entry.id] * ECHO_STEP) - LATER_LEVEL2 * (across ? entry.step : 0);
      TAKEN[count] = 0;
      count++;
    }
    visited |= bit;
  }
  // Best first, skipping a 二级 already given twice: picking the best left each time is the sorted walk.
  const chosen: LibraryIndicator[] = [];
  PER_LEVEL2.fill(0);
  while (chosen.length < limit) {
    let best = -1;
    for (let c = 0; c < count; c++) {
      if (TAKEN[c] === 1 || (across && PER_LEVEL2[CANDIDATES[c].entry.rank] >= 2)) continue;
      // A better fit decides at once; only equal fits go to the tie-breaks.
      if (best < 0 || FITS[c] > FITS[best] || (FITS[c] === FITS[best] && before(c, best, across))) best = c;
    }
    if (best < 0) break;
    TAKEN[best] = 1;
    if (across) PER_LEVEL2[CANDIDATES[best].entry.rank]++;
    chosen.push(CANDIDATES[best].entry.indicator);
  }
  return chosen;
}

/** Ties (candidates by place): the 二级 a form needs first, then the more specific indicator (fewer types), then data order. */
function before(a: number, b: number, across: boolean): boolean {
  const first = CANDIDATES[a];
  const second = CANDIDATES[b];
  const diff =
    FITS[b] - FITS[a] ||
    (across ? first.entry.rank - second.entry.rank : 0) ||
    first.entry.types.length - second.entry.types.length ||
    first.order - second.order;
  return diff < 0;
}

/** 「补助对象按时足额领取率」≥95%、「…」… as a finding's suggestion shows them. */
export function suggestionText(list: readonly LibraryIndicator[], separator = '、'): string {
  let text = '';
  for (let i = 0; i < list.length; i++) text += `${i > 0 ? separator : ''}「${list[i].name}」${list[i].example}`;
  return text;
}
