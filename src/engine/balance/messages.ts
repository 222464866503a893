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

export function balanceReason(r: BalanceReason, lang: Lang): string {
  const unit = r.unit ? ` ${lang === 'en' ? unitEn(r.unit) : r.unit}` : '';
  const leaves = r.source.length > 1 ? ` = ${r.source.map((s) => `${s.label} ${s.amount}`).join(' + ')}` : '';
  const rule = `${r.residual} = ${[r.sourceLabel, ...r.others].join(' − ')}`;
  return lang === 'en'
    ? `${r.sourceLabel} ${r.sourceTotal}${unit}${leaves}; ${r.residual} set to ${r.after} by “${rule}”`
    : `${r.sourceLabel} ${r.sourceTotal}${unit}${leaves}；${r.residual}按“${rule}”调整为 ${r.after}`;
}

export interface SumReason {
  label: string;
  cell: string;
  items: string;
  count: number;
  expected: string;
  before: string;
  after: string;
}

export function sumReason(r: SumReason, lang: Lang): string {
  return lang === 'en'
    ? `${r.label} ${r.cell} = ${r.items} = ${r.expected} (${r.count} items); recomputed from ${r.before} to ${r.after}`
    : `${r.label} ${r.cell} = ${r.items} = ${r.expected}（${r.count} 项）；由 ${r.before} 重算为 ${r.after}`;
}

/** Why a relation could not be settled, in both languages (the finding renders the one it needs). */
export interface Why {
  zh: string;
  en: string;
}

export const why = {
  candidates: (names: string[], diff: string, unit: MoneyUnit | null): Why => ({
    zh: `${names.join('、')} 都可能吸收差额 ${diff}${unitZh(unit)}，无法判断应调整哪一项`,
    en: `${names.join(', ')} could each absorb the difference of ${diff}${unitSuffixEn(unit)}; which one to change is not clear`,
  }),
  noCandidate: (diff: string, unit: MoneyUnit | null): Why => ({
    zh: `差额 ${diff}${unitZh(unit)} 没有可吸收的财政资金项`,
    en: `no public-money part can absorb the difference of ${diff}${unitSuffixEn(unit)}`,
  }),
  formula: (cell: string, value: string, expected: string): Why => ({
    zh: `${cell} 是公式，结果 ${value} 与应有的 ${expected} 不符；公式不自动改写`,
    en: `${cell} is a formula giving ${value}, not ${expected}; formulas are not rewritten`,
  }),
  negative: (label: string, value: string): Why => ({
    zh: `${label}按差额计算为负数 ${value}`,
    en: `${label} would be negative (${value})`,
  }),
  noCell: (label: string): Why => ({
    zh: `${label} 没有可填写金额的单元格`,
    en: `${label} has no cell to write its amount in`,
  }),
  circular: (): Why => ({
    zh: '几处合计互相依赖，反复调整后仍不一致，未作任何调整',
    en: 'several totals depend on one another and never agree however often they are recomputed; nothing was changed',
  }),
  conflict: (cell: string, planned: string, wanted: string): Why => ({
    zh: `${cell} 已按另一关系调整为 ${planned}，本关系要求 ${wanted}`,
    en: `${cell} is already planned as ${planned} by another relation, this one asks for ${wanted}`,
  }),
};

/** An amount as a reason shows it: grouped, at least the cell's decimals, and exactly the value written. */
export function show(amount: string, decimals: number | null): string {
  return grouped(amount, decimals);
}

function unitZh(unit: MoneyUnit | null): string {
  return unit ? ` ${unit}` : '';
}

function unitSuffixEn(unit: MoneyUnit | null): string {
  return unit ? ` ${unitEn(unit)}` : '';
}

function unitEn(unit: MoneyUnit): string {
  return unit === '万元' ? '×10,000 yuan' : 'yuan';
}
