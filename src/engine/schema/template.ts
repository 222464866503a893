import { z } from 'zod';
import { CHOOSABLE_TYPES, ProjectTypeSchema } from './library';

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;
/** Amounts are kept exact to the 分; 13 integer digits stay exact in Excel's 15 significant digits. */
const AMOUNT_TEXT = /^(\d{1,13})(\.\d{1,2})?$/;
const YEAR_TEXT = /^(19|20|21)\d{2}$/;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Each issue's message is a key of the template's message table (src/engine/templates/inputMessages.ts),
 * which turns it into one plain line in Chinese and English; `params` fill the line in.
 */
export type NewProjectIssueKey =
  | 'name.required'
  | 'sheet.tooLong'
  | 'sheet.forbidden'
  | 'sheet.apostrophe'
  | 'sheet.reserved'
  | 'sheet.duplicate'
  | 'amount.notNumber'
  | 'amount.negative'
  | 'amount.tooPrecise'
  | 'year.invalid'
  | 'years.order'
  | 'type.unknown';

const optionalText = z.string().optional();

/** The new-project form as typed (CLI options or the task pane's fields): text, "" or absent = not given. */
const NewProjectFieldsSchema = z.object({
  /** 项目名称, required. */
  name: z.string(),
  /** The new sheet's name; the project name when not given. */
  sheetName: optionalText,
  /** 年度预算金额 in 元 ("115200", "115,200.00"). */
  amount: optionalText,
  /** 起始年度 / 到期年度: four-digit years, "2026" or "2026年". */
  start: optionalText,
  end: optionalText,
  /** 用款单位, optional. */
  unit: optionalText,
  /** The budget year the amount is for (the label's {year}年预算金额); defaults to next year within the period. */
  budgetYear: optionalText,
  /** Copy the layout of this existing project sheet. */
  from: optionalText,
  /** The project type (会议, 培训, 补助补贴 …): the template starts with the library's indicators for it. */
  type: optionalText,
  /** Ids of the library indicators to start with; the type's starting set when not given. */
  indicators: z.array(z.string()).optional(),
});

type Fields = z.infer<typeof NewProjectFieldsSchema>;
type Issue = { key: NewProjectIssueKey; path: keyof Fields; params?: Record<string, string | number> };

const given = (text: string | undefined): string => (text ?? '').trim();

/** "2026", "2026年" → 2026; null when not a four-digit year. */
export function yearOfText(text: string | undefined): number | null {
  const t = given(text).normalize('NFKC').replace(/年度?$/, '');
  return YEAR_TEXT.test(t) ? Number(t) : null;
}

/** "115,200.00元" → "115200.00"; null when not a plain non-negative amount. */
export function amountText(text: string | undefined): string | null {
  const t = given(text).normalize('NFKC').replace(/[,\s¥]/g, '').replace(/元$/, '');
  return AMOUNT_TEXT.test(t) ? t : null;
}

/** Excel refuses these in sheet names; their full-width forms read the same and are allowed. */
const FULL_WIDTH: Record<string, string> = { '/': '／', '\\': '＼', ':': '：', '?': '？', '*': '＊', '[': '【', ']': '】' };

/**
 * A sheet name Excel accepts, made from a project name: [ ] : * ? / \ as their full-width forms, no
 * apostrophe at either end, cut to 31 characters (never inside a character outside the BMP).
 */
export function legalSheetName(projectName: string): string {
  const replaced = projectName.trim().replace(/[[\]:*?/\\]/g, (c) => FULL_WIDTH[c]).replace(/^'+|'+$/g, '');
  let name = '';
  for (const char of replaced) {
    if (name.length + char.length > MAX_SHEET_NAME_LENGTH) break;
    name += char;
  }
  return name.trim();
}

/** The sheet the project will be written to: the given sheet name, else one made from the project name. */
export function sheetNameOf(fields: Pick<Fields, 'name' | 'sheetName'>): string {
  return given(fields.sheetName) || legalSheetName(given(fields.name));
}

/** The sheet name made from the project name when it differs from the name (so the user is told); else null. */
export function adjustedSheetName(fields: Pick<Fields, 'name' | 'sheetName'>): string | null {
  if (given(fields.sheetName)) return null;
  const made = legalSheetName(given(fields.name));
  return made !== '' && made !== given(fields.name) ? made : null;
}

