// The reviewers' batch in the engine: 审核要点 per rule, verdicts, quality figures, 同比 and 汇总's order.
import { checkWorkbook } from '../../src/engine/check';
import { buildReview, compareYears, reviewedFile, qualityOf, reviewForms, reviewPointOf, sortForReview, verdictOf } from '../../src/engine/review';
import { isLowered } from '../../src/engine/review/yoy';
import { allRules } from '../../src/engine/rules/run';
import { ReviewPointSchema, type FormReview, type WorkbookModel } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { parseValue } from '../../src/engine/values';
import { parseSeedText, seedWorkbookSpec } from '../../src/sample/seedSpec';

type Row = string[];
const INDICATORS: Row[] = [
  ['成本指标', '经济成本指标', '人均补助标准', '≤38400元/人', '≤38400元/人'],
  ['产出指标', '数量指标', '补贴发放人数', '≥3人', '≥3人'],
  ['', '质量指标', '补贴发放准确率', '100%', '100%'],
  ['', '时效指标', '补贴按时发放率', '≥95%', '≥95%'],
  ['效益指标', '社会效益指标', '援派干部岗位适应率', '≥90%', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '援派干部满意度', '≥90%', '≥90%'],
];

/** One project form as seed text: header fields, then the indicator rows given. */
function projectText(name: string, amount: string, rows: Row[] = INDICATORS, unit = '惠州市人民政府办公室'): string {
  return [
    `# ${name}`,
    ['项目名称', name],
    ['项目类型', '其他特定目标类（部门职能类）'],
    ['项目等级', '二级项目'],
    ['主管部门', '市府办'],
    ['用款单位', unit],
    ['实施周期', '起始年度', '2024年', '到期年度', '2026年'],
    ['2026年预算金额（元）', amount],
    ['设立依据', '惠办会函〔2022〕182号'],
    ['项目概述', '对援派干部发放生活补助。'],
    ['总体绩效目标', '实施周期总目标'],
    ['', '按规定标准发放生活补助。'],
    ['', '2026年度目标'],
    ['', '对3名援派干部发放生活补助。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '当年度指标值'],
    ...rows.map((r) => ['', ...r]),
  ]
    .map((row) => (Array.isArray(row) ? row.join('\t') : row))
    .join('\n');
}

function check(text: string) {
  return checkWorkbook(specToSnapshot(parseSeedText(text)), { lang: 'zh' });
}

function model(...texts: string[]): WorkbookModel {
  return check(texts.join('\n')).model;
}

describe('审核要点', () => {
  test('every rule of the catalogue answers one of the four points', () => {
    for (const rule of allRules()) expect(ReviewPointSchema.options).toContain(reviewPointOf(rule.id));
  });

  test('rules map by what they ask, not only by family', () => {
    expect(reviewPointOf('structure.no-value')).toBe('完整性');
    expect(reviewPointOf('value.missing-annual')).toBe('完整性');
    expect(reviewPointOf('structure.wrong-parent')).toBe('相关性');
    expect(reviewPointOf('value.qualitative-for-quantity')).toBe('相关性');
    expect(reviewPointOf('money.total-mismatch')).toBe('适当性');
    expect(reviewPointOf('value.rate-over-100')).toBe('适当性');
    expect(reviewPointOf('project.end-before-start')).toBe('可行性');
    expect(reviewPointOf('project.required-empty')).toBe('完整性');
  });
});

describe('verdicts', () => {
  test('退回 with any error, 修改后通过 with warnings only, 通过 with info or nothing', () => {
    expect(verdictOf({ error: 1, warning: 3, info: 0 })).toBe('退回');
    expect(verdictOf({ error: 0, warning: 1, info: 5 })).toBe('修改后通过');
    expect(verdictOf({ error: 0, warning: 0, info: 5 })).toBe('通过');
  });

  test('a clean project passes; its row carries unit, project, amount in 元 and score', () => {
    const result = check(projectText('援派干部生活补助经费', '115200'));
    const [row] = reviewForms('a.xlsx', result.model, result.findings);
    expect(row).toMatchObject({ file: 'a.xlsx', kind: 'project', unit: '惠州市人民政府办公室', project: '援派干部生活补助经费', amountYuan: '115200', verdict: '通过' });
    expect(row.counts.error + row.counts.warning).toBe(0);
    expect(row.quality?.score).toBe(100);
  });

  test('ignored findings are listed apart and do not decide the verdict', () => {
    const result = check(projectText('甲项目', '1000', [...INDICATORS, ['', '', '补贴发放批次', '', '']]));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const findings = result.findings.map((f) => (f.severity === 'error' ? { ...f, ignored: '已核实' } : f));
    const [row] = reviewForms('a.xlsx', result.model, findings);
    expect(row.counts.error).toBe(0);
    expect(row.ignored).toBe(errors.length);
    expect(row.verdict).not.toBe('退回');
  });

  test('a department form is 部门整体 with 基本支出 + 项目支出 in 元', () => {
    const result = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' });
    const rows = reviewForms('seed.xlsx', result.model, result.findings);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ kind: 'department', unit: '市府办', project: '部门整体', amountYuan: '69041600' });
    for (const row of rows) expect(row.verdict).toBe(verdictOf(row.counts));
  });

  test('a workbook without a form is one 退回 row that says so', () => {
    const result = check(['# 说明', '本工作簿只有说明'].join('\n'));
    const rows = reviewForms('x.xlsx', result.model, result.findings);
    expect(rows).toEqual([expect.objectContaining({ file: 'x.xlsx', sheet: '', verdict: '退回', note: expect.stringContaining('未发现绩效目标表') })]);
  });
});

