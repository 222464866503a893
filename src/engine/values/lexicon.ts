// The words and symbols of the value grammar: comparison operators, their suffix forms, direction words.
import type { Direction, Operator } from '../schema';

/** How an operator was written: a canonical symbol, an ASCII pair such as >=, or Chinese words. */
export type OperatorSpelling = 'symbol' | 'ascii' | 'word';

export interface OperatorToken {
  op: Operator;
  text: string;
  spelling: OperatorSpelling;
  /** 达到 ("reach") yields to a suffix operator: 达到90%以上 means ≥90%. */
  weak?: boolean;
}

const WORDS: Array<[Operator, string[]]> = [
  ['≥', ['大于或等于', '大于等于', '不低于', '不少于', '不小于', '至少', '最少', '最低']],
  ['≤', ['小于或等于', '小于等于', '不超过', '不高于', '不多于', '不大于', '至多', '最多', '最高']],
  ['>', ['大于', '高于', '超过', '多于']],
  ['<', ['小于', '低于', '少于']],
  ['=', ['等于', '达到']],
];

const SYMBOLS: OperatorToken[] = [
  { op: '≥', text: '>=', spelling: 'ascii' },
  { op: '≥', text: '=>', spelling: 'ascii' },
  { op: '≤', text: '<=', spelling: 'ascii' },
  { op: '≤', text: '=<', spelling: 'ascii' },
  { op: '≥', text: '≥', spelling: 'symbol' },
  { op: '≤', text: '≤', spelling: 'symbol' },
  { op: '>', text: '>', spelling: 'symbol' },
  { op: '<', text: '<', spelling: 'symbol' },
  { op: '=', text: '=', spelling: 'symbol' },
];

/** Longest first, so 不超过 wins over 超过 and >= over >. */
const PREFIX_TOKENS: OperatorToken[] = [
  ...SYMBOLS,
  ...WORDS.flatMap(([op, words]) => words.map((text): OperatorToken => ({ op, text, spelling: 'word', weak: text === '达到' }))),
].sort((a, b) => b.text.length - a.text.length);

/** Operators written after the quantity: 90%以上, 5天内. */
const SUFFIX_TOKENS: OperatorToken[] = (
  [
    ['≥', '及以上'], ['≥', '以上'], ['≤', '及以下'], ['≤', '以下'], ['≤', '及以内'], ['≤', '以内'], ['≤', '之内'], ['≤', '内'],
  ] as Array<[Operator, string]>
).map(([op, text]) => ({ op, text, spelling: 'word' }));

export function operatorAt(text: string, pos: number): OperatorToken | null {
  return PREFIX_TOKENS.find((t) => text.startsWith(t.text, pos)) ?? null;
}

/** An operator suffix at the end of the text, provided something stands before it. */
export function operatorSuffix(text: string): OperatorToken | null {
  return SUFFIX_TOKENS.find((t) => text.length > t.text.length && text.endsWith(t.text)) ?? null;
}

/** The whole text is one operator token (for split layouts whose 指标值类型 column holds ≥ or 不低于). */
export function operatorOnly(text: string): OperatorToken | null {
  const token = operatorAt(text, 0);
  return token && token.text.length === text.length ? token : null;
}

/** Whether a prefix and a suffix operator say the same thing (≥90%以上) rather than contradict (≥5天内). */
export function operatorsAgree(prefix: Operator, suffix: Operator): boolean {
  const up = (op: Operator) => op === '≥' || op === '>';
  const down = (op: Operator) => op === '≤' || op === '<';
  return (up(prefix) && up(suffix)) || (down(prefix) && down(suffix));
}

/**
 * Comparison bases that may stand before a direction word: 同比增长5%, 较上年下降10%, and a base year
 * or period named outright, as the checker itself asks (较2025年下降≥10%, 比基期提高5个百分点).
 */
const BASE = /^(同比|环比|年均|(较|比)(上年|去年|上一年|前一年|基期年?|\d{4}年(末|底|度)?))/;

const DECREASE = ['减少', '下降', '降低', '减小', '缩短', '缩减', '压缩', '压降'];
const INCREASE = ['增加', '增长', '提高', '提升', '上升', '增强', '扩大'];
/** Single characters count only directly before a number or as the whole cell (a truncated 减少). */
const SHORT: Array<[Direction, string]> = [['decrease', '减'], ['increase', '增']];

const DIRECTION_TOKENS: Array<[Direction, string]> = [
  ...DECREASE.map((w): [Direction, string] => ['decrease', w]),
  ...INCREASE.map((w): [Direction, string] => ['increase', w]),
];

/** Base and direction words at the start of a quantity: "同比增长", "减少", or "" when none. */
export function directionPrefix(text: string): { text: string; direction: Direction | null } {
  const base = BASE.exec(text)?.[0] ?? '';
  const rest = text.slice(base.length);
  const word = [...DIRECTION_TOKENS, ...SHORT].find(([, w]) => rest.startsWith(w));
  if (!word) return { text: '', direction: null };
  return { text: base + word[1], direction: word[0] };
}

/** The direction a qualitative phrase states (减少, 稳步提高), or null when none or both. */
export function directionOfPhrase(text: string): Direction | null {
  const whole = SHORT.find(([, w]) => w === text);
  if (whole) return whole[0];
  const found = new Set(DIRECTION_TOKENS.filter(([, w]) => text.includes(w)).map(([d]) => d));
  return found.size === 1 ? [...found][0] : null;
}

/** Whether an operator word stands anywhere in the text (a unit never holds one: 万元以上以内 is two operators). */
export function containsOperatorWord(text: string): boolean {
  return [...PREFIX_TOKENS, ...SUFFIX_TOKENS].some((t) => t.spelling === 'word' && t.text.length > 1 && text.includes(t.text));
}
