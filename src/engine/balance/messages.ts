// The words of a plan: why each change is made, and why a relation was left undecided.
import type { Lang, MoneyUnit } from '../schema';
import { grouped } from './decimal';

export interface Shown {
  label: string;
  /** The amount as the form shows it ("6,336.55"). */
  amount: string;
}

export interface BalanceReason {
  sourceLabel: string;
  sourceTotal: string;
  unit: MoneyUnit | null;
  /** The source side's leaves; one leaf alone (a 资金总额) is not spelled out again. */
  source: Shown[];
  residual: string;
  others: string[];
  after: string;
}

/**
 * A plain sentence: what the residual should be and why it is the one to change. The before → after
 * is shown beside the reason, so the reason does not repeat it.
 */
export function balanceReason(r: BalanceReason, lang: Lang): string {
  const leaves = r.source.length > 1 ? r.source.map((s) => s.label) : [r.sourceLabel];
  if (lang === 'en') {
    const unit = r.unit ? ` ${unitEn(r.unit)}` : '';
    const less = r.others.length ? ` less ${r.others.join(' and ')}` : '';
    return `${r.residual} should be ${r.sourceLabel} ${r.sourceTotal}${unit}${less}: ${leaves.join(' and ')} ${leaves.length > 1 ? 'stand' : 'stands'} as entered, and ${r.residual} takes up the difference`;
  }
  const less = r.others.length ? `减去${r.others.join('、')}` : '';
  return `${r.residual}应为${r.sourceLabel}${r.sourceTotal}${r.unit ?? ''}${less}：以填报的${leaves.join('和')}为准，差额由${r.residual}补足`;
}

export interface SumReason {
  label: string;
  count: number;
  expected: string;
}

/** "合计应为上方9项之和，即1,952,150.00". */
export function sumReason(r: SumReason, lang: Lang): string {
  return lang === 'en'
    ? `the ${r.label} should be the sum of the ${r.count === 1 ? 'item' : `${r.count} items`} above it: ${r.expected}`
    : `${r.label}应为上方${r.count}项之和，即${r.expected}`;
}

/** Why a relation could not be settled, in both languages (the finding renders the one it needs). */
export interface Why {
  zh: string;
  en: string;
}

export const why = {
  candidates: (names: string[], diff: string, unit: MoneyUnit | null): Why => ({
    zh: `${names.join('、')}都可能补足差额${diff}${unitZh(unit)}，无法判断应调整哪一项`,
    en: `${names.join(', ')} could each absorb the difference of ${diff}${unitSuffixEn(unit)}; which one to change is not clear`,
  }),
  noCandidate: (diff: string, unit: MoneyUnit | null): Why => ({
    zh: `差额${diff}${unitZh(unit)}没有可补足的财政资金项`,
    en: `no public-money part can absorb the difference of ${diff}${unitSuffixEn(unit)}`,
  }),
  formula: (cell: string, value: string, expected: string): Why => ({
    zh: `${cell}是公式，结果${value}与应有的${expected}不符；公式不自动改写`,
    en: `${cell} is a formula giving ${value}, not ${expected}; formulas are not rewritten`,
  }),
  negative: (label: string, value: string): Why => ({
    zh: `${label}按差额计算为负数${value}`,
    en: `${label} would be negative (${value})`,
  }),
  noCell: (label: string): Why => ({
    zh: `${label}没有可填写金额的单元格`,
    en: `${label} has no cell to write its amount in`,
  }),
  circular: (): Why => ({
    zh: '几处合计互相依赖，反复调整后仍不一致，未作任何调整',
    en: 'several totals depend on one another and never agree however often they are recomputed; nothing was changed',
  }),
  conflict: (cell: string, planned: string, wanted: string): Why => ({
    zh: `${cell}已按另一关系调整为${planned}，本关系要求${wanted}`,
    en: `${cell} is already planned as ${planned} by another relation, this one asks for ${wanted}`,
  }),
};

/** An amount as a reason shows it: grouped, at least the cell's decimals, and exactly the value written. */
export function show(amount: string, decimals: number | null): string {
  return grouped(amount, decimals);
}

function unitZh(unit: MoneyUnit | null): string {
  return unit ?? '';
}

function unitSuffixEn(unit: MoneyUnit | null): string {
  return unit ? ` ${unitEn(unit)}` : '';
}

function unitEn(unit: MoneyUnit): string {
  return unit === '万元' ? '(10k yuan)' : 'yuan';
}
