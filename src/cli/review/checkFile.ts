// One file of a review: read, checked, reported; or the reason it cannot be read. Runs in a worker
// thread or in-process; what it returns crosses threads by structured clone.
import { checkWorkbook } from '../../engine/check';
import { markIgnored } from '../../engine/ignoredSheet';
import { toReport } from '../../engine/report';
import { isReviewWorkbook, REVIEW_OUTPUT_REASON, reviewedFile, type ReviewedFile } from '../../engine/review';
import type { Lang } from '../../engine/schema';
import { InputError, readInputFile } from '../inputErrors';
import { readCheckInput } from '../xlsxRead';

export interface CheckFileTask {
  file: string;
  lang: Lang;
  maxBytes: number;
  /** Keep the workbook's model in the result (for 同比). */
  keepModel: boolean;
  /** The file's bytes, when reading them was started ahead (see readAhead). */
  bytes?: Promise<Uint8Array>;
}

/**
 * Starts reading a file's bytes while the thread is still checking the one before, so that it does
 * not wait for the disk between files. A failure is kept for checkFile, which reports it as usual.
 */
export function readAhead(file: string, maxBytes: number): Promise<Uint8Array> {
  const bytes = readInputFile(file, maxBytes);
  bytes.catch(() => undefined); // awaited (and reported) by checkFile; not an unhandled rejection meanwhile
  return bytes;
}

export async function checkFile({ file, lang, maxBytes, keepModel, bytes }: CheckFileTask): Promise<ReviewedFile> {
  let input;
  try {
    input = await readCheckInput(file, { maxBytes, bytes });
  } catch (error) {
    if (error instanceof InputError) return { file, unreadable: error.zh };
    throw error;
  }
  if (isReviewWorkbook(input.snapshot)) return { file, skipped: REVIEW_OUTPUT_REASON };
  const checked = checkWorkbook(input.snapshot, { lang, columnRoles: input.columnRoles });
  const result = { ...checked, findings: markIgnored(checked.findings, input.ignored) };
  return reviewedFile(file, result.model, result.findings, toReport(file, result), keepModel);
}
