// Each amount on its own: a number, not negative, its unit stated (money.not-a-number, money.negative,
// money.unit-inferred, money.text-amount).
import { memoByText } from '../memo';
import { compare, isNegative, unitWritten } from '../money';
import type { Amount, Lang, SheetModel } from '../schema';
import { formatAmount, isBlankMark, money, unitName } from './moneyText';
import type { Hit, Params, RuleDef } from './types';

/** Header fields that hold money, department form first, then the project form's 年度预算金额. */
export const MONEY_FIELDS = [
  '基本支出',
  '项目支出',
  '财政拨款',
  '其他资金',
  '财政专项资金',
  '其他事业发展性支出',
  '省本级使用资金',
  '拟用于对下转移支付资金',
  '年度预算金额',
] as const;

const FORM_ITSELF = { zh: '表样（金额栏应填数字）', en: 'the form itself (amount cells hold numbers)' };

export const MONEY_FIELD_RULES: RuleDef[] = [
  {
    id: 'money.not-a-number',
    family: 'money',
    severity: 'error',
    basis: FORM_ITSELF,
    message: {
      zh: (p) => `${p.label}应填金额，但单元格内容“${p.text}”不是数字，无法参与合计`,
      en: (p) => `${p.label} should be an amount, but the cell holds “${p.text}”, which is not a number and cannot be added up`,
    },
    suggestion: {
      zh: () => '只填数字（如115200或6,336.55），单位写在标签或表头里，不写在金额单元格中',
      en: () => 'enter the number only (e.g. 115200 or 6,336.55); put the unit in the label or header, not in the amount cell',
    },
  },
  {
    // Found by the rebalance planner (balance/textAmounts.ts), which sees whether a cell holds text.
    id: 'money.text-amount',
    family: 'money',
    severity: 'warning',
    basis: { zh: '表样（金额栏应填数字；Excel 求和会跳过文字）', en: 'the form itself (amount cells hold numbers; Excel’s SUM skips text)' },
    message: {
      zh: (p) => `金额“${p.text}”是文字而不是数字，按${amountWords(p, 'zh')}计算`,
      en: (p) => `the amount “${p.text}” is text, not a number; it was read as ${amountWords(p, 'en')}`,
    },
    suggestion: {
      zh: (p) => `改为数字${p.value}${p.unit ? `（单位：${p.unit}）` : ''}`,
      en: (p) => `enter it as the number ${p.value}${p.unit ? ` (unit: ${unitName(String(p.unit), 'en')})` : ''}`,
    },
  },
  {
    id: 'money.negative',
    family: 'money',
    severity: 'error',
    basis: { zh: '常识（预算金额不能为负数）', en: 'common sense (a budget amount cannot be negative)' },
    message: {
      zh: (p) => `${p.label}为负数：${money(p.value, p.unit, 'zh')}`,
      en: (p) => `${p.label} is negative: ${money(p.value, p.unit, 'en')}`,
    },
    suggestion: {
      zh: () => '核对金额，填入正数；没有该项资金时填0',
      en: () => 'check the amount and enter a positive number; enter 0 where there is no such funding',
    },
  },
  {
    id: 'money.unit-inferred',
    family: 'money',
    severity: 'info',
    // The form's own convention (project amounts in 元, no label) is not the user's to fix.
    note: true,
    basis: { zh: '表样（部门整体表以万元、项目表年度预算金额以元填报）', en: 'the form itself (department form in 万元, project 年度预算金额 in 元)' },
    message: {
      zh: (p) =>
        `${p.label}为${formatPlain(p.value)}，未注明单位，${p.reason === 'magnitude' ? '按金额大小' : '按表样惯例'}推定为${p.unit}`,
      en: (p) =>
        `${p.label} ${formatPlain(p.value)} states no unit; ${p.unit} was assumed ${
          p.reason === 'magnitude' ? 'from the size of the amount (10,000 or more)' : 'from the form’s convention'
        }`,
    },
    suggestion: {
      zh: (p) => `在标签或表头注明单位，如“${p.labelText}（${p.unit}）”`,
      en: (p) => `state the unit in the label or header, e.g. “${p.labelText}（${p.unit}）”`,
    },
  },
];

/** "40,000.00元", or the amount alone when no unit is known. */
function amountWords(p: Params, lang: Lang): string {
  return p.unit ? money(p.value, p.unit, lang) : formatAmount(String(p.value));
}

function formatPlain(value: string | number): string {
  return formatAmount(String(value));
}

/** One amount cell; `label` names it in messages (the label as written, or the key task's name). */
interface AmountCell {
  sheet: string;
  cell: string;
  label: string;
  labelText: string;
  text: string;
  amount?: Amount;
}

/** A label as messages name it: its spaces (产 出 指 标, line breaks) dropped. */
const withoutSpaces = memoByText((label) => label.replace(/\s+/g, ''));

/**
 * Whether an amount cell has a finding at all: most have none, and are passed over before anything
 * is made for them (indexed loops below: this runs per field and key task of every sheet).
 */
function hasFinding(text: string, amount: Amount | undefined): boolean {
  if (!amount) return !isBlankMark(text);
  return isNegative(amount.value) || (amount.unitInferred && unitWritten(text) === null);
}

export function checkMoneyFields(sheets: SheetModel[]): Hit[] {
  const hits: Hit[] = [];
  for (let s = 0; s < sheets.length; s++) {
    const sheet = sheets[s];
    for (let k = 0; k < MONEY_FIELDS.length; k++) {
      const field = sheet.header[MONEY_FIELDS[k]];
      if (!field || !hasFinding(field.value, field.amount)) continue;
      const written = withoutSpaces(field.label) || MONEY_FIELDS[k];
      amountHits({ sheet: sheet.name, cell: field.cell, label: written, labelText: written, text: field.value, amount: field.amount }, hits);
    }
    const tasks = sheet.keyTasks;
    for (let t = 0; t < tasks.length; t++) {
      const task = tasks[t];
      if (!task.cells.amount || !hasFinding(task.amountText, task.amount)) continue;
      const label = `重点工作任务「${task.name}」的拟投入资金`;
      amountHits({ sheet: sheet.name, cell: task.cells.amount, label, labelText: '拟投入的资金', text: task.amountText, amount: task.amount }, hits);
    }
  }
  return hits;
}

function amountHits(c: AmountCell, hits: Hit[]): void {
  const { sheet, cell } = c;
  if (!c.amount) {
    if (!isBlankMark(c.text)) hits.push({ sheet, cell, rule: 'money.not-a-number', params: { label: c.label, text: c.text } });
    return;
  }
  const { value, unit, unitInferred } = c.amount;
  if (isNegative(value)) hits.push({ sheet, cell, rule: 'money.negative', params: { label: c.label, value, unit } });
  // A unit typed into the cell itself ("11.52万元") is not "no unit": saying one was inferred would be wrong.
  if (unitInferred && unitWritten(c.text) === null) {
    // The reader's inference (layout/headerFields.ts): 10,000 or more is 元, smaller follows the form.
    const reason = unit === '元' && compare(value.replace(/^-/, ''), '10000') >= 0 ? 'magnitude' : 'convention';
    hits.push({ sheet, cell, rule: 'money.unit-inferred', params: { label: c.label, labelText: c.labelText, value, unit, reason } });
  }
}
