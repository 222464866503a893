/**
 * createSheet, saveIgnored / loadIgnored and applyPlan / undoPlan over office-addin-mock 4, in the
 * seed workbook. Not expressible with the mock: Excel failing part-way through a write sync
 * (createSheet then deletes the half-made sheet in a third sync; applyHighlights sweeps its rules
 * away). office-addin-mock's `context.sync()` never rejects, and a seeded method can only throw at
 * the call, before the sync, where Excel would not have run anything yet; those paths are covered
 * by the hand-written fake (createSheet.test.ts, highlightsAtomic.test.ts) only.
 */
import { parseA1, rangeToA1 } from '../../src/engine/a1';
import { IGNORED_SHEET } from '../../src/engine/ignoredSheet';
import type { CellValue, Change, SheetSnapshot, SheetSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { createExcelHost } from '../../src/excel/excelHost';
import { MemorySettingsStore, SETTINGS_KEYS } from '../../src/excel/settingsStore';
import type { IgnoredFinding } from '../../src/host/workbookHost';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { excelMock, NOT_LOADED, type ExcelMock, type NewSheetSeed, type SheetSeed } from './officeAddinMockKit';

const spec = seedWorkbookSpec();
const seed = specToSnapshot(spec);
const seedSheets = (): SheetSeed[] => seed.sheets.map((snapshot) => ({ snapshot }));

function hostOver(excel: ExcelMock, settings = new MemorySettingsStore(), apiSets = ['1.8', '1.9'], now = new Date(2026, 2, 5, 14, 7)) {
  return createExcelHost({ run: excel.run, settings, supports: (v) => apiSets.includes(v), now: () => now });
}

/** Excel's "text, not a number or formula" apostrophe, stated here rather than imported. */
function literal(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  return /^[=+\-@]/.test(value) || (value.trim() !== '' && !Number.isNaN(Number(value))) ? `'${value}` : value;
}

/** Every range createSheet will write for `sheet`, derived from the spec alone. */
function rangesFor(sheet: SheetSpec): { block: string; ranges: string[] } {
  const refs = Object.keys(sheet.cells).map((a) => parseA1(a));
  const block = rangeToA1({
    top: Math.min(...refs.map((r) => r.row)),
    left: Math.min(...refs.map((r) => r.col)),
    bottom: Math.max(...refs.map((r) => r.row)),
    right: Math.max(...refs.map((r) => r.col)),
  });
  const styled = Object.keys(sheet.cells).filter((a) => Object.keys(sheet.cells[a].style ?? {}).length > 0);
  const columns = Object.keys(sheet.columnWidths).map((c) => `${c}:${c}`);
  const other = [...sheet.merges, ...sheet.validations.map((v) => v.range), ...(sheet.prompts ?? []).map((p) => p.range)];
  return { block, ranges: [...new Set([block, ...styled, ...columns, ...other])] };
}

describe('createSheet over office-addin-mock', () => {
  it('writes a seed project sheet as a new sheet in two syncs: formulas, number formats, styles, widths', async () => {
    const sheet: SheetSpec = { ...spec.sheets[1], name: '援派干部经费 (2)' };
    const { block, ranges } = rangesFor(sheet);
    expect(block).toBe('A1:F27');
    const excel = excelMock(seedSheets(), { ranges } satisfies NewSheetSeed);
    await hostOver(excel).createSheet(sheet);

    expect(excel.syncs()).toBe(2);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(excel.log.calls).toEqual([`add ${sheet.name}`, `activate ${sheet.name}`]);
    const written = excel.addedSheet().ranges;
    const top = 1;
    const grid = (pick: (address: string) => unknown) =>
      Array.from({ length: 27 }, (_, r) =>
        Array.from({ length: 6 }, (_, c) => pick(rangeToA1({ top: top + r, left: 1 + c, bottom: top + r, right: 1 + c }))),
      );
    expect(written[block].formulas).toEqual(
      grid((a) => {
        const cell = sheet.cells[a];
        if (!cell) return '';
        return cell.formula ? (cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`) : literal(cell.value);
      }),
    );
    expect(written[block].formulas[7][1]).toBe(115200); // B8 2026年预算金额
    expect(written[block].formulas[6][2]).toBe('2023年'); // C7, text as it is
    expect(written[block].numberFormat).toEqual(grid((a) => sheet.cells[a]?.numFmt ?? 'General'));
    expect(written[block].numberFormat[7][1]).toBe('0');

    expect(written.A1.format.font.bold).toBe(true);
    expect(written.A1.format.font.size).toBe(14);
    expect(written.B9.format.wrapText).toBe(true);
    expect(written.B9.format.verticalAlignment).toBe('Top');
    expect(written.B9.format.font.bold).toBeUndefined(); // only what the style says is written
    for (const [column, chars] of Object.entries(sheet.columnWidths)) {
      expect(written[`${column}:${column}`].format.columnWidth).toBe(Math.round((chars * 7 + 5) * 0.75 * 100) / 100);
    }
  });

  it('writes merges, borders, fills, dropdowns, input messages and the print area (ExcelApi 1.8 and 1.9)', async () => {
    const sheet: SheetSpec = {
      name: '新项目',
      cells: {
        A1: { value: '项目绩效目标表', style: { bold: true, hAlign: 'center', fontSize: 16 } },
        A3: { value: '项目名称', style: { border: true } },
        B4: { value: 0, formula: 'SUM(B5:B6)', numFmt: '#,##0.00' },
        B5: { value: '2025' },
        D6: { value: '≥90%', style: { fill: '#FFF2CC', fontColor: '#C00000', vAlign: 'middle' } },
      },
      merges: ['A1:D1'],
      columnWidths: { A: 14 },
      printArea: 'A1:D6',
      validations: [
        { range: 'A6:A6', list: ['产出指标', '效益指标'], allowBlank: true, prompt: { title: '一级指标', message: '从列表选择' } },
        { range: 'B6:B6', list: '=INDIRECT($A6)', allowBlank: false },
      ],
      prompts: [{ range: 'D6:D6', title: '指标值', message: '如 ≥90%' }],
    };
    const excel = excelMock(seedSheets(), { ranges: rangesFor(sheet).ranges });
    await hostOver(excel).createSheet(sheet);

    expect(excel.syncs()).toBe(2);
    expect(excel.log.calls).toEqual([
      'add 新项目',
      'merge 新项目!A1:D1 false',
      'printArea 新项目 A1:D6',
      'activate 新项目',
    ]);
    const w = excel.addedSheet().ranges;
    expect(w['A1:D6'].formulas).toEqual([
      ['项目绩效目标表', '', '', ''],
      ['', '', '', ''],
      ['项目名称', '', '', ''],
      ['', '=SUM(B5:B6)', '', ''],
      ['', "'2025", '', ''],
      ['', '', '', '≥90%'],
    ]);
    expect(w['A1:D6'].numberFormat[3]).toEqual(['General', '#,##0.00', 'General', 'General']);
    expect(w.A1.format.horizontalAlignment).toBe('Center');
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']) expect(w.A3.format.borders[edge].style).toBe('Continuous');
    expect([w.D6.format.fill.color, w.D6.format.font.color, w.D6.format.verticalAlignment]).toEqual(['#FFF2CC', '#C00000', 'Center']);
    expect(w['A6:A6'].dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: '产出指标,效益指标' } });
    expect(w['A6:A6'].dataValidation.ignoreBlanks).toBe(true);
    expect(w['A6:A6'].dataValidation.prompt).toEqual({ showPrompt: true, title: '一级指标', message: '从列表选择' });
    expect(w['B6:B6'].dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: '=INDIRECT($A6)' } });
    expect(w['B6:B6'].dataValidation.ignoreBlanks).toBe(false);
    expect(w['D6:D6'].dataValidation.prompt).toEqual({ showPrompt: true, title: '指标值', message: '如 ≥90%' });

    // On the ExcelApi 1.7 floor the sheet is made without dropdowns and print area.
    const floor = excelMock(seedSheets(), { ranges: rangesFor(sheet).ranges });
    await hostOver(floor, new MemorySettingsStore(), []).createSheet(sheet);
    expect(floor.syncs()).toBe(2);
    expect(floor.log.calls).toEqual(['add 新项目', 'merge 新项目!A1:D1 false', 'activate 新项目']);
    expect(floor.addedSheet().ranges['A6:A6'].dataValidation.rule).toBeUndefined();
  });

  it('refuses a name that is taken after one sync, creating nothing', async () => {
    const excel = excelMock(seedSheets(), { ranges: [] });
    await expect(hostOver(excel).createSheet(spec.sheets[1])).rejects.toThrow(
      '已有名为“援派干部经费”的工作表，未新建',
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.log.calls).toEqual([]);
  });
});

const IGNORED: IgnoredFinding[] = [
  { sheet: '援派干部经费', cell: 'E19', rule: 'value.missing-operator', reason: '按文件原样填写' },
  { sheet: '遗属补助经费', cell: 'B8', rule: 'money.unit-inferred', reason: '单位为元' },
];

/** The very hidden sheet as Excel returns it after a reload: the values written, as text. */
function ignoredSheetSeed(values: string[][], visibility: SheetSeed['visibility'] = 'VeryHidden', ranges: string[] = []): SheetSeed {
  const snapshot: SheetSnapshot = {
    name: IGNORED_SHEET,
    origin: { row: 1, col: 1 },
    values,
    text: values,
    formulas: values.map((row) => row.map(() => '')),
    numberFormats: values.map((row) => row.map(() => '@')),
    merges: [],
  };
  return { snapshot, visibility, ranges };
}

describe('saveIgnored / loadIgnored over office-addin-mock', () => {
  it('saves into a new very hidden sheet in two syncs, and the record survives a reload (two syncs)', async () => {
    const excel = excelMock(seedSheets(), { ranges: ['A1:E3'] });
    await hostOver(excel).saveIgnored(IGNORED);

    expect(excel.syncs()).toBe(2);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(excel.log.calls).toEqual([`add ${IGNORED_SHEET}`]);
    expect(excel.addedSheet().visibility).toBe('VeryHidden');
    const block = excel.addedSheet().ranges['A1:E3'];
    expect(block.numberFormat).toEqual(Array.from({ length: 3 }, () => ['@', '@', '@', '@', '@']));
    const written: string[][] = block.values;
    expect(written).toEqual([
      ['工作表', '单元格', '规则', '原因', '时间'],
      ['援派干部经费', 'E19', 'value.missing-operator', '按文件原样填写', '2026-03-05 14:07'],
      ['遗属补助经费', 'B8', 'money.unit-inferred', '单位为元', '2026-03-05 14:07'],
    ]);

    // Reopened: a new session reads the sheet (and its times), then saves a third finding later on.
    const reopened = excelMock([...seedSheets(), ignoredSheetSeed(written, 'VeryHidden', ['A:E', 'A1:E4'])]);
    const host = hostOver(reopened, new MemorySettingsStore(), ['1.8', '1.9'], new Date(2026, 3, 1, 9, 30));
    expect(await host.loadIgnored()).toEqual(IGNORED);
    expect(reopened.syncs()).toBe(2);

    const third: IgnoredFinding = { sheet: '决策咨询工作经费', cell: 'F20', rule: 'value.rate-over-100', reason: '已核实' };
    await host.saveIgnored([...IGNORED, third]);
    expect(reopened.syncs()).toBe(4);
    expect(reopened.log.calls).toEqual([`clear ${IGNORED_SHEET}!A:E Contents`]);
    const rewritten = reopened.sheet(IGNORED_SHEET).cells['A1:E4'];
    expect(rewritten.values.map((row: string[]) => row[4])).toEqual([
      '时间',
      '2026-03-05 14:07', // first ignored before the reload: its time is kept
      '2026-03-05 14:07',
      '2026-04-01 09:30',
    ]);
  });

  it('without the sheet, loads in one sync from the older document-settings record', async () => {
    const settings = new MemorySettingsStore();
    settings.set(SETTINGS_KEYS.ignored, [IGNORED[0]]);
    await settings.save();
    const excel = excelMock(seedSheets());
    expect(await hostOver(excel, settings).loadIgnored()).toEqual([IGNORED[0]]);
    expect(excel.syncs()).toBe(1);
  });

  it('refuses to save over a visible sheet of that name after one sync, writing nothing', async () => {
    const excel = excelMock([...seedSheets(), ignoredSheetSeed([['x']], 'Visible', ['A:E', 'A1:E3'])], { ranges: ['A1:E3'] });
    await expect(hostOver(excel).saveIgnored(IGNORED)).rejects.toThrow(
      `工作簿中已有名为“${IGNORED_SHEET}”的可见工作表，未保存忽略记录；请改名后重试`,
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.log.calls).toEqual([]);
    expect(excel.sheet(IGNORED_SHEET).cells['A1:E3'].values).toBeUndefined();
  });
});

describe('applyPlan / undoPlan over office-addin-mock', () => {
  const FIRST = seed.sheets[0].name;
  const change = (cell: string, before: CellValue, after: CellValue): Change => ({
    sheet: FIRST, cell, before, after, reason: 'r', relation: 'x',
  });

  it('undo restores the before-values in two syncs, and refuses after one when a cell changed since', async () => {
    const excel = excelMock([{ snapshot: seed.sheets[0], cells: { C5: {}, E5: {} } }, ...seedSheets().slice(1)]);
    const settings = new MemorySettingsStore();
    const host = hostOver(excel, settings);
    const cells = excel.sheet(FIRST).cells;
    expect(cells.C5.values).toBe(NOT_LOADED); // the seeded value is only read through a load
    expect(await host.applyPlan([change('C5', 6336.55, 6400), change('E5', 6904.16, 6967.61)])).toEqual({ written: 2 });
    expect(excel.syncs()).toBe(2);
    expect([cells.C5.values, cells.E5.values]).toEqual([[[6400]], [[6967.61]]]);

    // A second session after a reload: the undo record was saved with the workbook.
    const reopened = hostOver(excel, settings.reopened());
    expect(await reopened.canUndoPlan()).toBe(true);
    expect(await reopened.undoPlan()).toBe(true);
    expect(excel.syncs()).toBe(4);
    expect([cells.C5.values, cells.E5.values]).toEqual([[[6336.55]], [[6904.16]]]);
    expect(await reopened.canUndoPlan()).toBe(false);
    expect(await reopened.undoPlan()).toBe(false);
    expect(excel.syncs()).toBe(4); // nothing to undo: no batch at all

    await host.applyPlan([change('C5', 6336.55, 6400)]);
    cells.C5.values = [[6500]]; // the user typed over it
    const before = excel.syncs();
    await expect(host.undoPlan()).rejects.toThrow(/部门整体预算绩效目标申报表!C5 已被修改（现为 6500，检查时为 6400）/);
    expect(excel.syncs() - before).toBe(1);
    expect(cells.C5.values).toEqual([[6500]]);
  });
});
