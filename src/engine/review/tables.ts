// The 审核意见 workbook as data: each sheet's columns and rows, for any host to write and style.
import { sum } from '../money';
import type { FormReview, Report, ReviewReport, YoyItem, YoyKind } from '../schema';
import { reviewPointOf } from './reviewPoints';
import { SCORE_METHOD } from './quality';

export type ColumnFormat = 'text' | 'integer' | 'money' | 'percent';

export interface ReviewColumn {
  title: string;
  /** Width in characters. */
  width: number;
  format: ColumnFormat;
  /** Long text that wraps within the width. */
  wrap?: boolean;
}

export type ReviewCell = string | number | null;

export interface ReviewTable {
  name: string;
  columns: ReviewColumn[];
  rows: ReviewCell[][];
  /** A closing row (汇总's totals), styled apart and kept out of the filter. */
  total?: ReviewCell[];
  /** One line under the table (how the score is computed). */
  footnote?: string;
}

export const SUMMARY_SHEET = '汇总';
export const DETAIL_SHEET = '意见明细';
export const QUALITY_SHEET = '质量评分';
export const YOY_SHEET = '同比';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const KIND_ZH = { department: '部门整体', project: '项目', other: '其他' } as const;
const YOY_ZH: Record<YoyKind, string> = {
  'new-project': '新增项目',
  'indicator-dropped': '指标删减',
  'target-lowered': '目标降低',
  'values-unchanged': '金额变化而指标值未变',
};

const col = (title: string, width: number, format: ColumnFormat = 'text', wrap = false): ReviewColumn => ({ title, width, format, ...(wrap ? { wrap } : {}) });
const money = (value: string | null) => (value === null ? null : Number(value));

function summaryNote(form: FormReview): string {
  const parts = [form.note ?? '', form.ignored ? `另有${form.ignored}条已忽略` : ''];
  return parts.filter(Boolean).join('；');
}

