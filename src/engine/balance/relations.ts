import type { Term } from './terms';

/** A 合计 / 小计 / 总计 cell and the item cells it sums: the total is derived, the items are leaves. */
export interface SumRelation {
  kind: 'sum';
  /** E.g. "合计: D21 = SUM(D12:D20)". */
  relation: string;
  total: Term;
  items: Term[];
}

/**
 * Two sides that must agree: `source` (leaves, authoritative: 基本支出 + 项目支出, or a 资金总额)
 * and `parts` (a funding or level breakdown) where one residual part absorbs any difference.
 */
export interface BalanceRelation {
  kind: 'balance';
  /** E.g. "收支平衡: 基本支出+项目支出 = 财政拨款+其他资金". */
  relation: string;
  /** What the source side adds up to, in words: 支出合计, 资金总额. */
  sourceLabel: string;
  source: Term[];
  parts: Term[];
  /** The parts that may absorb the difference; exactly one is needed to decide. */
  candidates: Term[];
}

export type Relation = SumRelation | BalanceRelation;
