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

describe('createSheet', () => {
  it('creates the sheet with values, formats, merges, widths, print area and dropdowns in two syncs', async () => {
    const s = setup();
    await s.host.createSheet(SPEC);
    expect(s.workbook.syncs).toBe(2);
    const sheet = s.workbook.sheet(SPEC.name)!;
    expect(sheet).toBeDefined();
    expect(s.workbook.activeSheet).toBe(SPEC.name);

    const write = s.workbook.applied.find((op) => op.what === 'formulas');
    expect(write?.target).toBe(`${SPEC.name}!A1:D6`);
    expect(write?.value).toEqual([
      ['项目绩效目标表', '', '', ''],
      ['', '', '', ''],
      ['项目名称', '', '', ''],
      ['资金总额', 0, '=B4*2', ''],
      ['年度', "'2025", '', ''],
      ['', '', '', '≥90%'],
    ]);
    const formats = s.workbook.applied.find((op) => op.what === 'numberFormat');
    expect((formats?.value as string[][])[3]).toEqual(['General', '#,##0.00', '#,##0.00', 'General']);
    expect(s.workbook.applied.findIndex((op) => op.what === 'numberFormat')).toBeLessThan(
      s.workbook.applied.findIndex((op) => op.what === 'formulas'),
    );
    expect(sheet.cell('B5')).toMatchObject({ value: '2025' });
    expect(sheet.cell('C4')).toMatchObject({ formula: '=B4*2' });
    expect(sheet.merges).toEqual(['A1:D1']);
    expect([...sheet.columnWidths]).toEqual([
      ['A', charsToPoints(14)],
      ['B', charsToPoints(30)],
    ]);
    expect(sheet.printArea).toBe('A1:D6');

    const fmt = s.workbook.formatWrites().map((op) => `${op.target.split('!')[1]} ${op.what}=${op.value}`);
    expect(fmt).toEqual(
      expect.arrayContaining([
        'A1 format.font.bold=true',
        'A1 format.horizontalAlignment=Center',
        'A1 format.font.size=16',
        'A3 format.borders.EdgeTop.style=Continuous',
        'A3 format.borders.EdgeRight.style=Continuous',
        'B3 format.wrapText=true',
        'D6 format.fill.color=#FFF2CC',
        'D6 format.font.color=#C00000',
        'D6 format.verticalAlignment=Center',
      ]),
    );
    expect(sheet.validations).toEqual([
      { address: 'A6', what: 'rule', value: { list: { inCellDropDown: true, source: '产出指标,效益指标,满意度指标' } } },
      { address: 'A6', what: 'ignoreBlanks', value: true },
      { address: 'A6', what: 'prompt', value: { showPrompt: true, title: '一级指标', message: '从列表选择' } },
      { address: 'B6', what: 'rule', value: { list: { inCellDropDown: true, source: '=INDIRECT($A6)' } } },
      { address: 'B6', what: 'ignoreBlanks', value: true },
      { address: 'D6', what: 'prompt', value: { showPrompt: true, title: '指标值', message: '如 ≥90%、2项' } },
    ]);
  });

  it('makes the sheet without dropdowns or print area where the API sets are missing', async () => {
    const s = setup({ apiSets: ['1.7'] });
    await s.host.createSheet(SPEC);
    expect(s.host.capabilities().dataValidation).toBe(false);
    const sheet = s.workbook.sheet(SPEC.name)!;
    expect(sheet.validations).toEqual([]);
    expect(sheet.printArea).toBeUndefined();
    expect(sheet.merges).toEqual(['A1:D1']);
  });

  it('refuses an existing name after one sync, adding nothing', async () => {
    const s = setup();
    await expect(s.host.createSheet({ ...SPEC, name: '项目 A' })).rejects.toThrow(
      '已有名为“项目 A”的工作表，未新建 / A sheet named "项目 A" already exists; nothing was created',
    );
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.applied).toEqual([]);
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
    expect(s.workbook.runs).toEqual([]);
  });

  it('removes the half-made sheet when Excel fails part-way (three syncs)', async () => {
    const s = setup();
    s.workbook.failWhen = { what: 'dataValidation.rule', code: 'InvalidArgument' };
    await expect(s.host.createSheet(SPEC)).rejects.toThrow('新建工作表失败：地址或数值无效 / Creating the sheet failed: an address or value is invalid');
    expect(s.workbook.syncs).toBe(3);
    expect(s.workbook.sheet(SPEC.name)).toBeUndefined();
    expect(s.workbook.sheets).toHaveLength(3);
  });

  it('plans an empty spec as no value write', () => {
    const plan = planSheetWrite({ name: '空', cells: {}, merges: [], columnWidths: {}, validations: [] });
    expect(plan.address).toBeNull();
    expect(plan.formulas).toEqual([]);
  });
});
