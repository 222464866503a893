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
export { reviewTables, detailRows, summaryTable, qualityTable, yoyTable, DETAIL_COLUMNS, SUMMARY_SHEET, DETAIL_SHEET, QUALITY_SHEET, YOY_SHEET } from './tables';
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

/**
 * What a review keeps of a file once its report is written out (a season's reports are most of its
 * memory): its 汇总 rows, the model for 同比 and the findings for --copies when asked; or why it was
 * not checked.
 */
export type ReviewedForms =
  | { file: string; forms: FormReview[]; model?: WorkbookModel; findings?: Finding[] }
  | { file: string; unreadable: string }
  | { file: string; skipped: string };

/** The review without its reports, in the key order of the whole (reports stand in as an empty list). */
export function reviewOutline(files: ReviewedForms[], previous?: ReadWorkbook[]): ReviewReport {
  const forms = files.flatMap((f) => ('forms' in f ? f.forms : 'unreadable' in f ? [unreadableForm(f.file, f.unreadable)] : []));
  const review: ReviewReport = {
    forms: sortForReview(forms),
    reports: [],
    unreadable: files.flatMap((f) => ('unreadable' in f ? [{ file: f.file, reason: f.unreadable }] : [])),
    skipped: files.flatMap((f) => ('skipped' in f ? [{ file: f.file, reason: f.skipped }] : [])),
    scoreMethod: SCORE_METHOD,
  };
  if (previous) review.yoy = compareYears(modelsOf(files), previous);
  return review;
}

/** The whole review of this year's files (in input order), with 同比 when last year's are given. */
export function buildReview(files: ReviewedFile[], previous?: ReadWorkbook[]): ReviewReport {
  const review = reviewOutline(files, previous);
  for (const f of files) if ('report' in f) review.reports.push(f.report);
  return review;
}

/** The checked files' models, for 同比 (files checked without keeping theirs are left out). */
export function modelsOf(files: (ReviewedFile | ReviewedForms)[]): ReadWorkbook[] {
  return files.flatMap((f) => ('model' in f && f.model ? [{ file: f.file, model: f.model }] : []));
}
