import type { Term } from './terms';

/**
 * Where a relation comes from: the department form's identities (money.identity-* report them), a
 * 合计 / 小计 / 总计 row, or a project form's 资金总额 block (money.total-mismatch reports those).
 */
export type RelationOrigin = 'department' | 'total-row' | 'fund-block';

/** A 合计 / 小计 / 总计 cell and the item cells it sums: the total is derived, the items are leaves. */
export interface SumRelation {
  kind: 'sum';
  origin: 'total-row';
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
  origin: 'department' | 'fund-block';
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

/** Rows first…last (the indicator table), whose targets are not money to sum; none when last < first. */
export interface SkippedRows {
  readonly first: number;
  readonly last: number;
}
