// The new-project form's errors as users read them: one line in Chinese and one in English per issue.
import type { z } from 'zod';
import { CHOOSABLE_TYPES, type NewProjectField, type NewProjectIssueKey } from '../schema';

export interface FieldError {
  /** The form field the error belongs to (inline errors), or null for the form as a whole. */
  field: NewProjectField | null;
  zh: string;
  en: string;
}

type Params = Record<string, string | number | undefined>;

const FIELD_NAMES: Record<string, { zh: string; en: string }> = {
  start: { zh: '起始年度', en: 'start year' },
  end: { zh: '到期年度', en: 'end year' },
  budgetYear: { zh: '预算年度', en: 'budget year' },
};

const MESSAGES: Record<NewProjectIssueKey, (p: Params) => { zh: string; en: string }> = {
  'name.required': () => ({ zh: '请填写项目名称', en: 'Enter the project name' }),
  'sheet.tooLong': (p) => ({
    zh: `工作表名称“${p.sheet}”有 ${p.length} 个字符，Excel 最多允许 31 个；请另给一个较短的工作表名称`,
    en: `The sheet name “${p.sheet}” has ${p.length} characters; Excel allows at most 31, so give a shorter sheet name`,
  }),
  'sheet.forbidden': (p) => ({
    zh: `工作表名称“${p.sheet}”不能含有 [ ] : * ? / \\ 这些字符`,
    en: `The sheet name “${p.sheet}” may not contain any of [ ] : * ? / \\`,
  }),
  'sheet.apostrophe': (p) => ({
    zh: `工作表名称“${p.sheet}”不能以 ' 开头或结尾`,
    en: `The sheet name “${p.sheet}” may not start or end with an apostrophe`,
  }),
  'sheet.reserved': (p) => ({
    zh: `“${p.sheet}”是 Excel 保留的名称，不能用作工作表名称`,
    en: `“${p.sheet}” is reserved by Excel and cannot name a sheet`,
  }),
  'sheet.duplicate': (p) => ({
    zh: `工作簿中已有名为“${p.sheet}”的工作表，请换一个名称`,
    en: `The workbook already has a sheet named “${p.sheet}”; choose another name`,
  }),
  'amount.notNumber': (p) => ({
    zh: `金额“${p.amount}”不是数字，请填写以元为单位的金额，如 115200 或 115,200.00`,
    en: `The amount “${p.amount}” is not a number; enter an amount in yuan, e.g. 115200 or 115,200.00`,
  }),
  'amount.negative': (p) => ({ zh: `金额不能为负数（${p.amount}）`, en: `The amount may not be negative (${p.amount})` }),
  'amount.tooPrecise': (p) => ({
    zh: `金额“${p.amount}”最多保留两位小数（到分）`,
    en: `The amount “${p.amount}” may have at most two decimals (to the fen)`,
  }),
  'year.invalid': (p) => {
    const name = FIELD_NAMES[String(p.field)] ?? { zh: '年度', en: 'year' };
    return {
      zh: `${name.zh}“${p.text}”不是四位年份，请填写如 2026`,
      en: `The ${name.en} “${p.text}” is not a four-digit year; enter e.g. 2026`,
    };
  },
  'years.order': (p) => ({
    zh: `到期年度（${p.end}）早于起始年度（${p.start}）`,
    en: `The end year (${p.end}) is before the start year (${p.start})`,
  }),
  'type.unknown': (p) => ({
    zh: `没有“${p.type}”这个项目类型，可选：${CHOOSABLE_TYPES.join('、')}`,
    en: `"${p.type}" is not a project type; choose one of ${CHOOSABLE_TYPES.join(', ')}`,
  }),
};

const FIELDS = new Set<string>(['name', 'sheetName', 'amount', 'start', 'end', 'unit', 'budgetYear', 'from', 'type']);

/** Each zod issue as a plain line; an issue the table does not know still names its field. */
/** One of the form's messages by its key (for checks made outside the schema, such as by a host). */
export function inputMessage(key: NewProjectIssueKey, params: Params): { zh: string; en: string } {
  return MESSAGES[key](params);
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const head = issue.path[0];
    const field = typeof head === 'string' && FIELDS.has(head) ? (head as NewProjectField) : null;
    const make = MESSAGES[issue.message as NewProjectIssueKey];
    const params = (issue as { params?: Params }).params ?? {};
    if (make) return { field, ...make(params) };
    return { field, zh: `输入无效：${field ?? '表单'}`, en: `Invalid input: ${field ?? 'form'}` };
  });
}

/** Says which sheet name was made from a project name Excel would refuse as one (see adjustedSheetName). */
export function sheetNameNote(sheet: string): { zh: string; en: string } {
  return {
    zh: `工作表将命名为“${sheet}”：Excel 的工作表名称不能含 [ ] : * ? / \\，最长 31 个字符`,
    en: `The sheet will be named “${sheet}”: Excel sheet names may not contain [ ] : * ? / \\ and have at most 31 characters`,
  };
}

/** The one line the CLI prints: Chinese / English. */
export function errorLine(error: Pick<FieldError, 'zh' | 'en'>): string {
  return `${error.zh} / ${error.en}`;
}

/** Errors of the "copy from" choice, found against the workbook rather than by the schema. */
export const copyFromErrors = {
  missing: (sheet: string): FieldError => ({
    field: 'from',
    zh: `找不到要复制的工作表“${sheet}”`,
    en: `There is no sheet named “${sheet}” to copy from`,
  }),
  notProject: (sheet: string): FieldError => ({
    field: 'from',
    zh: `工作表“${sheet}”不是项目绩效目标表（没有“项目名称”和指标表），不能复制其格式`,
    en: `The sheet “${sheet}” is not a project performance-target form (no 项目名称 and indicator table); its layout cannot be copied`,
  }),
};
