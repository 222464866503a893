import { parseSeedText, sanitizeSheetName, seedWorkbookSpec, uniqueSheetName } from '../../src/sample/seedSpec';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/engine/schema';
import { WorkbookSpecSchema } from '../../src/engine/schema';
import { SEED_SHEETS } from '../fixtures/seedIndicators';

const DEPT = '部门整体预算绩效目标申报表';
const SHEET_NAMES = SEED_SHEETS.map(([name]) => name);

const spec = seedWorkbookSpec();
const sheet = (name: string): SheetSpec => {
  const found = spec.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`missing sheet ${name}`);
  return found;
};
const cell = (name: string, a1: string): CellSpec | undefined => sheet(name).cells[a1];

// [sheet, cell, value, numFmt (undefined: a text cell without a format)]
const SPOT_CHECKS: Array<[string, string, string | number, string | undefined]> = [
  [DEPT, 'A1', DEPT, undefined],
  [DEPT, 'A2', '部门名称', undefined],
  [DEPT, 'B2', '市府办', undefined],
  [DEPT, 'C3', 134, 'General'],
  [DEPT, 'E3', 1, 'General'],
  [DEPT, 'A4', '预算整体情况', undefined],
  [DEPT, 'C5', 6336.55, '#,##0.00'],
  [DEPT, 'E5', 6904.16, '#,##0.00'],
  [DEPT, 'C6', 567.61, '#,##0.00'],
  [DEPT, 'E6', 0, '#,##0.00'],
  [DEPT, 'D9', '拟用于对下转移支付资金', undefined],
  [DEPT, 'A10', '总体绩效目标', undefined],
  [DEPT, 'A11', '年度重点工作任务', undefined],
  [DEPT, 'D11', '拟投入的资金（元）', undefined],
  [DEPT, 'B12', '发挥参谋助手作用', undefined],
  [DEPT, 'D12', 252900, '#,##0.00'],
  [DEPT, 'B20', '组织落实民兵武装工作', undefined],
  [DEPT, 'D20', 70000, '#,##0.00'],
  [DEPT, 'A21', '其他需完成的任务（可选填）', undefined],
  [DEPT, 'A23', '一级指标', undefined],
  [DEPT, 'E23', '年度指标值', undefined],
  [DEPT, 'C25', '政府网站与政务新媒体检测结果误判率', undefined],
  [DEPT, 'D25', '<1%', undefined],
  [DEPT, 'C40', '市委、市人大、市政府、市政协等部门及人大代表、政协委员运用系统处理建议提案数量', undefined],
  [DEPT, 'D50', '>5%', undefined],
  [DEPT, 'D54', '民兵点验310人次，入队训练61人次', undefined],
  // The shifted row: name in the 一级 column, values in the 二级 and 三级 columns.
  [DEPT, 'A58', '县（区）非法集资“七进”宣传覆盖率', undefined],
  [DEPT, 'B58', '100%', undefined],
  [DEPT, 'C58', '100%', undefined],
  [DEPT, 'A59', '生态效益', undefined],
  [DEPT, 'A60', '满意度指标', undefined],
  [DEPT, 'B60', '服务对象满意度', undefined],
  ['援派干部经费', 'A1', '项目绩效目标表', undefined],
  ['援派干部经费', 'B2', '援派干部经费', undefined],
  ['援派干部经费', 'C7', '2023年', undefined],
  ['援派干部经费', 'E7', '2099年', undefined],
  ['援派干部经费', 'A8', '2026年预算金额', undefined],
  ['援派干部经费', 'B8', 115200, '0'],
  ['援派干部经费', 'A15', '绩效指标', undefined],
  ['援派干部经费', 'F15', '当年度指标值', undefined],
  ['援派干部经费', 'E19', '3人', undefined],
  ['遗属补助经费', 'B8', 7412, '0'],
  ['遗属补助经费', 'B10', '-', undefined],
  ['遗属补助经费', 'A25', '满意度指标', undefined],
  ['市政府办宣传办刊及慰问经费', 'D19', '慰问次数', undefined],
  ['市政府办宣传办刊及慰问经费', 'G19', '4次', undefined],
  ['市政府办宣传办刊及慰问经费', 'C24', '公报投递（发布）及时率', undefined],
  ['市政府办宣传办刊及慰问经费', 'E24', '5天内', undefined],
  ['市政府办宣传办刊及慰问经费', 'E28', '≥80%', undefined],
  ['决策咨询工作经费', 'B8', 300000, '0'],
  ['决策咨询工作经费', 'D28', '成果使用对象满意度', undefined],
  ['市政府办网站运行监测经费', 'F21', '100个政务新媒体', undefined],
  ['市政府办网站运行监测经费', 'G25', '0%', undefined],
  ['金融稳定发展协调费', 'D25', '重点行业（制造业、基础设施业、涉农贷款等）贷款余额增长率', undefined],
  ['金融稳定发展协调费', 'G25', '>3%', undefined],
  ['金融稳定发展协调费', 'A28', '满意度指标', undefined],
  // 三级 names in the 实施周期 column (E), values one column right.
  ['预防和处置非法集资经费', 'E19', '开展现场检查场数', undefined],
  ['预防和处置非法集资经费', 'F19', '≥3场', undefined],
  ['预防和处置非法集资经费', 'E23', '防范非法集资培训完成率', undefined],
  ['预防和处置非法集资经费', 'G23', '100%', undefined],
  ['预防和处置非法集资经费', 'D24', '县（区）非法集资“七进”宣传覆盖率', undefined],
  ['预防和处置非法集资经费', 'D29', '≥80%', undefined],
  ['广东省地方金融风险监测防控中心服务经费', 'B8', 480000, '0'],
  ['广东省地方金融风险监测防控中心服务经费', 'C22', '发现地方金融风险企业发送专项报告及时性', undefined],
  ['广东省地方金融风险监测防控中心服务经费', 'D22', '≤3日', undefined],
  ['广东省地方金融风险监测防控中心服务经费', 'E23', '减少10%', undefined],
  ['广东省地方金融风险监测防控中心服务经费', 'C27', '服务企业满意度', undefined],
  ['政策性农村住房保险保费补贴资金', 'E19', '≥40.9万', undefined],
  ['政策性农村住房保险保费补贴资金', 'E23', '1.3元/户', undefined],
  ['政策性农村住房保险保费补贴资金', 'D26', '≥80%', undefined],
];

