// 汇总: one row per form of a workbook, with its verdict, counts and quality score.
import { readinessOf, type Readiness } from '../readiness';
import { convert, sum } from '../money';
import type { Finding, FormReview, SeverityCounts, SheetModel, Verdict, WorkbookModel } from '../schema';
import { qualityOf } from './quality';

const REVIEW_VERDICT: Record<Readiness, Verdict> = { needsWork: '退回', review: '修改后通过', ready: '通过' };

/** 退回 when any error stands, 修改后通过 when only warnings, 通过 otherwise (info asks for nothing). */
export function verdictOf(counts: SeverityCounts): Verdict {
  return REVIEW_VERDICT[readinessOf(counts)];
}

export function countsOf(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.ignored === undefined) counts[f.severity]++;
  return counts;
}

const text = (sheet: SheetModel, key: string) => sheet.header[key]?.value.trim() ?? '';
const DASHES = /^[-—–/\\无]*$/;
const given = (value: string) => (DASHES.test(value) ? '' : value);

/** The form's amount in 元: 年度预算金额 of a project; 基本支出 + 项目支出 of a department (万元 → 元). */
export function amountInYuan(sheet: SheetModel): string | null {
  const amounts = sheet.kind === 'project' ? [sheet.header['年度预算金额']?.amount] : [sheet.header['基本支出']?.amount, sheet.header['项目支出']?.amount];
  if (amounts.some((a) => a === undefined)) return null;
  return sum(amounts.map((a) => convert(a!.value, a!.unit, '元')));
}

function unitOf(sheet: SheetModel): string {
  if (sheet.kind === 'department') return given(text(sheet, '部门名称'));
  return given(text(sheet, '用款单位')) || given(text(sheet, '主管部门'));
}

function projectOf(sheet: SheetModel): string {
  return sheet.kind === 'department' ? '部门整体' : given(text(sheet, '项目名称'));
}

/** A form is reviewed; so is a sheet that is no form but carries warnings or errors (a table that could not be read). */
function isReviewed(sheet: SheetModel, findings: Finding[]): boolean {
  return sheet.kind !== 'other' || findings.some((f) => f.severity !== 'info');
}

/** Note on a file without any form: the reviewer sends it back, saying why. */
export const NO_FORM_NOTE = '未发现绩效目标表（没有部门整体或项目绩效目标表）';

/**
 * The 汇总 rows of one readable workbook: each form (and each sheet that is no form but has
 * warnings or errors), in workbook order; a workbook without any is one 退回 row saying so.
 * Findings on a sheet belong to that sheet's row.
 */
export function reviewForms(file: string, model: WorkbookModel, findings: Finding[]): FormReview[] {
  const rows: FormReview[] = [];
  for (const sheet of model.sheets) {
    const own = findings.filter((f) => f.sheet === sheet.name);
    if (!isReviewed(sheet, own)) continue;
    const counts = countsOf(own);
    rows.push({
      file,
      sheet: sheet.name,
      kind: sheet.kind,
      unit: unitOf(sheet),
      project: projectOf(sheet),
      amountYuan: sheet.kind === 'other' ? null : amountInYuan(sheet),
      verdict: verdictOf(counts),
      counts,
      ignored: own.length - own.filter((f) => f.ignored === undefined).length,
      quality: sheet.kind === 'other' ? null : qualityOf(sheet, findings),
    });
  }
  if (rows.length === 0) {
    rows.push({ ...emptyRow(file, '退回'), counts: countsOf(findings), note: NO_FORM_NOTE });
  }
  return rows;
}

/** The 汇总 row of a file that could not be read. */
export function unreadableForm(file: string, reason: string): FormReview {
  return { ...emptyRow(file, '无法读取'), note: reason };
}

function emptyRow(file: string, verdict: Verdict): FormReview {
  return { file, sheet: '', kind: 'other', unit: '', project: '', amountYuan: null, verdict, counts: { error: 0, warning: 0, info: 0 }, ignored: 0, quality: null };
}

const VERDICT_ORDER: Record<Verdict, number> = { 无法读取: 0, 退回: 1, 修改后通过: 2, 通过: 3 };

/** 汇总's order: the files to act on first (无法读取, 退回, 修改后通过, 通过), then by unit, file and sheet order. */
export function sortForReview(rows: FormReview[]): FormReview[] {
  const position = new Map(rows.map((row, i) => [row, i]));
  return [...rows].sort(
    (a, b) =>
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      a.unit.localeCompare(b.unit, 'zh-Hans-CN') ||
      position.get(a)! - position.get(b)!,
  );
}
