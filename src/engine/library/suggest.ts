// Fitting indicators for an empty or weak category of a sheet: the library's indicators of that
// category, ranked by how well their project types match the types read from the sheet.
import type { Level1, Level2, SheetModel } from '../schema';
import { LIBRARY, libraryPart, nameKey } from './library';
import { projectTypeScores, TYPE_KEYWORDS } from './projectTypes';
import { memoByText } from '../memo';
import type { LibraryIndicator, ProjectType } from '../schema';

/** 通用 indicators fit any project, but a type's own indicator says more. */
const GENERAL_FIT = 0.5;

/** Two-character words too common in project texts to say anything about an indicator's fit. */
const COMMON_WORDS = new Set(['项目', '工作', '开展', '资金', '经费', '情况', '完成', '数量', '及时', '年度', '单位', '提升', '规定', '相关']);
/** Each word an indicator's name shares with the project's own text adds this much, up to ECHO_MAX. */
const ECHO_STEP = 0.1;
const ECHO_MAX = 0.3;
/** Each later 二级 of the 一级 weighs this much less: 经济成本 before 社会成本 unless the latter fits clearly better. */
const LATER_LEVEL2 = 0.15;

/** The project's own words: its name, 设立依据, 项目概述 and goals. */
function projectText(model: SheetModel): string {
  return ['项目名称', '设立依据', '项目概述', '实施周期总目标', '年度目标'].map((k) => model.header[k]?.value ?? '').join('\n') || model.name;
}

const HAN_PAIR = /^[\u4e00-\u9fff]{2}$/;
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0xa000 - HAN_FIRST;

/** Two adjacent Han characters as one small integer: no strings are made to compare them. */
function pairCode(first: number, second: number): number {
  return (first - HAN_FIRST) * HAN_COUNT + (second - HAN_FIRST);
}

const isHan = (code: number) => code >= HAN_FIRST && code < HAN_FIRST + HAN_COUNT;

/** Within a 一级, the 二级 a form most needs first (older 可持续影响 is offered only when asked for). */
const LEVEL2_ORDER: readonly Level2[] = [
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '社会效益指标',
  '经济效益指标',
  '生态效益指标',
  '服务对象满意度指标',
];

export function typeWeights(model: SheetModel): Map<ProjectType, number> {
  const types = projectTypeScores(model);
  const top = types[0]?.score ?? 1;
  return new Map(types.map((t) => [t.type, t.score / top] as [ProjectType, number]));
}

/** A library indicator as suggestions weigh it, worked out once per process. */
interface Entry {
  indicator: LibraryIndicator;
  /** Its place in LIBRARY. */
  id: number;
  key: string;
  /** Its 二级's place in LEVEL2_ORDER, and among the 二级 its 一级 has in the library (later 二级 weigh less). */
  rank: number;
  step: number;
  /** Its types by index in TYPE_KEYWORDS; GENERAL for 通用. */
  types: readonly number[];
}

const GENERAL = -1;
const TYPE_INDEX = new Map<ProjectType, number>(Object.keys(TYPE_KEYWORDS).map((type, i) => [type as ProjectType, i]));

/** The indicator's telling two-character words (as pair codes, each once). */
function tellingPairs(indicator: LibraryIndicator): number[] {
  const key = nameKey(indicator.name);
  const words = new Set<string>();
  for (let i = 0; i + 2 <= key.length; i++) words.add(key.slice(i, i + 2));
  return [...words].filter((word) => !COMMON_WORDS.has(word) && HAN_PAIR.test(word)).map((word) => pairCode(word.charCodeAt(0), word.charCodeAt(1)));
}

interface LibraryIndex {
  /** The indicators (by id) whose name has each telling word. */
  byPair: Map<number, number[]>;
  /** 1 for each Han character (from HAN_FIRST) that begins a telling word. */
  firsts: Uint8Array;
  /** Per 一级, and per 二级 ('' for all of the 一级's 二级 in LEVEL2_ORDER), the entries in data order. */
  parts: Map<string, Entry[]>;
}
let index: LibraryIndex | null = null;

