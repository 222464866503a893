// What kind of project a sheet is, read from its words: the name weighs most, then 设立依据 and
// 项目概述, then the indicators already filled in. Pure; a project may be of several types
// (a 宣传办刊及慰问 project is 宣传出版 and 慰问帮扶).
import type { SheetModel } from '../schema';
import type { ProjectType } from '../schema';
import { memoByText } from '../memo';

/** Words that mark a type. Kept specific: 建设 alone is in every 设立依据 (经济社会建设), 服务 in most. */
export const TYPE_KEYWORDS: Readonly<Record<Exclude<ProjectType, '通用'>, readonly string[]>> = {
  会议: ['会议', '会务', '对接会', '推介会', '座谈会', '研讨会', '论坛', '峰会', '年会', '交流活动'],
  培训: ['培训', '轮训', '研修', '培训班', '讲座', '学习班'],
  补助补贴: ['补助', '补贴', '津贴', '抚恤', '救助', '资助', '奖补', '生活费', '遗属'],
  慰问帮扶: ['慰问', '帮扶', '关怀', '走访', '双拥', '困难党员', '困难职工'],
  信息化运维: ['网站', '政务新媒体', '信息化', '信息系统', '运维', '平台', '软件', '网络安全', '机房', '数据库', '电子政务'],
  宣传出版: ['宣传', '出版', '公报', '刊物', '办刊', '印刷', '编印', '科普', '普及'],
  调研课题: ['调研', '课题', '研究', '决策咨询', '决策参考', '咨询', '专家', '规划编制'],
  监测评估: ['监测', '评估', '预警', '检测', '测评', '分析报告', '绩效评价'],
  保险保费: ['保险', '保费', '承保', '理赔', '赔付', '参保'],
  设备购置: ['购置', '设备采购', '采购设备', '装备', '车辆', '仪器'],
  工程建设: ['工程', '施工', '改造', '修缮', '新建', '改扩建', '基建', '建设项目'],
  专项检查: ['检查', '督查', '执法', '稽查', '排查', '整治', '巡查', '打击', '处置', '线索'],
  购买服务: ['购买服务', '购买', '服务费', '委托', '外包', '第三方'],
};

const WEIGHTS = { name: 3, basis: 1, indicator: 1 } as const;
/** Indicators count once each, at most this many per type, so a long table does not drown the name. */
const INDICATOR_CAP = 3;

export interface TypeEvidence {
  type: Exclude<ProjectType, '通用'>;
  score: number;
  /** Where it was read: "项目名称：补助", "设立依据：培训", "指标：举办培训场数". */
  evidence: string[];
}

function hits(text: string, words: readonly string[]): string[] {
  return words.filter((w) => text.includes(w));
}

const TYPE_ENTRIES = Object.entries(TYPE_KEYWORDS) as Array<[TypeEvidence['type'], readonly string[]]>;

/**
 * Every keyword of every type, looked up by its first character: a text is scanned once for all of
 * them instead of once per word. A slot is one (type, word) pair; SLOT_TYPE gives its type's index.
 */
const SLOT_TYPE: number[] = [];
const SLOTS_BY_FIRST = new Map<number, Array<{ word: string; slot: number }>>();
TYPE_ENTRIES.forEach(([, words], type) => {
  for (const word of words) {
    const slot = SLOT_TYPE.push(type) - 1;
    const first = word.charCodeAt(0);
    const list = SLOTS_BY_FIRST.get(first) ?? [];
    list.push({ word, slot });
    SLOTS_BY_FIRST.set(first, list);
  }
});

/** The distinct keyword slots a text holds. Names and indicators repeat across sheets: remembered by text. */
const slotsIn = memoByText((text: string): readonly number[] => {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const starting = SLOTS_BY_FIRST.get(text.charCodeAt(at));
    if (!starting) continue;
    for (const { word, slot } of starting) if (text.startsWith(word, at) && !found.includes(slot)) found.push(slot);
  }
  return found;
});

/** The types (as bits of their index) with a keyword in the text. */
const typeBitsIn = memoByText((text: string): number => {
  let bits = 0;
  for (const slot of slotsIn(text)) bits |= 1 << SLOT_TYPE[slot];
  return bits;
});

