// A review's outputs made as its files are checked, in input order: each report goes to the JSON at
// once and its findings to 意见明细's rows, and the review keeps only each file's 汇总 rows (with the
// model for 同比 and the findings for --copies when they are asked for). A season's reports kept whole
// until the end were most of the review's memory, and moving them cost the garbage collector a large
// part of the run.
import { detailRows, type ReviewCell, type ReviewedFile, type ReviewedForms } from '../../engine/review';
import type { Report } from '../../engine/schema';

export interface SinkOutputs {
  /** This year's files come first among the files checked; the ones after are last year's (for 同比). */
  current: number;
  /** Where each of this year's reports goes (the JSON), if anywhere. */
  report?: (report: Report) => void;
  /** 意见明细, written row by row (a SheetWriter). */
  detail?: { add(rows: ReviewCell[][]): void };
  /** Keep each file's findings (for --copies). */
  findings: boolean;
}

export class ReviewSink {
  private next = 0;
  /** Results that arrived before the ones ahead of them (worker threads finish in any order). */
  private readonly waiting = new Map<number, ReviewedFile>();
  private detailRowsWritten = 0;

  constructor(private readonly outputs: SinkOutputs) {}

  /** What the review keeps of file `index`'s result; its outputs are made once every file before it has been. */
  keep(index: number, result: ReviewedFile): ReviewedForms {
    this.waiting.set(index, result);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.write(this.next++, ready);
    }
    if (!('report' in result)) return result;
    const { file, forms, report, model } = result;
    return { file, forms, ...(model ? { model } : {}), ...(this.outputs.findings ? { findings: report.findings } : {}) };
  }

  private write(index: number, result: ReviewedFile): void {
    if (!('report' in result) || index >= this.outputs.current) return;
    this.outputs.report?.(result.report);
    if (!this.outputs.detail) return;
    this.outputs.detail.add(detailRows(result.report, this.detailRowsWritten + 1));
    this.detailRowsWritten += result.report.findings.length;
  }
}