describe('seedWorkbookSpec', () => {
  test('validates against the WorkbookSpec schema', () => {
    expect(() => WorkbookSpecSchema.parse(spec)).not.toThrow();
  });

  test('makes the 10 sheets, named by heading and 项目名称, in order', () => {
    expect(spec.sheets.map((s) => s.name)).toEqual(SHEET_NAMES);
    for (const s of spec.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  test.each(SPOT_CHECKS)('%s!%s is %p (%p)', (name, a1, value, numFmt) => {
    const found = cell(name, a1);
    expect(found?.value).toBe(value);
    expect(found?.numFmt).toBe(numFmt);
  });

  test('spot checks cover every sheet', () => {
    expect(new Set(SPOT_CHECKS.map(([name]) => name))).toEqual(new Set(SHEET_NAMES));
    expect(SPOT_CHECKS.length).toBeGreaterThanOrEqual(30);
  });

  test('cells that the text leaves empty are absent, including blank rows inside a section', () => {
    expect(cell(DEPT, 'D58')).toBeUndefined(); // the shifted row stops at C
    expect(Object.keys(sheet(DEPT).cells).filter((a) => /^[A-Z]+22$/.test(a))).toEqual([]);
    expect(cell('预防和处置非法集资经费', 'D19')).toBeUndefined();
    expect(cell('市政府办宣传办刊及慰问经费', 'E19')).toBeUndefined();
    expect(cell('援派干部经费', 'B10')).toBeUndefined(); // 项目概述 without a value
  });

  test('the title row is bold and the last row of each sheet is the last line of its section', () => {
    expect(cell(DEPT, 'A1')?.style?.bold).toBe(true);
    const lastRow = (s: SheetSpec) => Math.max(...Object.keys(s.cells).map((a) => Number(a.replace(/^[A-Z]+/, ''))));
    expect(spec.sheets.map(lastRow)).toEqual([60, 27, 25, 28, 28, 30, 28, 29, 27, 26]);
  });

  test('column widths: a label column and wider text columns', () => {
    const widths = sheet(DEPT).columnWidths;
    expect(widths.A).toBe(16);
    expect(widths.B).toBe(40);
    for (const s of spec.sheets) for (const w of Object.values(s.columnWidths)) expect(w).toBeGreaterThanOrEqual(10);
  });

  test('each call returns a fresh spec', () => {
    const a = seedWorkbookSpec();
    a.sheets[0].cells.A2.value = 'changed';
    expect(seedWorkbookSpec().sheets[0].cells.A2.value).toBe('部门名称');
  });
});

describe('parseSeedText', () => {
  test('rows, columns, blank lines, amounts and headings', () => {
    const text = ['intro', '', '# 表一', '', '项目名称\t甲/乙:丙', '', '\t\t2023年', '2026年预算金额\t5000', '人数\t12', '金额\t1,234.50', '', '', '## 表一', '项目名称\t甲/乙:丙'].join('\n');
    const parsed: WorkbookSpec = parseSeedText(text);
    expect(parsed.sheets.map((s) => s.name)).toEqual(['甲乙丙', '甲乙丙 (2)']);
    const first = parsed.sheets[0].cells;
    expect(first.A1.value).toBe('表一');
    expect(first.A2.value).toBe('项目名称');
    expect(first.A3).toBeUndefined();
    expect(first.C4.value).toBe('2023年');
    expect(first.B5).toEqual({ value: 5000, numFmt: '0' });
    expect(first.B6).toEqual({ value: 12, numFmt: 'General' });
    expect(first.B7).toEqual({ value: 1234.5, numFmt: '#,##0.00' });
    expect(Object.keys(first).some((a) => a.endsWith('8'))).toBe(false); // trailing blank lines dropped
    expect(parsed.sheets[1].cells.A2.value).toBe('项目名称');
  });

  test('sheet names: forbidden characters removed, 31 characters at most, unique', () => {
    expect(sanitizeSheetName('a[b]c:d*e?f/g\\h')).toBe('abcdefgh');
    expect(sanitizeSheetName('长'.repeat(40))).toBe('长'.repeat(31));
    expect(sanitizeSheetName('[]')).toBe('Sheet');
    const used = new Set<string>();
    expect(uniqueSheetName('x'.repeat(40), used)).toBe('x'.repeat(31));
    expect(uniqueSheetName('X'.repeat(35), used)).toBe(`${'X'.repeat(27)} (2)`);
  });
});