export function summaryTable(forms: FormReview[]): ReviewTable {
  const rows = forms.map((f, i) => [
    i + 1,
    f.file,
    f.sheet,
    KIND_ZH[f.kind],
    f.unit,
    f.project,
    money(f.amountYuan),
    f.verdict,
    f.counts.error,
    f.counts.warning,
    f.counts.info,
    f.quality?.score ?? null,
    summaryNote(f),
  ]);
  const projects = forms.filter((f) => f.kind === 'project' && f.amountYuan !== null);
  const verdicts = (['退回', '修改后通过', '通过', '无法读取'] as const)
    .map((v) => [v, forms.filter((f) => f.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${v}${n}`)
    .join('，');
  const scored = forms.filter((f) => f.quality !== null);
  const sumOf = (pick: (f: FormReview) => number) => forms.reduce((n, f) => n + pick(f), 0);
  const total: ReviewCell[] = [
    '合计',
    `${forms.length}行`,
    '',
    '',
    '',
    projects.length ? `项目金额合计（${projects.length}个项目）` : '',
    projects.length ? Number(sum(projects.map((f) => f.amountYuan!))) : null,
    verdicts,
    sumOf((f) => f.counts.error),
    sumOf((f) => f.counts.warning),
    sumOf((f) => f.counts.info),
    scored.length ? Math.round(scored.reduce((n, f) => n + f.quality!.score, 0) / scored.length) : null,
    scored.length ? '评分为平均分' : '',
  ];
  return {
    name: SUMMARY_SHEET,
    columns: [
      col('序号', 6, 'integer'),
      col('文件', 24, 'text', true),
      col('工作表', 20, 'text', true),
      col('表类', 9),
      col('单位', 20, 'text', true),
      col('项目', 26, 'text', true),
      col('金额（元）', 16, 'money'),
      col('审核结论', 12),
      col('错误', 7, 'integer'),
      col('警告', 7, 'integer'),
      col('提示', 7, 'integer'),
      col('质量评分', 9, 'integer'),
      col('说明', 32, 'text', true),
    ],
    rows,
    total,
  };
}

/** 意见明细's columns: one row per finding. */
export const DETAIL_COLUMNS: ReviewColumn[] = [
  col('序号', 6, 'integer'),
  col('文件', 20, 'text', true),
  col('工作表', 16, 'text', true),
  col('单元格', 9, 'text', true),
  col('严重程度', 9),
  col('审核要点', 9),
  col('审核意见', 44, 'text', true),
  col('修改建议', 36, 'text', true),
  col('依据', 24, 'text', true),
  col('备注', 16, 'text', true),
];

/** One report's 意见明细 rows, numbered from `first`: a review writes them file by file, as each is checked. */
export function detailRows(report: Report, first: number): ReviewCell[][] {
  return report.findings.map((f, i) => {
    const cells = (f as { cells?: string[] }).cells;
    return [
      first + i,
      report.file,
      f.sheet,
      cells?.length ? cells.join('、') : f.cell,
      SEVERITY_ZH[f.severity],
      reviewPointOf(f.rule),
      f.message,
      f.suggestion ?? '',
      f.basis ?? '',
      f.ignored !== undefined ? `已忽略：${f.ignored}` : '',
    ];
  });
}

function detailTable(report: ReviewReport): ReviewTable {
  const rows: ReviewCell[][] = [];
  for (const r of report.reports) for (const row of detailRows(r, rows.length + 1)) rows.push(row);
  return { name: DETAIL_SHEET, columns: DETAIL_COLUMNS, rows };
}

export function qualityTable(forms: FormReview[]): ReviewTable {
  const mark = (covered: boolean) => (covered ? '有' : '缺');
  const rows = forms
    .filter((f) => f.quality !== null)
    .map((f) => {
      const q = f.quality!;
      return [f.file, f.sheet, f.project, q.indicators, q.quantified, q.quantifiedRate, ...[q.coverage.数量, q.coverage.质量, q.coverage.时效, q.coverage.成本, q.coverage.效益, q.coverage.满意度].map(mark), q.vague, q.withoutUnit, q.periodMismatch, q.score];
    });
  return {
    name: QUALITY_SHEET,
    columns: [
      col('文件', 20, 'text', true),
      col('工作表', 16, 'text', true),
      col('项目', 22, 'text', true),
      col('指标数', 7, 'integer'),
      col('量化指标', 8, 'integer'),
      col('量化率', 8, 'percent'),
      col('产出数量', 8),
      col('产出质量', 8),
      col('产出时效', 8),
      col('成本', 6),
      col('效益', 6),
      col('满意度', 7),
      col('模糊表述', 8, 'integer'),
      col('无单位', 7, 'integer'),
      col('年度与周期不一致', 10, 'integer', true),
      col('评分', 6, 'integer'),
    ],
    rows,
    footnote: SCORE_METHOD,
  };
}

export function yoyTable(yoy: YoyItem[]): ReviewTable {
  return {
    name: YOY_SHEET,
    columns: [
      col('文件', 20, 'text', true),
      col('工作表', 16, 'text', true),
      col('单位', 18, 'text', true),
      col('项目', 22, 'text', true),
      col('类型', 12, 'text', true),
      col('单元格', 8),
      col('上年文件', 20, 'text', true),
      col('说明', 48, 'text', true),
    ],
    rows: yoy.map((y) => [y.file, y.sheet, y.unit, y.project, YOY_ZH[y.kind], y.cell ?? '', y.previousFile ?? '', y.message]),
  };
}

/** 汇总, 意见明细, 质量评分, and 同比 when last year's forms were given. */
export function reviewTables(report: ReviewReport): ReviewTable[] {
  const tables = [summaryTable(report.forms), detailTable(report), qualityTable(report.forms)];
  if (report.yoy) tables.push(yoyTable(report.yoy));
  return tables;
}
