// Fitting indicators for an empty or weak category of a sheet: the library's indicators of that
// category, ranked by how well their project types match the types read from the sheet.
import type { Level1, Level2, SheetModel } from '../schema';
import { libraryPart, nameKey } from './library';
import { projectTypeScores } from './projectTypes';
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

/** Every pair of adjacent Han characters in a text. */
function hanPairs(text: string): Set<number> {
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isHan(a) && isHan(b)) pairs.add(pairCode(a, b));
  }
  return pairs;
}

/** Each indicator's telling two-character words (as pair codes), found once: every sheet's suggestions ask again. */
const echoWords = new WeakMap<LibraryIndicator, readonly number[]>();
function telling(indicator: LibraryIndicator): readonly number[] {
  let found = echoWords.get(indicator);
  if (!found) {
    const key = nameKey(indicator.name);
    const words = new Set<string>();
    for (let i = 0; i + 2 <= key.length; i++) words.add(key.slice(i, i + 2));
    found = [...words].filter((word) => !COMMON_WORDS.has(word) && HAN_PAIR.test(word)).map((word) => pairCode(word.charCodeAt(0), word.charCodeAt(1)));
    echoWords.set(indicator, found);
  }
  return found;
}

/**
 * A small bonus for an indicator whose name echoes the project's words (援派干部在岗履职率 for 援派干部经费):
 * each telling word the project's text holds.
 */
function echoOf(indicator: LibraryIndicator, textPairs: ReadonlySet<number>): number {
  let shared = 0;
  for (const word of telling(indicator)) if (textPairs.has(word)) shared++;
  return Math.min(ECHO_MAX, shared * ECHO_STEP);
}

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

/** What suggestions need of a sheet, read once per sheet model: a sheet missing three 一级 asks three times. */
interface SheetFacts {
  weights: ReadonlyMap<ProjectType, number>;
  present: ReadonlySet<string>;
  textPairs: ReadonlySet<number>;
}
const factsOf = new WeakMap<SheetModel, SheetFacts>();
function sheetFacts(model: SheetModel): SheetFacts {
  let facts = factsOf.get(model);
  if (!facts) {
    facts = { weights: typeWeights(model), present: new Set(model.indicators.map((i) => nameKey(i.level3))), textPairs: hanPairs(projectText(model)) };
    factsOf.set(model, facts);
  }
  return facts;
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

/**
 * Two or three indicators for `level1` (and `level2` when given) that fit the project and are not on
 * the sheet yet, best first; across 二级 when no 二级 is given (at most two from one 二级).
 */
export function suggestIndicators(model: SheetModel, level1: Level1, level2?: Level2, limit = 3): LibraryIndicator[] {
  const { weights, present, textPairs } = sheetFacts(model);
  const rank = (i: LibraryIndicator) => (level2 === undefined ? LEVEL2_ORDER.indexOf(i.level2) : 0);
  const ownOrder = LEVEL2_ORDER.filter((l2) => libraryPart(level1, l2).length > 0);
  const levelStep = (i: LibraryIndicator) => (level2 === undefined ? ownOrder.indexOf(i.level2) : 0);
  // One pass (the library is walked for every missing 一级 of every sheet); `order` counts the
  // indicators not on the sheet, fitting or not, as the data order of the tie-break below.
  const candidates: Array<{ indicator: LibraryIndicator; order: number; fit: number }> = [];
  let order = 0;
  for (const indicator of libraryPart(level1, level2)) {
    if (present.has(nameKey(indicator.name)) || rank(indicator) < 0) continue;
    const at = order++;
    const fit = fitOf(indicator, weights);
    if (fit > 0) candidates.push({ indicator, order: at, fit: fit + echoOf(indicator, textPairs) - LATER_LEVEL2 * levelStep(indicator) });
  }
  // Ties: the 二级 a form needs first, then the more specific indicator (fewer types), then data order.
  candidates.sort((a, b) => b.fit - a.fit || rank(a.indicator) - rank(b.indicator) || a.indicator.types.length - b.indicator.types.length || a.order - b.order);
  const chosen: LibraryIndicator[] = [];
  const perLevel2 = new Map<Level2, number>();
  for (const { indicator } of candidates) {
    if (chosen.length >= limit) break;
    const used = perLevel2.get(indicator.level2) ?? 0;
    if (level2 === undefined && used >= 2) continue;
    perLevel2.set(indicator.level2, used + 1);
    chosen.push(indicator);
  }
  return chosen;
}

/** 「补助对象按时足额领取率」≥95%、「…」… as a finding's suggestion shows them. */
export function suggestionText(list: readonly LibraryIndicator[], separator = '、'): string {
  return list.map((i) => `「${i.name}」${i.example}`).join(separator);
}
