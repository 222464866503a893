// The reviewers' batch (issue 14), pure: verdicts, quality scores, 同比 and the 审核意见 tables.
import type { Finding, FormReview, Report, ReviewReport, WorkbookModel } from '../schema';
import { reviewForms, sortForReview, unreadableForm } from './forms';
import { SCORE_METHOD } from './quality';
import { compareYears, type ReadWorkbook } from './yoy';

export { reviewPointOf } from './reviewPoints';
export { qualityOf, SCORE_METHOD } from './quality';
export { verdictOf, reviewForms, sortForReview } from './forms';
export { compareYears } from './yoy';
export { isReviewWorkbook, REVIEW_OUTPUT_REASON } from './ownOutput';
export { reviewTables, SUMMARY_SHEET, DETAIL_SHEET, QUALITY_SHEET, YOY_SHEET } from './tables';
export type { ReviewTable, ReviewColumn, ReviewCell, ColumnFormat } from './tables';

/**
 * One input file after reading: its 汇总 rows and report (findings marked ignored), with the model
 * only when 同比 needs it (it is the bulk of what a worker thread sends back), or unreadable with why.
 */
export type ReviewedFile =
  | { file: string; forms: FormReview[]; report: Report; model?: WorkbookModel }
  | { file: string; unreadable: string }
  /** A file left out on purpose (a 审核意见 workbook written earlier), with why. */
  | { file: string; skipped: string };

/** What the review keeps of a checked workbook. */
export function reviewedFile(file: string, model: WorkbookModel, findings: Finding[], report: Report, keepModel: boolean): ReviewedFile {
  return { file, forms: reviewForms(file, model, findings), report, ...(keepModel ? { model } : {}) };
}

/** The whole review of this year's files (in input order), with 同比 when last year's are given. */
export function buildReview(files: ReviewedFile[], previous?: ReadWorkbook[]): ReviewReport {
  const readable = files.filter((f): f is Extract<ReviewedFile, { report: Report }> => 'report' in f);
  const forms = files.flatMap((f) => ('report' in f ? f.forms : 'unreadable' in f ? [unreadableForm(f.file, f.unreadable)] : []));
  const review: ReviewReport = {
    forms: sortForReview(forms),
    reports: readable.map((f) => f.report),
    unreadable: files.flatMap((f) => ('unreadable' in f ? [{ file: f.file, reason: f.unreadable }] : [])),
    skipped: files.flatMap((f) => ('skipped' in f ? [{ file: f.file, reason: f.skipped }] : [])),
    scoreMethod: SCORE_METHOD,
  };
  if (previous) review.yoy = compareYears(modelsOf(readable), previous);
  return review;
}

/** The checked files' models, for 同比 (files checked without keeping theirs are left out). */
export function modelsOf(files: ReviewedFile[]): ReadWorkbook[] {
  return files.flatMap((f) => ('model' in f && f.model ? [{ file: f.file, model: f.model }] : []));
}
