import type { SheetSpec } from '../../src/engine/schema';
import { charsToPoints, planSheetWrite } from '../../src/excel/sheetWritePlan';
import { HostError } from '../../src/host/workbookHost';
import { setup } from './sampleWorkbook';

const SPEC: SheetSpec = {
  name: '项目绩效目标表 (2)',
  cells: {
    A1: { value: '项目绩效目标表', style: { bold: true, hAlign: 'center', fontSize: 16 } },
    A3: { value: '项目名称', style: { border: true } },
    B3: { value: '', style: { border: true, wrap: true } },
    A4: { value: '资金总额' },
    B4: { value: 0, numFmt: '#,##0.00' },
    C4: { value: 0, formula: 'B4*2', numFmt: '#,##0.00' },
    A5: { value: '年度' },
    B5: { value: '2025' },
    D6: { value: '≥90%', style: { fill: '#FFF2CC', fontColor: '#C00000', vAlign: 'middle' } },
  },
  merges: ['A1:D1'],
  columnWidths: { A: 14, B: 30 },
  printArea: 'A1:D6',
  validations: [
    {
      range: 'A6:A6',
      list: ['产出指标', '效益指标', '满意度指标'],
      allowBlank: true,
      prompt: { title: '一级指标', message: '从列表选择' },
    },
    { range: 'B6:B6', list: '=INDIRECT($A6)', allowBlank: true },
  ],
  prompts: [{ range: 'D6:D6', title: '指标值', message: '如 ≥90%、2项' }],
};

describe('createSheet on the simulated Excel', () => {
  it('creates the sheet with values, formats, merges, widths, print area and dropdowns in three syncs, then shows it', async () => {
    const s = setup();
    s.workbook.syncs = 0;
    await s.host.createSheet(SPEC);
    expect(s.workbook.syncs).toBe(3);
    expect(s.workbook.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(s.workbook.activeSheet).toBe(SPEC.name);
    const sheet = s.workbook.requireSheet(SPEC.name);
    expect(sheet.cell('A1')?.value).toBe('项目绩效目标表');
    expect(sheet.cell('B5')).toMatchObject({ value: '2025', prefixed: true }); // text, not the number 2025
    expect(sheet.cell('C4')).toMatchObject({ formula: '=B4*2', numberFormat: '#,##0.00' });
    expect(sheet.cell('B4')?.numberFormat).toBe('#,##0.00');
    expect(sheet.cell('D6')).toMatchObject({ value: '≥90%', fill: '#FFF2CC' });
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect([...sheet.columnWidths]).toEqual([
      [1, charsToPoints(14)],
      [2, charsToPoints(30)],
    ]);
    expect(sheet.printArea).toBe('A1:D6');
    expect(sheet.validations.map((v) => ({ ...v, area: undefined }))).toEqual([
      { area: undefined, rule: { list: { inCellDropDown: true, source: '产出指标,效益指标,满意度指标' } }, ignoreBlanks: true, prompt: { showPrompt: true, title: '一级指标', message: '从列表选择' } },
      { area: undefined, rule: { list: { inCellDropDown: true, source: '=INDIRECT($A6)' } }, ignoreBlanks: true },
      { area: undefined, prompt: { showPrompt: true, title: '指标值', message: '如 ≥90%、2项' } },
    ]);
  });

  it('makes the sheet without dropdowns or print area where the API sets are missing', async () => {
    const s = setup({ sim: { api: '1.7' } });
    await s.host.createSheet(SPEC);
    expect(s.host.capabilities().dataValidation).toBe(false);
    const sheet = s.workbook.requireSheet(SPEC.name);
    expect(sheet.validations).toEqual([]);
    expect(sheet.printArea).toBeUndefined();
    expect(sheet.merges).toHaveLength(1);
  });

  it('refuses an existing name after one sync, adding nothing', async () => {
    const s = setup();
    s.workbook.syncs = 0;
    await expect(s.host.createSheet({ ...SPEC, name: '项目 A' })).rejects.toThrow(
      '已有名为“项目 A”的工作表，未新建 / A sheet named "项目 A" already exists; nothing was created',
    );
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.sheets).toHaveLength(3);
  });

  it('refuses invalid names and lists Excel cannot hold before calling Excel', async () => {
    const s = setup();
    await expect(s.host.createSheet({ ...SPEC, name: 'a/b' })).rejects.toBeInstanceOf(HostError);
    await expect(s.host.createSheet({ ...SPEC, name: 'x'.repeat(32) })).rejects.toThrow(/工作表名称/);
    const comma = { ...SPEC, validations: [{ range: 'A6', list: ['甲,乙'], allowBlank: true }] };
    await expect(s.host.createSheet(comma)).rejects.toThrow(/含逗号/);
    const long = { ...SPEC, validations: [{ range: 'A6', list: ['长'.repeat(256)], allowBlank: true }] };
    await expect(s.host.createSheet(long)).rejects.toThrow(/超过 255 个字符/);
    expect(s.workbook.runOptions).toEqual([]);
  });

  it('removes the half-made sheet when Excel fails part-way, found again by name', async () => {
    const s = setup();
    await expect(s.host.createSheet({ ...SPEC, merges: ['A1:D1', 'C1:E1'] })).rejects.toThrow(
      '新建工作表失败：工作表受保护或该操作不被允许 / Creating the sheet failed: the sheet is protected or the operation is not allowed',
    );
    expect(s.workbook.sheet(SPEC.name)).toBeUndefined();
    expect(s.workbook.sheets).toHaveLength(3);
  });

  it('plans an empty spec as no value write', () => {
    const plan = planSheetWrite({ name: '空', cells: {}, merges: [], columnWidths: {}, validations: [] });
    expect(plan.address).toBeNull();
    expect(plan.formulas).toEqual([]);
  });
});
