// money.total-mismatch: a 合计 / 小计 / 总计 or a 资金总额 block part that does not add up. Its hits come
// from the rebalance planner (balance/mismatch.ts), which knows the relations and the exact amounts;
// the rule is catalogue data here so the check lists it with the other money rules.
import type { Params, RuleDef } from './types';

const str = (p: Params, key: string): string => String(p[key] ?? '');

// The same words in the task pane and on the command line: name both ways to recompute, not one host's page.
const ONE_STEP_ZH = '可一键重算（加载项“平衡”页，或命令行 --rebalance）';
const ONE_STEP_EN = 'it can be recomputed in one step (the add-in’s Rebalance page, or --rebalance on the command line)';

export const MONEY_TOTAL_MISMATCH_RULES: RuleDef[] = [
  {
    id: 'money.total-mismatch',
    family: 'money',
    severity: 'error',
    basis: { zh: '表样勾稽关系（合计等于各项之和，资金总额等于各资金来源之和）', en: 'the form’s own arithmetic (a total equals its items; 资金总额 equals its sources)' },
    message: {
      zh: (p) =>
        p.kind === 'sum'
          ? `${str(p, 'label')}为${str(p, 'before')}，不等于各项之和${str(p, 'expected')}；${ONE_STEP_ZH}`
          : `${str(p, 'label')}为${str(p, 'before')}，与${str(p, 'sourceLabel')}不符（${str(p, 'relation')}），应为${str(p, 'expected')}；${ONE_STEP_ZH}`,
      en: (p) =>
        p.kind === 'sum'
          ? `${str(p, 'label')} ${str(p, 'before')} is not the sum of its items, ${str(p, 'expected')}; ${ONE_STEP_EN}`
          : `${str(p, 'label')} ${str(p, 'before')} does not agree with ${str(p, 'sourceLabel')} (${str(p, 'relation')}): it should be ${str(p, 'expected')}; ${ONE_STEP_EN}`,
    },
    suggestion: {
      zh: (p) => (p.kind === 'sum' ? `改为${str(p, 'expected')}（各项之和）` : `改为${str(p, 'expected')}`),
      en: (p) => (p.kind === 'sum' ? `Change it to ${str(p, 'expected')} (the sum of the items)` : `Change it to ${str(p, 'expected')}`),
    },
  },
];
