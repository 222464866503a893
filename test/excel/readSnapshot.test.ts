import { toA1 } from '../../src/engine/a1';
import type { WorkbookSpec } from '../../src/engine/schema';
import { planBatches, readSnapshot } from '../../src/excel/readSnapshot';
import { simRunner, simWorkbookFromSpec } from '../../src/excel-sim';
import { sampleSpec, setup, syncsOf } from './sampleWorkbook';

function bigSpec(rows: number, cols: number, text: string): WorkbookSpec {
  const cells: WorkbookSpec['sheets'][number]['cells'] = {};
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) cells[toA1(r, c)] = { value: `${text}${r}.${c}` };
  return { sheets: [{ name: '大表', cells, merges: [], columnWidths: {}, validations: [] }] };
}

describe('readSnapshot on the simulated Excel', () => {
  it('reads every sheet in exactly two syncs, with values, text, formulas, formats and merges', async () => {
    const s = setup();
    const progress: [number, number][] = [];
    s.workbook.syncs = 0;
    const snapshot = await s.host.readSnapshot((done, total) => progress.push([done, total]));
    expect(s.workbook.syncs).toBe(2);
    expect(progress).toEqual([[0, 3], [3, 3]]);
    const [department, project, empty] = snapshot.sheets;
    expect(department.origin).toEqual({ row: 1, col: 1 });
    expect(department.values[3]).toEqual(['预算整体情况', '基本支出', 6336.55, '财政拨款', 6904.16]);
    expect(department.text[3]).toEqual(['预算整体情况', '基本支出', '6,336.55', '财政拨款', '6,904.16']);
    expect(department.formulas[5]).toEqual(['', '', '=C4+C5', '', '']);
    expect(department.numberFormats[7]).toEqual(['General', 'General', 'General', '0%', 'General']);
    expect(department.text[7][3]).toBe('95%');
    expect(department.merges).toEqual(['A1:E1', 'A4:A6']);
    expect(project.origin).toEqual({ row: 2, col: 2 });
    expect(project.merges).toEqual(['B5:C5']);
    expect(empty).toEqual({ name: '空表', origin: { row: 1, col: 1 }, values: [['']], text: [['']], formulas: [['']], numberFormats: [['General']], merges: [] });
  });

  it('leaves merges empty without ExcelApi 1.13, and says so in capabilities', async () => {
    const s = setup({ sim: { api: '1.12' } });
    const snapshot = await s.host.readSnapshot();
    expect(snapshot.sheets.map((sheet) => sheet.merges)).toEqual([[], [], []]);
    expect(s.host.capabilities()).toEqual({ dataValidation: true, mergedAreas: false });
  });

  it('reads again without merged areas (inferred: []) when a sheet has more than 512 of them', async () => {
    const s = setup();
    const sheet = s.workbook.requireSheet('部门整体');
    for (let r = 20; r < 20 + 513; r++) sheet.merges.push({ top: r, left: 7, bottom: r, right: 8 });
    const snapshot = await s.host.readSnapshot();
    expect(snapshot.sheets.map((x) => x.merges)).toEqual([[], [], []]);
  });

  it('does not stretch the used range over cells that are only formatted', async () => {
    const s = setup();
    s.workbook.requireSheet('项目 A').touch('K900').fill = '#FFFF00';
    const snapshot = await s.host.readSnapshot();
    expect(snapshot.sheets[1].values.length).toBe(4);
  });

  it('on the web, reads a workbook over 5 MB in row chunks of under 5 MB each, with the same cells', async () => {
    const text = '县（区）非法集资“七进”宣传覆盖率达到百分之九十以上';
    const spec = bigSpec(3000, 10, text);
    const desktop = await readSnapshot(simRunner(simWorkbookFromSpec(spec)), () => true);
    const web = simWorkbookFromSpec(spec, { platform: 'web' });
    const snapshot = await readSnapshot(simRunner(web), () => true);
    expect(snapshot).toEqual(desktop);
    expect(web.syncs).toBeGreaterThan(3);
  });

  it('turns a read Excel refuses outright into one line in Chinese and English', async () => {
    const s = setup({ sim: { api: '1.3' } });
    await expect(s.host.readSnapshot()).rejects.toThrow('读取工作簿失败：此版本的 Excel 不支持该功能 / Reading the workbook failed: this version of Excel does not support it');
  });

  it('keeps the two syncs on the seed-sized sample with ExcelApi 1.7', async () => {
    const s = setup({ spec: sampleSpec(), sim: { api: '1.7' } });
    expect(await syncsOf(s, () => s.host.readSnapshot())).toBe(2);
  });

  it('plans chunks of whole rows that never exceed the batch size', () => {
    const batches = planBatches([{ rows: 10, cols: 4 }, { rows: 3, cols: 30 }], 12);
    for (const batch of batches) {
      const cells = batch.reduce((sum, c) => sum + c.rows * (c.sheet === 0 ? 4 : 30), 0);
      expect(cells <= 12 || batch.length === 1).toBe(true);
    }
    expect(batches.flat().filter((c) => c.sheet === 0).reduce((n, c) => n + c.rows, 0)).toBe(10);
    expect(batches.flat().filter((c) => c.sheet === 1).map((c) => c.rows)).toEqual([1, 1, 1]);
  });
});
