// A 审核意见 workbook that `review` (or the pane) wrote earlier often lands in the folder reviewed next:
// it is the reviewer's own output, not a submission, and must not come back as a 退回 form.
import type { WorkbookSnapshot } from '../schema';
import { DETAIL_SHEET, SUMMARY_SHEET } from './tables';

/** Why such a file is left out of the review, in the reviewer's words. */
export const REVIEW_OUTPUT_REASON = '这是审核意见工作簿（汇总 / 意见明细），不是申报表，未审核';

/** Both sheets of the 审核意见 workbook, and 意见明细's header names the 审核要点. */
export function isReviewWorkbook(snapshot: WorkbookSnapshot): boolean {
  const names = new Set(snapshot.sheets.map((s) => s.name));
  if (!names.has(SUMMARY_SHEET)) return false;
  const detail = snapshot.sheets.find((s) => s.name === DETAIL_SHEET);
  return detail?.text[0]?.some((cell) => cell.trim() === '审核要点') ?? false;
}
