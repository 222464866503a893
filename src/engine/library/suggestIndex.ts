// The library as suggestions look it up, built once per process on first use: each category's
// indicators listed by the project type they fit, and the telling words of their names.
import type { Level1, Level2, LibraryIndicator, ProjectType } from '../schema';
import { memoByText } from '../memo';
import { LIBRARY, libraryPart, nameKey } from './library';
import { TYPE_KEYWORDS } from './projectTypes';

/** Within a 一级, the 二级 a form most needs first (older 可持续影响 is offered only when asked for). */
export const LEVEL2_ORDER: readonly Level2[] = [
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

/** Two-character words too common in project texts to say anything about an indicator's fit. */
const COMMON_WORDS = new Set(['项目', '工作', '开展', '资金', '经费', '情况', '完成', '数量', '及时', '年度', '单位', '提升', '规定', '相关']);

export const GENERAL = -1;
/** Each project type's index (TYPE_KEYWORDS' order): weights and lists are kept by it. */
export const TYPE_INDEX = new Map<ProjectType, number>(Object.keys(TYPE_KEYWORDS).map((type, i) => [type as ProjectType, i]));

/** A library indicator as suggestions weigh it. */
export interface Entry {
  indicator: LibraryIndicator;
  /** Its place in LIBRARY. */
  id: number;
  key: string;
  /** Its 二级's place in LEVEL2_ORDER, and among the 二级 its 一级 has in the library (later 二级 weigh less). */
  rank: number;
  step: number;
  /** Its types by index; GENERAL for 通用. */
  types: readonly number[];
  /** The same as bits (1 << index), 通用 as GENERAL_BIT. */
  bits: number;
}

export const GENERAL_BIT = 1 << 30;

/** An entry in one category, with its place there (the last tie-break). */
export interface PartEntry {
  entry: Entry;
  order: number;
}

/**
 * A category's entries as suggestions visit them: only those that can fit the project, the 通用
 * ones and those of each type the sheet reads as.
 */
export interface Part {
  general: readonly PartEntry[];
  byType: ReadonlyArray<readonly PartEntry[]>;
}

const HAN_PAIR = /^[\u4e00-\u9fff]{2}$/;
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0xa000 - HAN_FIRST;

/** Two adjacent Han characters as one small integer: no strings are made to compare them. */
function pairCode(first: number, second: number): number {
  return (first - HAN_FIRST) * HAN_COUNT + (second - HAN_FIRST);
}

function isHan(code: number): boolean {
  return code >= HAN_FIRST && code < HAN_FIRST + HAN_COUNT;
}

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
  /** Per 一级, then per 二级 ('' for all of the 一级's 二级 in LEVEL2_ORDER): looked up without making a key. */
  parts: Map<Level1, Map<string, Part>>;
  /** The indicators (by id) of each name key. */
  idsByKey: Map<string, number[]>;
}
let index: LibraryIndex | null = null;

/** The index, built on first use. Apart from the building: a function whose closures capture its locals allocates their context on every call. */
function libraryIndex(): LibraryIndex {
  return (index ??= buildIndex());
}

function buildIndex(): LibraryIndex {
  const byPair = new Map<number, number[]>();
  const firsts = new Uint8Array(HAN_COUNT);
  const ownOrders = new Map<Level1, Level2[]>();
  const entries = LIBRARY.map((indicator, id): Entry => {
    for (const pair of tellingPairs(indicator)) {
      const holders = byPair.get(pair);
      if (holders) holders.push(id);
      else byPair.set(pair, [id]);
      firsts[Math.floor(pair / HAN_COUNT)] = 1;
    }
    let ownOrder = ownOrders.get(indicator.level1);
    if (!ownOrder) {
      ownOrder = LEVEL2_ORDER.filter((l2) => libraryPart(indicator.level1, l2).length > 0);
      ownOrders.set(indicator.level1, ownOrder);
    }
    const types = indicator.types.map((type) => (type === '通用' ? GENERAL : (TYPE_INDEX.get(type) as number)));
    const bits = types.reduce((all, type) => all | (type === GENERAL ? GENERAL_BIT : 1 << type), 0);
    const { level2 } = indicator;
    return { indicator, id, key: nameKey(indicator.name), rank: LEVEL2_ORDER.indexOf(level2), step: ownOrder.indexOf(level2), types, bits };
  });
  const lists = new Map<Level1, Map<string, Entry[]>>();
  const add = (level1: Level1, level2: string, entry: Entry) => {
    let byLevel2 = lists.get(level1);
    if (!byLevel2) lists.set(level1, (byLevel2 = new Map()));
    const list = byLevel2.get(level2);
    if (list) list.push(entry);
    else byLevel2.set(level2, [entry]);
  };
  for (const entry of entries) {
    const { level1, level2 } = entry.indicator;
    add(level1, level2, entry);
    if (entry.rank >= 0) add(level1, '', entry);
  }
  const parts = new Map<Level1, Map<string, Part>>();
  for (const [level1, byLevel2] of lists) {
    const own = new Map<string, Part>();
    for (const [level2, list] of byLevel2) own.set(level2, partFrom(list));
    parts.set(level1, own);
  }
  const idsByKey = new Map<string, number[]>();
  for (const entry of entries) {
    const ids = idsByKey.get(entry.key);
    if (ids) ids.push(entry.id);
    else idsByKey.set(entry.key, [entry.id]);
  }
  return { byPair, firsts, parts, idsByKey };
}

function partFrom(list: readonly Entry[]): Part {
  const general: PartEntry[] = [];
  const byType: PartEntry[][] = [...TYPE_INDEX.values()].map(() => []);
  list.forEach((entry, order) => {
    const placed = { entry, order };
    for (const type of new Set(entry.types)) (type === GENERAL ? general : byType[type]).push(placed);
  });
  return { general, byType };
}

const NO_PART: Part = { general: [], byType: [] };

export function partOf(level1: Level1, level2: Level2 | undefined): Part {
  return libraryIndex().parts.get(level1)?.get(level2 ?? '') ?? NO_PART;
}

/** The library indicators (by id) whose name key is this one (undefined when none). */
export function idsNamed(key: string): readonly number[] | undefined {
  return libraryIndex().idsByKey.get(key);
}

/**
 * Per library indicator (by id), how many of its telling words the text holds (each word once).
 * Read-only: remembered by text, as a project's words come back at every check.
 */
export const sharedWords = memoByText((text: string): Uint8Array => {
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
