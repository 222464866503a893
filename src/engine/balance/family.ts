// The balance rules as catalogue data. Their hits come from the planner (it needs the cells' formulas
// and formats), which hands them to the rule runner with the other families' hits.
import type { Params, RuleDef, RuleFamily } from '../rules/types';

const BASIS = {
  zh: '表内金额勾稽关系：合计等于各项之和，支出合计等于资金来源合计，也等于按预算级次划分的合计',
  en: 'The form’s own arithmetic: a total equals its items, and spending equals both the funding sources and the split by budget level',
};

const str = (p: Params, key: string): string => String(p[key] ?? '');

export const BALANCE_RULES: RuleDef[] = [
  {
    id: 'balance.undecided',
    family: 'balance',
    severity: 'warning',
    basis: BASIS,
    message: {
      zh: (p) => `无法自动平衡（${str(p, 'relation')}）：${str(p, 'whyZh')}`,
      en: (p) => `Cannot rebalance (${str(p, 'relation')}) automatically: ${str(p, 'whyEn')}`,
    },
    suggestion: {
      zh: () => '请核对相关金额并手工调整，使两侧相等',
      en: () => 'check the amounts involved and adjust them by hand so both sides agree',
    },
  },
  {
    id: 'balance.text-part',
    family: 'balance',
    severity: 'warning',
    basis: BASIS,
    message: {
      zh: (p) => `${str(p, 'label')}填的是文字“${str(p, 'text')}”而不是金额，无法核对（${str(p, 'relation')}）`,
      en: (p) => `${str(p, 'label')} holds the text “${str(p, 'text')}”, not an amount, so (${str(p, 'relation')}) cannot be checked`,
    },
    suggestion: {
      zh: () => '请填写数字金额（没有则填0）',
      en: () => 'enter the amount as a number (0 if there is none)',
    },
  },
];

export const balanceFamily: RuleFamily = {
  name: 'balance',
  rules: BALANCE_RULES,
  check: () => [],
};