describe('quality score', () => {
  test('counts vague, unit-less and unquantified targets and missing dimensions', () => {
    const rows: Row[] = [
      ['产出指标', '数量指标', '培训人数', '≥300', '≥100'],
      ['', '质量指标', '培训质量', '进一步提高', '进一步提高'],
      ['效益指标', '社会效益指标', '群众满意程度', '有效提升', '有效提升'],
      ['', '', '宣传覆盖率', '≥90%', '≥90%'],
    ];
    const m = model(projectText('乙项目', '20000', rows));
    const q = qualityOf(m.sheets[0], []);
    expect(q).toMatchObject({ indicators: 4, quantified: 2, quantifiedRate: 0.5, vague: 2, withoutUnit: 1, periodMismatch: 0 });
    expect(q.coverage).toEqual({ 数量: true, 质量: true, 时效: false, 成本: false, 效益: true, 满意度: false });
    // 0.5×30 + 2×5 + 15 + 0 + 10×(1−2/4) + 10×(1−1/2) + 5 = 55
    expect(q.score).toBe(55);
  });

  test('annual and period targets that disagree are counted once per indicator', () => {
    const rows: Row[] = [...INDICATORS.slice(0, 2), ['', '质量指标', '验收合格率', '≥95%', '']];
    const result = check(projectText('丙项目', '5000', rows));
    expect(qualityOf(result.model.sheets[0], result.findings).periodMismatch).toBe(1);
  });

  test('a form without indicators scores 0', () => {
    const m = model(projectText('丁项目', '5000', []));
    expect(qualityOf({ ...m.sheets[0], indicators: [] }, []).score).toBe(0);
  });
});

