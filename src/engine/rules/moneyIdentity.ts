// The department form's totals must agree (money.identity-funding, money.identity-level):
//   基本支出 + 项目支出 = 财政拨款 + 其他资金 = 省本级使用资金 + 拟用于对下转移支付资金.
// One finding per broken identity, on the residual cell (财政拨款 / 省本级使用资金 — the item that
// absorbs a difference when rebalancing), with the other three cells in `related`: the user sees one
// reason on the cell most likely to be wrong, and the task pane can still point at every cell involved.
import { convert, equal, minus, sum } from '../money';
import type { Lang, MoneyUnit, SheetModel } from '../schema';
import { formatAmount, money } from './moneyText';
import type { Hit, Params, RuleDef } from './types';

interface Identity {
  rule: string;
  /** The right-hand side; the first item is the residual that carries the finding. */
  right: [string, string];
}

const LEFT: [string, string] = ['基本支出', '项目支出'];
const IDENTITIES: Identity[] = [
  { rule: 'money.identity-funding', right: ['财政拨款', '其他资金'] },
  { rule: 'money.identity-level', right: ['省本级使用资金', '拟用于对下转移支付资金'] },
];

const BASIS = {
  zh: '表样（预算整体情况：部门预算支出合计 = 收入来源合计 = 按预算级次划分合计）',
  en: 'the form itself (预算整体情况: total spending = total funding = total by budget level)',
};

function side(p: Params, prefix: 'l' | 'r', lang: Lang): string {
  const item = (i: number) => {
    const cell = lang === 'zh' ? `（${p[`${prefix}${i}Cell`]}）` : ` (${p[`${prefix}${i}Cell`]}) `;
    // A part in another unit than the sum is shown as written, with its unit.
    const own = p[`${prefix}${i}Unit`];
    const amount = own === p.unit ? formatAmount(String(p[`${prefix}${i}Value`])) : money(p[`${prefix}${i}Written`], own, lang);
    return `${p[`${prefix}${i}`]}${cell}${amount}`;
  };
  return `${item(1)} + ${item(2)} = ${money(p[`${prefix}Total`], p.unit, lang)}`;
}

function identityRule(id: string): RuleDef {
  return {
    id,
    family: 'money',
    severity: 'error',
    basis: BASIS,
    message: {
      zh: (p) => `${side(p, 'l', 'zh')}，但${side(p, 'r', 'zh')}，相差${money(p.diff, p.unit, 'zh')}`,
      en: (p) => `${side(p, 'l', 'en')}, but ${side(p, 'r', 'en')}: they differ by ${money(p.diff, p.unit, 'en')}`,
    },
    suggestion: {
      zh: (p) => `核对各项金额；若${p.l1}和${p.l2}无误，${p.r1}应为${money(p.expected, p.unit, 'zh')}（${p.r2}不变）`,
      en: (p) => `Check the amounts; if ${p.l1} and ${p.l2} are right, ${p.r1} should be ${money(p.expected, p.unit, 'en')} (${p.r2} unchanged)`,
    },
  };
}

export const MONEY_IDENTITY_RULES: RuleDef[] = IDENTITIES.map((i) => identityRule(i.rule));

export function checkMoneyIdentities(sheets: SheetModel[]): Hit[] {
  const hits: Hit[] = [];
  for (const sheet of sheets) {
    if (sheet.kind !== 'department') continue;
    for (const identity of IDENTITIES) {
      const hit = checkIdentity(sheet, identity);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

function checkIdentity(sheet: SheetModel, identity: Identity): Hit | null {
  const keys = [...LEFT, ...identity.right];
  const fields = keys.map((k) => sheet.header[k]);
  // Only when every part is a number: an empty or textual part is another rule's finding, not a sum.
  if (fields.some((f) => !f?.amount)) return null;
  // Shown in the residual cell's unit: the one the fix will be written in.
  const unit = fields[2].amount?.unit as MoneyUnit;
  const values = fields.map((f) => convert(f.amount?.value as string, f.amount?.unit as MoneyUnit, unit));
  const left = sum([values[0], values[1]]);
  const right = sum([values[2], values[3]]);
  if (equal(left, right)) return null;
  const params: Params = { unit, lTotal: left, rTotal: right, diff: minus(left, right).replace(/^-/, '') };
  keys.forEach((key, i) => {
    const name = i < 2 ? `l${i + 1}` : `r${i - 1}`;
    params[name] = key;
    params[`${name}Cell`] = fields[i].cell;
    params[`${name}Value`] = values[i];
    params[`${name}Unit`] = fields[i].amount?.unit as MoneyUnit;
    params[`${name}Written`] = fields[i].amount?.value as string;
  });
  params.expected = minus(left, values[3]);
  return {
    rule: identity.rule,
    sheet: sheet.name,
    cell: fields[2].cell,
    params,
    related: [fields[0].cell, fields[1].cell, fields[3].cell],
  };
}
