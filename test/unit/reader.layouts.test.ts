import { toA1 } from '../../src/engine/a1';
import { readWorkbook } from '../../src/engine/layout/readSheet';
import type { CellSpec, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';

/** A one-sheet workbook from rows of text (row 1 first, column A first). */
function sheetOf(rows: string[][], merges: string[] = []): WorkbookSpec {
  const cells: Record<string, CellSpec> = {};
  rows.forEach((row, r) => row.forEach((value, c) => value !== '' && (cells[toA1(r + 1, c + 1)] = { value })));
  return { sheets: [{ name: 'T', cells, merges, columnWidths: {}, validations: [] }] };
}

const read = (spec: WorkbookSpec) => readWorkbook(specToSnapshot(spec)).model.sheets[0];
const brief = (spec: WorkbookSpec) =>
  read(spec).indicators.map((i) => [i.level1, i.level2, i.level3, i.periodValue, i.annualValue, i.cells.periodValue ?? '', i.cells.annualValue ?? '']);

describe('layouts whose header names the columns', () => {
  it('reads long-term and annual blocks side by side', () => {
    const spec = sheetOf([
      ['项目名称', '示例项目'],
      ['中长期目标', '', '', '', '年度目标'],
      ['一级指标', '二级指标', '三级指标', '指标值', '一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥300人', '产出指标', '数量指标', '培训人数', '≥100人'],
      ['', '质量指标', '合格率', '≥95%', '', '质量指标', '合格率', '≥98%'],
    ]);
    expect(brief(spec)).toEqual([
      ['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'D4', 'H4'],
      ['产出指标', '质量指标', '合格率', '≥95%', '≥98%', 'D5', 'H5'],
    ]);
    expect(read(spec).indicators.every((i) => !i.shifted)).toBe(true);
  });

  it('reads long-term and annual tables stacked one under the other', () => {
    const spec = sheetOf([
      ['项目名称', '示例项目'],
      ['中长期绩效指标'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥300人'],
      ['年度绩效指标'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
      ['效益指标', '社会效益', '知晓率', '≥80%'],
    ]);
    expect(brief(spec)).toEqual([
      ['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'D4', 'D7'],
      ['效益指标', '社会效益指标', '知晓率', '', '≥80%', '', 'D8'],
    ]);
  });

  it('reads a target header merged over 实施周期 / 年度 sub-columns', () => {
    const spec = sheetOf(
      [
        ['一级指标', '二级指标', '三级指标', '指标值', ''],
        ['', '', '', '实施周期', '年度'],
        ['产出指标', '时效指标', '完成及时率', '100%', '≥95%'],
      ],
      ['D1:E1'],
    );
    expect(brief(spec)).toEqual([['产出指标', '时效指标', '完成及时率', '100%', '≥95%', 'D3', 'E3']]);
  });

  it('reads levels named …值, columns that are not targets and a one-target layout into annualValue', () => {
    const spec = sheetOf([
      ['一级', '二级', '三级', '权重', '年度数值', '备注'],
      ['产出值', '数量值', '资助学生人数', '10', '<=6962人', '按学籍'],
    ]);
    const indicator = read(spec).indicators[0];
    expect(indicator).toMatchObject({ level1: '产出指标', level2: '数量指标', periodValue: '', annualValue: '<=6962人', shifted: false });
    expect(indicator.extra).toEqual({ 权重: '10', 备注: '按学籍' });
    expect(indicator.cells).toEqual({ level1: 'A2', level2: 'B2', level3: 'C2', annualValue: 'E2' });
  });

  it('composes split 指标性质 / 指标值 / 计量单位 columns', () => {
    const spec = sheetOf([
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '指标说明'],
      ['', '产出指标', '数量指标', '设备数量', '≥', '95', '%', '说明'],
      ['', '', '质量指标', '验收合格', '定性', '合格', '', ''],
    ]);
    expect(read(spec).indicators.map((i) => [i.level3, i.annualValue, i.parts, i.cells.annualValue])).toEqual([
      ['设备数量', '≥95%', ['≥', '95', '%'], 'F2'],
      ['验收合格', '合格', ['定性', '合格', ''], 'F3'],
    ]);
  });

  it('points a missing target at the cell the header says it belongs in', () => {
    const spec = sheetOf([
      ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'],
      ['产出指标', '数量指标', '培训人数', '', '≥100人'],
    ]);
    expect(read(spec).indicators[0]).toMatchObject({ periodValue: '', annualValue: '≥100人', shifted: false, cells: { periodValue: 'D2', annualValue: 'E2' } });
  });

  it('stops at a signature footer under the table', () => {
    const spec = sheetOf([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
      ['填报人：张三', '', '联系电话：123'],
    ]);
    expect(read(spec).indicators.map((i) => i.level3)).toEqual(['培训人数']);
  });
});

describe('layouts the province examples do not show', () => {
  it('reads an annual block that repeats only 三级 and 指标值 beside the long-term block', () => {
    const spec = sheetOf([
      ['一级指标', '二级指标', '三级指标', '指标值', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥300人', '培训人数', '≥100人'],
    ]);
    expect(brief(spec)).toEqual([['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'D2', 'F2']]);
  });

  it('keeps a 序号 column and other named columns out of the targets', () => {
    const spec = sheetOf([
      ['序号', '一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值', '数据来源'],
      ['1', '产出指标', '数量指标', '培训人数', '≥300人', '≥100人', '教育局统计'],
    ]);
    expect(brief(spec)).toEqual([['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'E2', 'F2']]);
    expect(read(spec).indicators[0]).toMatchObject({ shifted: false, extra: { 序号: '1', 数据来源: '教育局统计' } });
  });

  it('reads category names with a note after them', () => {
    const spec = sheetOf([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标（50分）', '数量指标（20分）', '培训人数', '≥100人'],
    ]);
    expect(brief(spec)).toEqual([['产出指标', '数量指标', '培训人数', '', '≥100人', '', 'D2']]);
  });

  it('reads an indicator named like a category when its targets stand beside it', () => {
    const spec = sheetOf([
      ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'],
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '≥90%'],
      ['', '', '社会公众满意度', '≥85%', '≥85%'],
    ]);
    expect(brief(spec)).toEqual([
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '≥90%', 'D2', 'E2'],
      ['满意度指标', '服务对象满意度指标', '社会公众满意度', '≥85%', '≥85%', 'D3', 'E3'],
    ]);
    expect(read(spec).indicators.every((i) => !i.shifted)).toBe(true);
  });

  it('composes both targets of a split layout', () => {
    const spec = sheetOf([
      ['一级指标', '二级指标', '三级指标', '指标性质', '实施周期指标值', '年度指标值', '计量单位'],
      ['产出指标', '数量指标', '培训人数', '≥', '300', '100', '人'],
    ]);
    expect(brief(spec)).toEqual([['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'E2', 'F2']]);
  });

  it('reads target headers written as 实施周期目标 / 年度目标', () => {
    const spec = sheetOf([
      ['项目名称', '示例项目'],
      ['一级指标', '二级指标', '三级指标', '实施周期目标', '年度目标'],
      ['产出指标', '数量指标', '培训人数', '≥300人', '≥100人'],
    ]);
    expect(brief(spec)).toEqual([['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'D3', 'E3']]);
    expect(read(spec).header['年度目标']).toBeUndefined();
  });

  it('does not take a list of projects for a project form', () => {
    const spec = sheetOf([
      ['序号', '项目名称', '预算金额（元）'],
      ['1', '援派干部经费', '115200'],
    ]);
    expect(read(spec).kind).toBe('other');
  });

  it('finds an amount standing one empty cell right of its label', () => {
    const spec = sheetOf([
      ['预算整体情况', '部门预算支出', '', '预算金额（万元）'],
      ['', '基本支出', '', ''],
    ]);
    spec.sheets[0].cells.D2 = { value: 6336.55, numFmt: '#,##0.00' };
    expect(read(spec).header['基本支出']).toMatchObject({ cell: 'D2', amount: { value: '6336.55', unit: '万元' } });
  });

  it('keeps a title row ending in 表 out of the table above it', () => {
    const spec = sheetOf([
      ['中长期绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥300人'],
      ['年度绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
    ]);
    expect(brief(spec)).toEqual([['产出指标', '数量指标', '培训人数', '≥300人', '≥100人', 'D3', 'D6']]);
  });
});

describe('layouts found by a second review', () => {
  const T = ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'];
  const R = ['产出指标', '数量指标', '培训人数', '≥900人', '≥300人'];
  const EXPECTED = [['产出指标', '数量指标', '培训人数', '≥900人', '≥300人']];
  const values = (spec: WorkbookSpec) => read(spec).indicators.map((i) => [i.level1, i.level2, i.level3, i.periodValue, i.annualValue]);

  it('reads a two-row header whose target headers are merged down beside 一级/二级/三级', () => {
    const spec = sheetOf([['绩效指标', '', '', '实施周期指标值', '年度指标值'], ['一级指标', '二级指标', '三级指标', '', ''], R], ['A1:C1', 'D1:D2', 'E1:E2']);
    expect(values(spec)).toEqual(EXPECTED);
    expect(read(spec).table).toMatchObject({ headerRow: 2, firstRow: 3 });
  });

  it('reads headers with an English gloss and a year range for the implementation period', () => {
    expect(values(sheetOf([['一级指标 Level 1', '二级指标', '三级指标 Indicator', '2024-2026年指标值', '2026年指标值 Annual'], R]))).toEqual(EXPECTED);
    expect(values(sheetOf([['一级指标', '二级指标', '三级指标', '实施周期（2024-2026年）指标值', '年度指标值'], R]))).toEqual(EXPECTED);
  });

  it('reads a merged 指标值 over 实施期 / 2026年 sub-columns, and over two columns with nothing below', () => {
    const sub = sheetOf([['一级指标', '二级指标', '三级指标', '指标值', ''], ['', '', '', '实施期', '2026年'], R], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1']);
    expect(values(sub)).toEqual(EXPECTED);
    expect(values(sheetOf([['一级指标', '二级指标', '三级指标', '指标值', ''], R], ['D1:E1']))).toEqual(EXPECTED);
  });

  it('reads a category merged across the level columns once, as a category row', () => {
    const spec = sheetOf([T, ['成本指标', '', '', '', ''], R], ['A2:C2']);
    expect(values(spec)).toEqual(EXPECTED);
    expect(read(spec).categories.map((c) => [c.level1, c.row])).toEqual([['成本指标', 2]]);
  });

  it('stops at notes under the table and skips a 合计 row', () => {
    const spec = sheetOf([T, R, ['合计', '', '', '', ''], ['说明：1.指标值应可量化、可考核；'], ['注 1：年度指标值填写2026年目标']]);
    expect(values(spec)).toEqual(EXPECTED);
  });

  it('keeps an indicator whose name begins with 审核 or 说明', () => {
    const spec = sheetOf([T, R, ['', '', '审核通过率', '100%', '100%'], ['', '', '说明会场次', '≥2场', '≥1场']]);
    expect(values(spec).map((v) => v[2])).toEqual(['培训人数', '审核通过率', '说明会场次']);
  });

  it('keeps what stands under a 三级指标 header merged over two columns out of the targets', () => {
    const spec = sheetOf([['一级指标', '二级指标', '三级指标', '', '实施周期指标值', '年度指标值'], ['产出指标', '数量指标', '培训人数', '含线上', '≥900人', '≥300人']], ['C1:D1']);
    expect(values(spec)).toEqual(EXPECTED);
    expect(read(spec).indicators[0]).toMatchObject({ shifted: false, extra: { '三级指标·2': '含线上' } });
  });

  it('ends a table where the next form on the sheet begins', () => {
    const spec = sheetOf([['项目名称', '甲项目'], T, R, [], ['项目名称', '乙项目'], ['2026年预算金额', '3000'], T, R]);
    expect(read(spec).indicators.map((i) => i.level3)).toEqual(['培训人数', '培训人数']);
    expect(read(spec).indicators.every((i) => !i.shifted)).toBe(true);
  });
});
