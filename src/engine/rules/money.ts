// The money family (issue 4): amounts that are not numbers or negative, units inferred, the
// department form's identities, and totals across the key tasks and project sheets.
import { MONEY_FIELD_RULES, checkMoneyFields } from './moneyFields';
import { MONEY_IDENTITY_RULES, checkMoneyIdentities } from './moneyIdentity';
import { MONEY_KEY_TASK_RULES, checkKeyTasksVsProjects } from './moneyKeyTasks';
import { MONEY_TOTAL_RULES, checkMoneyTotals } from './moneyTotals';
import { MONEY_TOTAL_MISMATCH_RULES } from './moneyTotalMismatch';
import type { RuleFamily } from './types';

export const moneyFamily: RuleFamily = {
  name: 'money',
  rules: [...MONEY_IDENTITY_RULES, ...MONEY_TOTAL_MISMATCH_RULES, ...MONEY_FIELD_RULES, ...MONEY_TOTAL_RULES, ...MONEY_KEY_TASK_RULES],
  check({ model }) {
    const sheets = model.sheets;
    return checkMoneyIdentities(sheets).concat(checkMoneyFields(sheets), checkMoneyTotals(sheets), checkKeyTasksVsProjects(sheets));
  },
};
