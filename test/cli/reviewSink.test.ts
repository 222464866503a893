// The review's outputs are made in input order whatever order the files finish in: each of this
// year's reports goes to the JSON once, its findings become 意见明细 rows numbered on from the rows
// before, last year's files give neither, and what is kept of a file is its 汇总 rows (with the model
// and findings only when asked).
import type { ReviewCell, ReviewedFile } from '../../src/engine/review';
import type { Finding, FormReview, Report, WorkbookModel } from '../../src/engine/schema';
import { ReviewSink } from '../../src/cli/review/sink';

const finding = (cell: string): Finding => ({ sheet: '项目表', cell, severity: 'error', rule: 'value.missing', message: `${cell} 未填写`, suggestion: '补填' }) as Finding;
const form = (file: string): FormReview => ({ file, sheet: '项目表', kind: 'project', unit: '甲单位', project: '甲项目', amountYuan: '100.00', verdict: '退回', counts: { error: 1, warning: 0, info: 0 }, ignored: 0, quality: null });
const report = (file: string, cells: string[]): Report => ({ file, sheets: [], findings: cells.map(finding), notes: [], changes: [] });
const checked = (file: string, cells: string[]): ReviewedFile => ({ file, forms: [form(file)], report: report(file, cells), model: { sheets: [] } as unknown as WorkbookModel });

function sink(findings: boolean) {
  const reports: string[] = [];
  const rows: ReviewCell[][] = [];
  const made = new ReviewSink({ current: 3, report: (r) => reports.push(r.file), detail: { add: (more) => rows.push(...more) }, findings });
  return { made, reports, rows };
}

describe('ReviewSink', () => {
  test('outputs follow the input order when files finish out of order; last year’s files give none', () => {
    const { made, reports, rows } = sink(false);
    made.keep(2, checked('c.xlsx', ['C3']));
    made.keep(3, checked('去年.xlsx', ['Z9']));
    expect(reports).toEqual([]);
    made.keep(0, checked('a.xlsx', ['A1', 'A2']));
    expect(reports).toEqual(['a.xlsx']);
    made.keep(1, { file: 'b.xlsx', unreadable: '文件已损坏' });
    expect(reports).toEqual(['a.xlsx', 'c.xlsx']);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, 'a.xlsx', 'A1'],
      [2, 'a.xlsx', 'A2'],
      [3, 'c.xlsx', 'C3'],
    ]);
  });

  test('a file is kept as its 汇总 rows and model, with its findings only for --copies', () => {
    const file = checked('a.xlsx', ['A1']);
    const plain = sink(false).made.keep(0, file);
    expect(plain).toEqual({ file: 'a.xlsx', forms: [form('a.xlsx')], model: { sheets: [] } });
    const forCopies = sink(true).made.keep(0, file);
    expect(forCopies).toEqual({ file: 'a.xlsx', forms: [form('a.xlsx')], model: { sheets: [] }, findings: [finding('A1')] });
    expect(sink(false).made.keep(0, { file: 'b.xlsx', skipped: '审核意见表' })).toEqual({ file: 'b.xlsx', skipped: '审核意见表' });
  });
});