/** Keyword counts per type index, reused by every call (typeScoresInto is not re-entered). */
const IN_BASIS = new Int32Array(TYPE_ENTRIES.length);
const IN_INDICATORS = new Int32Array(TYPE_ENTRIES.length);

/** Adds 1 to counts[type] for each distinct keyword slot of the text. */
function countSlots(slots: readonly number[], counts: Int32Array, skip: readonly number[] = NO_SLOTS): void {
  for (let i = 0; i < slots.length; i++) if (!skip.includes(slots[i])) counts[SLOT_TYPE[slots[i]]]++;
}
const NO_SLOTS: readonly number[] = [];

/**
 * Each type's score by its index (TYPE_KEYWORDS' order) into `scores`, as inferProjectTypes gives
 * them, without collecting the evidence: each text is scanned once for all types' words.
 * Indexed loops, no objects: suggestions ask this for every sheet, in V8's interpreter tier.
 */
export function typeScoresInto(model: SheetModel, scores: Int32Array): void {
  const inName = typeBitsIn(model.header['项目名称']?.value || model.name);
  // The keywords of 设立依据 and 项目概述 together, each once (no keyword spans the two).
  IN_BASIS.fill(0);
  const basis = slotsIn(model.header['设立依据']?.value ?? '');
  countSlots(basis, IN_BASIS);
  countSlots(slotsIn(model.header['项目概述']?.value ?? ''), IN_BASIS, basis);
  IN_INDICATORS.fill(0);
  const { indicators } = model;
  for (let i = 0; i < indicators.length; i++) {
    const bits = typeBitsIn(indicators[i].level3);
    if (bits !== 0) for (let type = 0; type < TYPE_ENTRIES.length; type++) if (bits & (1 << type)) IN_INDICATORS[type]++;
  }
  for (let type = 0; type < TYPE_ENTRIES.length; type++) {
    scores[type] = (inName & (1 << type) ? WEIGHTS.name : 0) + WEIGHTS.basis * Math.min(IN_BASIS[type], 2) + WEIGHTS.indicator * Math.min(IN_INDICATORS[type], INDICATOR_CAP);
  }
}

/** The indexes of the types scored above 0, best first (ties in index order, as a stable sort). */
export function typesByScore(scores: Int32Array): number[] {
  const order: number[] = [];
  for (let type = 0; type < scores.length; type++) {
    if (scores[type] <= 0) continue;
    // Insertion: after every type scored at least as high.
    let at = order.length;
    order.push(type);
    for (; at > 0 && scores[order[at - 1]] < scores[type]; at--) order[at] = order[at - 1];
    order[at] = type;
  }
  return order;
}

/**
 * The scores alone, as inferProjectTypes gives them (same order, same ties), without collecting the
 * evidence.
 */
export function projectTypeScores(model: SheetModel): Array<{ type: TypeEvidence['type']; score: number }> {
  const scores = new Int32Array(TYPE_ENTRIES.length);
  typeScoresInto(model, scores);
  return typesByScore(scores).map((type) => ({ type: TYPE_ENTRIES[type][0], score: scores[type] }));
}

/** The project's types with their scores, best first; empty when nothing on the sheet says. */
export function inferProjectTypes(model: SheetModel): TypeEvidence[] {
  const name = model.header['项目名称']?.value || model.name;
  const basis = ['设立依据', '项目概述'].map((k) => model.header[k]?.value ?? '').join('\n');
  const found: TypeEvidence[] = [];
  for (const [type, words] of Object.entries(TYPE_KEYWORDS) as Array<[TypeEvidence['type'], readonly string[]]>) {
    const evidence: string[] = [];
    let score = 0;
    const inName = hits(name, words);
    if (inName.length) {
      score += WEIGHTS.name;
      evidence.push(`项目名称：${inName.join('、')}`);
    }
    const inBasis = hits(basis, words);
    if (inBasis.length) {
      score += WEIGHTS.basis * Math.min(inBasis.length, 2);
      evidence.push(`设立依据：${inBasis.join('、')}`);
    }
    const indicators = model.indicators.filter((i) => hits(i.level3, words).length > 0).slice(0, INDICATOR_CAP);
    if (indicators.length) {
      score += WEIGHTS.indicator * indicators.length;
      evidence.push(...indicators.map((i) => `指标：${i.level3}`));
    }
    if (score > 0) found.push({ type, score, evidence });
  }
  return found.sort((a, b) => b.score - a.score);
}
