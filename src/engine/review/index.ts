// The reviewers' batch (issue 14), pure: verdicts, quality scores, 同比 and the 审核意见 tables.
import type { Finding, Report, ReviewReport, WorkbookModel } from '../schema';
import { reviewForms, sortForReview, unreadableForm } from './forms';
import { SCORE_METHOD } from './quality';
import { compareYears, type ReadWorkbook } from './yoy';

export { reviewPointOf } from './reviewPoints';
export { qualityOf, SCORE_METHOD } from './quality';
export { verdictOf, reviewForms, sortForReview } from './forms';
export { compareYears } from './yoy';
export { reviewTables, SUMMARY_SHEET, DETAIL_SHEET, QUALITY_SHEET, YOY_SHEET } from './tables';
export type { ReviewTable, ReviewColumn, ReviewCell, ColumnFormat } from './tables';

/** One input file after reading: checked (model, findings marked ignored, report) or unreadable with why. */
export type ReviewedFile =
  | { file: string; model: WorkbookModel; findings: Finding[]; report: Report }
  | { file: string; unreadable: string };

/** The whole review of this year's files (in input order), with 同比 when last year's are given. */
export function buildReview(files: ReviewedFile[], previous?: ReadWorkbook[]): ReviewReport {
  const readable = files.filter((f): f is Extract<ReviewedFile, { model: WorkbookModel }> => 'model' in f);
  const forms = files.flatMap((f) => ('model' in f ? reviewForms(f.file, f.model, f.findings) : [unreadableForm(f.file, f.unreadable)]));
  const review: ReviewReport = {
    forms: sortForReview(forms),
    reports: readable.map((f) => f.report),
    unreadable: files.flatMap((f) => ('unreadable' in f ? [{ file: f.file, reason: f.unreadable }] : [])),
    scoreMethod: SCORE_METHOD,
  };
  if (previous) review.yoy = compareYears(readable, previous);
  return review;
}
