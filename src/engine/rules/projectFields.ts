// The project form's own fields (issue 4): required fields filled, years that are years and in order.
import type { Severity, SheetModel } from '../schema';
import { memoByText } from '../memo';
import { isBlankMark } from './moneyText';
import type { Hit, RuleDef, RuleFamily } from './types';

/**
 * Required fields by how sure an empty one is a defect: the name, period, amount and goals are what
 * the form exists for (error); type, department, user and basis are asked by every template but some
 * layouts leave them to other sheets (warning); the 项目概述 is often left as "-" (info).
 * A cell holding only a dash counts as empty.
 */
const REQUIRED: Array<{ key: string; severity: Severity }> = [
  { key: '项目名称', severity: 'error' },
  { key: '起始年度', severity: 'error' },
  { key: '到期年度', severity: 'error' },
  { key: '年度预算金额', severity: 'error' },
  { key: '年度目标', severity: 'error' },
  { key: '实施周期总目标', severity: 'error' },
  { key: '项目类型', severity: 'warning' },
  { key: '主管部门', severity: 'warning' },
  { key: '用款单位', severity: 'warning' },
  { key: '设立依据', severity: 'warning' },
  { key: '项目概述', severity: 'info' },
];

const FORM = { zh: '表样（项目绩效目标表的必填栏目）', en: 'the form itself (the fields of 项目绩效目标表)' };
/**
 * A year as forms write it: 2023, 2023年, 2023年度, a year and month or a date (2023年1月, 2023年1月1日,
 * 2023-01, 2023-01-01, 2023/1/1, 2023.1), or a date cell shown as m/d/yyyy.
 */
const YEAR = /^(\d{4})(年度?|年\d{1,2}月(\d{1,2}日)?|[-/.]\d{1,2}([-/.]\d{1,2})?)?$/;
const DATE_YEAR_LAST = /^\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2})$/;
/** Chinese numerals of a year written out: 二〇二三年, 二零二三年度. */
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CHINESE_YEAR = /^([〇零○一二三四五六七八九]{4})(年度?)?$/;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export const PROJECT_RULES: RuleDef[] = [
  {
    id: 'project.required-empty',
    family: 'project',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `${p.label}未填写${p.dash ? `（只有“${p.dash}”）` : ''}`,
      en: (p) => `${p.label} is not filled in${p.dash ? ` (only “${p.dash}”)` : ''}`,
    },
    suggestion: {
      zh: (p) => `在${p.cell}填写${p.label}`,
      en: (p) => `fill in ${p.label} in ${p.cell}`,
    },
  },
  {
    id: 'project.end-before-start',
    family: 'project',
    severity: 'error',
    basis: { zh: '常识（实施周期不能倒置）', en: 'common sense (a period cannot end before it starts)' },
    message: {
      zh: (p) => `到期年度${p.end}早于起始年度${p.start}（${p.startCell}）`,
      en: (p) => `the end year ${p.end} is before the start year ${p.start} (${p.startCell})`,
    },
    suggestion: {
      zh: () => '核对实施周期，到期年度应不早于起始年度',
      en: () => 'check the period: the end year must not be before the start year',
    },
  },
  {
    id: 'project.start-after-budget-year',
    family: 'project',
    severity: 'warning',
    basis: { zh: '常识（申报某年预算的项目应在该年或之前开始）', en: 'common sense (a project budgeted for a year starts in or before that year)' },
    message: {
      zh: (p) => `起始年度${p.start}晚于「${p.budgetLabel}」（${p.budgetCell}）的${p.budgetYear}年`,
      en: (p) => `the start year ${p.start} is after ${p.budgetYear}, the year of “${p.budgetLabel}” (${p.budgetCell})`,
    },
    suggestion: {
      zh: (p) => `核对起始年度是否应为${p.budgetYear}年或更早，或预算金额的年度是否写错`,
      en: (p) => `check whether the start year should be ${p.budgetYear} or earlier, or whether the budget label names the wrong year`,
    },
  },
  {
    id: 'project.ended-before-budget-year',
    family: 'project',
    severity: 'warning',
    basis: { zh: '常识（已到期的项目不应再申报新年度的预算）', en: 'common sense (a project that has ended asks for no budget in a later year)' },
    message: {
      zh: (p) => `到期年度${p.end}早于「${p.budgetLabel}」（${p.budgetCell}）的${p.budgetYear}年：项目在预算年度之前已经结束`,
      en: (p) => `the end year ${p.end} is before ${p.budgetYear}, the year of “${p.budgetLabel}” (${p.budgetCell}): the project ends before the budget year`,
    },
    suggestion: {
      zh: (p) => `若项目延续到${p.budgetYear}年，把到期年度改为${p.budgetYear}年或更晚；否则核对预算金额的年度`,
      en: (p) => `if the project runs into ${p.budgetYear}, change the end year to ${p.budgetYear} or later; otherwise check the year of the budget amount`,
    },
  },
  {
    id: 'project.not-a-year',
    family: 'project',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `${p.label}“${p.text}”不是年份（应为${FIRST_YEAR}–${LAST_YEAR}之间的四位年份）`,
      en: (p) => `${p.label} “${p.text}” is not a year (a four-digit year between ${FIRST_YEAR} and ${LAST_YEAR})`,
    },
    suggestion: {
      zh: (p) => `填写四位年份，如${p.example}年`,
      en: (p) => `enter a four-digit year, e.g. ${p.example}年`,
    },
  },
];