/** The library indexed for suggestions, built on first use: every sheet's suggestions look it up. */
function libraryIndex(): LibraryIndex {
  if (index) return index;
  const byPair = new Map<number, number[]>();
  const firsts = new Uint8Array(HAN_COUNT);
  const entries = LIBRARY.map((indicator, id): Entry => {
    for (const pair of tellingPairs(indicator)) {
      const holders = byPair.get(pair) ?? [];
      holders.push(id);
      byPair.set(pair, holders);
      firsts[Math.floor(pair / HAN_COUNT)] = 1;
    }
    const ownOrder = LEVEL2_ORDER.filter((l2) => libraryPart(indicator.level1, l2).length > 0);
    const types = indicator.types.map((type) => (type === '通用' ? GENERAL : (TYPE_INDEX.get(type) as number)));
    return { indicator, id, key: nameKey(indicator.name), rank: LEVEL2_ORDER.indexOf(indicator.level2), step: ownOrder.indexOf(indicator.level2), types };
  });
  const parts = new Map<string, Entry[]>();
  const add = (key: string, entry: Entry) => {
    const part = parts.get(key);
    if (part) part.push(entry);
    else parts.set(key, [entry]);
  };
  for (const entry of entries) {
    const { level1, level2 } = entry.indicator;
    add(`${level1}|${level2}`, entry);
    if (entry.rank >= 0) add(`${level1}|`, entry);
  }
  index = { byPair, firsts, parts };
  return index;
}

function partOf(level1: Level1, level2: Level2 | undefined): readonly Entry[] {
  return libraryIndex().parts.get(`${level1}|${level2 ?? ''}`) ?? [];
}

/** What suggestions need of a sheet, read once per sheet model: a sheet missing three 一级 asks three times. */
interface SheetFacts {
  /** Each type's weight by its index in TYPE_ENTRIES (0: not read on the sheet). */
  weights: Float64Array;
  present: ReadonlySet<string>;
  /** How many telling words each library indicator (by its place in LIBRARY) shares with the project's text. */
  shared: Uint8Array;
}
const factsOf = new WeakMap<SheetModel, SheetFacts>();
function sheetFacts(model: SheetModel): SheetFacts {
  let facts = factsOf.get(model);
  if (!facts) {
    const weights = new Float64Array(TYPE_INDEX.size);
    const types = projectTypeScores(model);
    const top = types[0]?.score ?? 1;
    for (const t of types) weights[TYPE_INDEX.get(t.type) as number] = t.score / top;
    const present = new Set<string>();
    for (const indicator of model.indicators) present.add(nameKey(indicator.level3));
    facts = { weights, present, shared: sharedWords(projectText(model)) };
    factsOf.set(model, facts);
  }
  return facts;
}

/**
 * Per library indicator, how many of its telling words the text holds (each word once). Read-only:
 * remembered by text, as a project's words come back at every check.
 */
const sharedWords = memoByText((text: string): Uint8Array => {
  const { byPair, firsts } = libraryIndex();
  const shared = new Uint8Array(LIBRARY.length);
  const seen = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    // Most characters begin no telling word: one array read rules them out.
    if (!isHan(a) || firsts[a - HAN_FIRST] === 0) continue;
    const b = text.charCodeAt(i + 1);
    if (!isHan(b)) continue;
    const pair = pairCode(a, b);
    const holders = byPair.get(pair);
    if (!holders || seen.has(pair)) continue;
    seen.add(pair);
    for (const id of holders) shared[id]++;
  }
  return shared;
}, 2_000);

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
  const { weights, present, shared } = sheetFacts(model);
  const entries = partOf(level1, level2);
  const across = level2 === undefined;
  // The tie-break's data order is the entry's place in the part: skipping those on the sheet keeps it.
  const candidates: Candidate[] = [];
  for (let order = 0; order < entries.length; order++) {
    const entry = entries[order];
    const fit = fitByIndex(entry.types, weights);
    if (fit > 0 && !present.has(entry.key)) candidates.push({ entry, order, fit: fit + Math.min(ECHO_MAX, shared[entry.id] * ECHO_STEP) - LATER_LEVEL2 * (across ? entry.step : 0) });
  }
  // Best first, skipping a 二级 already given twice: picking the best left each time is the sorted walk.
  const chosen: LibraryIndicator[] = [];
  const perLevel2 = new Map<Level2, number>();
  while (chosen.length < limit) {
    let best: Candidate | null = null;
    for (const c of candidates) {
      if (c.taken || (across && (perLevel2.get(c.entry.indicator.level2) ?? 0) >= 2)) continue;
      if (best === null || before(c, best, across)) best = c;
    }
    if (best === null) break;
    best.taken = true;
    perLevel2.set(best.entry.indicator.level2, (perLevel2.get(best.entry.indicator.level2) ?? 0) + 1);
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
