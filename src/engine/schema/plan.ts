import { z } from 'zod';
import { CellValueSchema } from './snapshot';

/** One planned write of a rebalance: `before` must still be in the cell when the plan is applied. */
export const ChangeSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  before: CellValueSchema,
  after: CellValueSchema,
  reason: z.string(),
  /** Which relation asked for it, e.g. "收支平衡: 基本支出+项目支出 = 财政拨款+其他资金". */
  relation: z.string(),
});

export type Change = z.infer<typeof ChangeSchema>;