/**
 * The year a 起始年度/到期年度 cell names ("2023", "2023年", "二〇二三年", "2023年1月", a date cell's
 * text), or null when it is not a year. A date shown with a two-digit year (1/1/23) is read as 20xx.
 */
export function yearOf(text: string): number | null {
  return cachedYear(text);
}

// Remembered: the value rules ask again for each sheet's years, once per indicator.
const cachedYear = memoByText((text: string): number | null => {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  const chinese = CHINESE_YEAR.exec(compact);
  const digits = chinese ? [...chinese[1]].map((ch) => CHINESE_DIGITS[ch]).join('') : YEAR.exec(compact)?.[1] ?? dateYear(compact);
  if (digits === null) return null;
  const year = Number(digits);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
});

/** Blank or a dash only, once per text: every project sheet asks it of the same eleven fields. */
const isBlank = memoByText(isBlankMark);

function dateYear(text: string): string | null {
  const match = DATE_YEAR_LAST.exec(text);
  if (!match) return null;
  return match[1].length === 4 ? match[1] : `20${match[1]}`;
}

/** The two years of the period, in the order they are checked. */
const PERIOD_YEARS = ['起始年度', '到期年度'] as const;

function checkSheet(sheet: SheetModel, hits: Hit[]): void {
  // Indexed loops: this runs once per project sheet, before V8 has optimised it, where for…of allocates.
  for (let i = 0; i < REQUIRED.length; i++) {
    const { key, severity } = REQUIRED[i];
    const field = sheet.header[key];
    if (!field || !isBlank(field.value)) continue;
    const label = field.label.replace(/\s+/g, '') || key;
    const dash = field.value.trim();
    hits.push({ sheet: sheet.name, cell: field.cell, rule: 'project.required-empty', severity, params: { label, cell: field.cell, dash } });
  }
  let start: number | null | undefined;
  let end: number | null | undefined;
  for (let i = 0; i < PERIOD_YEARS.length; i++) {
    const key = PERIOD_YEARS[i];
    const field = sheet.header[key];
    if (!field || isBlank(field.value)) continue;
    const year = yearOf(field.value);
    if (i === 0) start = year;
    else end = year;
    if (year === null) {
      const example = sheet.header['年度预算金额']?.year ?? 2026;
      hits.push({ sheet: sheet.name, cell: field.cell, rule: 'project.not-a-year', params: { label: key, text: field.value, example } });
    }
  }
  if (start && end && end < start) {
    const startCell = sheet.header['起始年度'].cell;
    hits.push({ sheet: sheet.name, cell: sheet.header['到期年度'].cell, rule: 'project.end-before-start', params: { start, end, startCell }, related: [startCell] });
  }
  const budget = sheet.header['年度预算金额'];
  if (start && budget?.year && start > budget.year) {
    hits.push({
      sheet: sheet.name,
      cell: sheet.header['起始年度'].cell,
      rule: 'project.start-after-budget-year',
      params: { start, budgetYear: budget.year, budgetLabel: budget.label.replace(/\s+/g, ''), budgetCell: budget.labelCell },
      related: [budget.labelCell],
    });
  }
  if (end && budget?.year && end < budget.year) {
    hits.push({
      sheet: sheet.name,
      cell: sheet.header['到期年度'].cell,
      rule: 'project.ended-before-budget-year',
      params: { end, budgetYear: budget.year, budgetLabel: budget.label.replace(/\s+/g, ''), budgetCell: budget.labelCell },
      related: [budget.labelCell],
    });
  }
}

export const projectFamily: RuleFamily = {
  name: 'project',
  rules: PROJECT_RULES,
  check: ({ model }) => {
    const hits: Hit[] = [];
    for (let i = 0; i < model.sheets.length; i++) if (model.sheets[i].kind === 'project') checkSheet(model.sheets[i], hits);
    return hits;
  },
};
