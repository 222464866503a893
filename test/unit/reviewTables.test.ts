// The 审核意见 tables as data: totals, one 意见明细 row per finding (all its cells), 同比 only when asked.
import { reviewTables } from '../../src/engine/review';
import type { Finding, FormReview, ReviewReport } from '../../src/engine/schema';

const form = (over: Partial<FormReview>): FormReview => ({
  file: 'a.xlsx',
  sheet: 's',
  kind: 'project',
  unit: '甲单位',
  project: '甲项目',
  amountYuan: '0.1',
  verdict: '通过',
  counts: { error: 0, warning: 0, info: 0 },
  ignored: 0,
  quality: null,
  ...over,
});

const finding = (over: Partial<Finding> & { cells?: string[] }): Finding => ({
  sheet: 's',
  cell: 'D5',
  severity: 'error',
  rule: 'value.missing-annual',
  message: '「甲」填了实施周期指标值，但没有填写年度指标值',
  ...over,
});

function report(forms: FormReview[], findings: Finding[], yoy?: ReviewReport['yoy']): ReviewReport {
  return { forms, reports: [{ file: 'a.xlsx', sheets: [], findings, notes: [], changes: [] }], unreadable: [], skipped: [], scoreMethod: '…', ...(yoy ? { yoy } : {}) };
}

test('汇总 totals: project amounts summed exactly, verdicts counted, severities summed', () => {
  const forms = [
    form({ verdict: '退回', counts: { error: 2, warning: 1, info: 0 }, amountYuan: '0.1' }),
    form({ verdict: '通过', amountYuan: '0.2' }),
    form({ kind: 'department', project: '部门整体', amountYuan: '1000000' }),
    form({ file: 'b.xlsx', sheet: '', kind: 'other', verdict: '无法读取', amountYuan: null, note: '文件已损坏或不完整' }),
  ];
  const [summary] = reviewTables(report(forms, []));
  expect(summary.rows).toHaveLength(4);
  expect(summary.rows[3][12]).toBe('文件已损坏或不完整');
  // 0.1 + 0.2 of the two projects (the department's amount already holds its projects).
  expect(summary.total?.[6]).toBe(0.3);
  expect(summary.total?.[5]).toBe('项目金额合计（2个项目）');
  expect(summary.total?.[7]).toBe('退回1，通过2，无法读取1');
  expect(summary.total?.slice(8, 11)).toEqual([2, 1, 0]);
});

test('意见明细: a finding over several cells lists them all; ignored ones say why', () => {
  const findings = [finding({ cells: ['D5', 'E5'] }), finding({ cell: 'C9', severity: 'warning', rule: 'structure.wrong-parent', suggestion: '移到产出指标下', ignored: '按本地表样' })];
  const [, detail] = reviewTables(report([form({})], findings));
  expect(detail.rows).toEqual([
    [1, 'a.xlsx', 's', 'D5、E5', '错误', '完整性', findings[0].message, '', '', ''],
    [2, 'a.xlsx', 's', 'C9', '警告', '相关性', findings[1].message, '移到产出指标下', '', '已忽略：按本地表样'],
  ]);
});

test('质量评分 lists scored forms only, with the method under it; 同比 only with last year', () => {
  const quality = { indicators: 4, quantified: 3, quantifiedRate: 0.75, coverage: { 数量: true, 质量: true, 时效: false, 成本: true, 效益: true, 满意度: false }, vague: 1, withoutUnit: 0, periodMismatch: 1, score: 71 };
  const tables = reviewTables(report([form({ quality }), form({ quality: null })], []));
  expect(tables.map((t) => t.name)).toEqual(['汇总', '意见明细', '质量评分']);
  expect(tables[2].rows).toEqual([['a.xlsx', 's', '甲项目', 4, 3, 0.75, '有', '有', '缺', '有', '有', '缺', 1, 0, 1, 71]]);
  expect(tables[2].footnote).toContain('量化率');
  const withYoy = reviewTables(report([], [], [{ kind: 'new-project', file: 'a.xlsx', sheet: 's', project: '甲项目', unit: '甲单位', message: '新增项目' }]));
  expect(withYoy.map((t) => t.name)).toEqual(['汇总', '意见明细', '质量评分', '同比']);
  expect(withYoy[3].rows).toEqual([['a.xlsx', 's', '甲单位', '甲项目', '新增项目', '', '', '新增项目']]);
});
