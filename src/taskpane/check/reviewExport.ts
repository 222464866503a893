// 导出审核意见 from the pane: the same 汇总 / 意见明细 / 质量评分 as `budget-check review`, built by the
// engine from the pane's last check, and written by the same writer. Only ExportReview imports it,
// and the check tab loads that lazily: neither the tables nor the writer are in the first load.
import type { CheckResult } from '../../engine/check';
import { toReport } from '../../engine/report';
import { buildReview, reviewedFile, reviewTables, type ReviewTable } from '../../engine/review';
import type { Finding } from '../../engine/schema';
import type { ExportedWorkbook, IgnoredFinding } from '../../host/workbookHost';
import { writeReviewXlsx } from '../../xlsx/review/writeReviewXlsx';
import { findingKey, ignoredReasons } from './summarize';

/** 审核意见-<workbook>.xlsx, with what a file name cannot hold replaced. */
export function reviewFileName(workbook: string): string {
  const stem = workbook.replace(/\.(xlsx|xlsm|xlsb|xls)$/i, '').replace(/[\\/:*?"<>|]/g, '_').trim();
  return `审核意见-${stem || '工作簿'}.xlsx`;
}

/**
 * The review tables of the open workbook. A finding counts as ignored exactly when the pane shows it
 * ignored (the same key), and is then listed in 意见明细 with its reason, out of the 汇总 counts.
 */
export function paneReviewTables(workbook: string, result: CheckResult, ignored: IgnoredFinding[]): ReviewTable[] {
  const reasons = ignoredReasons(ignored);
  const findings: Finding[] = result.findings.map((f) => {
    const reason = reasons.get(findingKey(f));
    return reason === undefined ? f : { ...f, ignored: reason };
  });
  const report = toReport(workbook, { ...result, findings });
  return reviewTables(buildReview([reviewedFile(workbook, result.model, findings, report, false)]));
}

export function reviewWorkbook(workbook: string, result: CheckResult, ignored: IgnoredFinding[]): ExportedWorkbook {
  return { bytes: writeReviewXlsx(paneReviewTables(workbook, result, ignored)), fileName: reviewFileName(workbook) };
}