describe('同比', () => {
  const lastYear = [{ file: 'prev.xlsx', model: model(projectText('援派干部生活补助经费', '100000')) }];

  test('a project unchanged from last year gives nothing; a new one is said so', () => {
    const current = [{ file: 'now.xlsx', model: model(projectText('援派干部生活补助经费', '100000'), projectText('新建项目', '5000')) }];
    const items = compareYears(current, lastYear);
    expect(items).toEqual([expect.objectContaining({ kind: 'new-project', project: '新建项目', sheet: '新建项目' })]);
  });

  test('dropped indicators, lowered targets and quantity targets copied while the amount moved', () => {
    const rows = INDICATORS.filter((r) => r[2] !== '补贴按时发放率').map((r) => (r[2] === '援派干部满意度' ? [...r.slice(0, 3), '≥85%', '≥85%'] : r));
    const current = [{ file: 'now.xlsx', model: model(projectText('援派干部生活补助经费', '150000', rows)) }];
    const items = compareYears(current, lastYear);
    expect(items.map((i) => i.kind).sort()).toEqual(['indicator-dropped', 'target-lowered', 'values-unchanged']);
    expect(items.find((i) => i.kind === 'indicator-dropped')?.message).toContain('补贴按时发放率');
    const lowered = items.find((i) => i.kind === 'target-lowered');
    expect(lowered?.message).toContain('≥90%');
    expect(lowered?.cell).toMatch(/^[A-Z]+\d+$/);
    const unchanged = items.find((i) => i.kind === 'values-unchanged')!;
    expect(unchanged.message).toContain('+50.0%');
    // Counts and costs should move with the money; rates (补贴发放准确率 100%) need not.
    expect(unchanged.message).toContain('补贴发放人数');
    expect(unchanged.message).toContain('人均补助标准');
    expect(unchanged.message).not.toContain('准确率');
  });

  test('projects match by name and unit: the same name in another unit is a new project', () => {
    const current = [{ file: 'now.xlsx', model: model(projectText('援派干部生活补助经费', '100000', INDICATORS, '另一个单位')) }];
    expect(compareYears(current, lastYear).map((i) => i.kind)).toEqual(['new-project']);
  });

  test('lowered means easier: a smaller floor, a larger ceiling, the same unit and operator', () => {
    const lowered = (a: string, b: string) => isLowered(parseValue(a), parseValue(b));
    expect(lowered('≥95%', '≥90%')).toBe(true);
    expect(lowered('≤3日', '≤5日')).toBe(true);
    expect(lowered('减少10%', '减少5%')).toBe(true);
    expect(lowered('≥90%', '≥95%')).toBe(false);
    expect(lowered('≥10个', '≥8次')).toBe(false);
    expect(lowered('100个', '80个')).toBe(false);
  });
});

describe('汇总 order and the whole review', () => {
  const row = (file: string, verdict: FormReview['verdict'], unit: string): FormReview => ({
    file, sheet: 's', kind: 'project', unit, project: 'p', amountYuan: null, verdict, counts: { error: 0, warning: 0, info: 0 }, ignored: 0, quality: null,
  });

  test('unreadable first, then 退回, 修改后通过, 通过; by unit within a verdict; input order within a unit', () => {
    const rows = [row('1', '通过', '乙'), row('2', '退回', '乙'), row('3', '退回', '甲'), row('4', '无法读取', ''), row('5', '修改后通过', '甲'), row('6', '退回', '甲')];
    expect(sortForReview(rows).map((r) => r.file)).toEqual(['4', '3', '6', '2', '5', '1']);
  });

  test('buildReview keeps reports in input order, lists unreadable files and adds 同比 only when asked', () => {
    const result = check(projectText('援派干部生活补助经费', '115200'));
    const files = [
      { file: 'b.xlsx', unreadable: '文件已损坏或不完整' },
      reviewedFile('a.xlsx', result.model, result.findings, { file: 'a.xlsx', sheets: [], findings: result.findings, notes: [], changes: [] }, true),
    ];
    const review = buildReview(files);
    expect(review.reports.map((r) => r.file)).toEqual(['a.xlsx']);
    expect(review.unreadable).toEqual([{ file: 'b.xlsx', reason: '文件已损坏或不完整' }]);
    expect(review.forms.map((f) => f.verdict)).toEqual(['无法读取', '通过']);
    expect(review.yoy).toBeUndefined();
    expect(buildReview(files, []).yoy).toEqual([expect.objectContaining({ kind: 'new-project' })]);
  });
});