function fieldIssues(f: Fields): Issue[] {
  const issues: Issue[] = [];
  const name = given(f.name);
  if (name === '') issues.push({ key: 'name.required', path: 'name' });
  // A sheet name made from the project name is legal by construction; only a given one can be wrong.
  const sheet = sheetNameOf(f);
  const sheetPath: keyof Fields = given(f.sheetName) ? 'sheetName' : 'name';
  if (sheet !== '') {
    if (sheet.length > MAX_SHEET_NAME_LENGTH) issues.push({ key: 'sheet.tooLong', path: sheetPath, params: { sheet, length: sheet.length } });
    if (SHEET_NAME_FORBIDDEN.test(sheet)) issues.push({ key: 'sheet.forbidden', path: sheetPath, params: { sheet } });
    if (/^'|'$/.test(sheet)) issues.push({ key: 'sheet.apostrophe', path: sheetPath, params: { sheet } });
    // Excel keeps "History" for its change tracking and refuses it as a sheet name.
    if (sheet.toLowerCase() === 'history') issues.push({ key: 'sheet.reserved', path: sheetPath, params: { sheet } });
  }
  const amount = given(f.amount);
  if (amount !== '' && amountText(amount) === null) {
    const negative = /^[-−－]/.test(amount.normalize('NFKC'));
    const tooPrecise = /^\d[\d,]*\.\d{3,}$/.test(amount.replace(/\s/g, ''));
    const key = negative ? 'amount.negative' : tooPrecise ? 'amount.tooPrecise' : 'amount.notNumber';
    issues.push({ key, path: 'amount', params: { amount } });
  }
  for (const path of ['start', 'end', 'budgetYear'] as const) {
    if (given(f[path]) !== '' && yearOfText(f[path]) === null) issues.push({ key: 'year.invalid', path, params: { field: path, text: given(f[path]) } });
  }
  const start = yearOfText(f.start);
  const end = yearOfText(f.end);
  if (start !== null && end !== null && end < start) issues.push({ key: 'years.order', path: 'end', params: { start, end } });
  const type = given(f.type);
  if (type !== '' && !(CHOOSABLE_TYPES as readonly string[]).includes(type)) issues.push({ key: 'type.unknown', path: 'type', params: { type } });
  return issues;
}

function addIssues(issues: Issue[], ctx: z.RefinementCtx<Fields>): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.key, path: [issue.path], params: issue.params ?? {} });
}

/**
 * The new-project inputs, checked without the workbook: 项目名称 required; the sheet name (the
 * project name unless given) at most 31 characters and free of []:*?/\ ; the amount ≥ 0 in 元 with at
 * most two decimals; four-digit years with start ≤ end. Issues carry NewProjectIssueKey messages.
 */
export const NewProjectInputSchema = NewProjectFieldsSchema.superRefine((fields, ctx) => addIssues(fieldIssues(fields), ctx));

/** The same, plus: no sheet of that name in the workbook (Excel compares names case-insensitively). */
export function newProjectInputSchema(existingSheetNames: readonly string[]) {
  const taken = new Set(existingSheetNames.map((n) => n.toLowerCase()));
  return NewProjectInputSchema.superRefine((fields, ctx) => {
    const sheet = sheetNameOf(fields);
    if (sheet !== '' && taken.has(sheet.toLowerCase())) {
      addIssues([{ key: 'sheet.duplicate', path: given(fields.sheetName) ? 'sheetName' : 'name', params: { sheet } }], ctx);
    }
  });
}

/** The inputs once checked, normalised: what the template writer takes. */
export const NewProjectSchema = z.object({
  name: z.string().min(1),
  sheetName: z.string().min(1).max(MAX_SHEET_NAME_LENGTH),
  /** Exact decimal in 元, e.g. "115200.50". */
  amount: z.string().optional(),
  startYear: z.number().int().optional(),
  endYear: z.number().int().optional(),
  unit: z.string().optional(),
  budgetYear: z.number().int(),
  from: z.string().optional(),
  type: ProjectTypeSchema.optional(),
  /** Ids of the library indicators the new sheet lists. */
  indicators: z.array(z.string()).optional(),
});

export type NewProjectInput = z.input<typeof NewProjectInputSchema>;
export type NewProjectField = keyof NewProjectInput;
export type NewProject = z.infer<typeof NewProjectSchema>;
