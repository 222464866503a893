// One file of a review: read, checked, reported; or the reason it cannot be read. Runs in a worker
// thread or in-process; what it returns crosses threads by structured clone.
import { checkWorkbook } from '../../engine/check';
import { markIgnored } from '../../engine/ignoredSheet';
import { toReport } from '../../engine/report';
import { isReviewWorkbook, REVIEW_OUTPUT_REASON, reviewedFile, type ReviewedFile } from '../../engine/review';
import type { Lang } from '../../engine/schema';
import { InputError } from '../inputErrors';
import { readCheckInput } from '../xlsxRead';

export interface CheckFileTask {
  file: string;
  lang: Lang;
  maxBytes: number;
  /** Keep the workbook's model in the result (for 同比). */
  keepModel: boolean;
}

export async function checkFile({ file, lang, maxBytes, keepModel }: CheckFileTask): Promise<ReviewedFile> {
  let input;
  try {
    input = await readCheckInput(file, { maxBytes });
  } catch (error) {
    if (error instanceof InputError) return { file, unreadable: error.zh };
    throw error;
  }
  if (isReviewWorkbook(input.snapshot)) return { file, skipped: REVIEW_OUTPUT_REASON };
  const checked = checkWorkbook(input.snapshot, { lang, columnRoles: input.columnRoles });
  const result = { ...checked, findings: markIgnored(checked.findings, input.ignored) };
  return reviewedFile(file, result.model, result.findings, toReport(file, result), keepModel);
}
