import { HostError } from '../../src/host/workbookHost';
import { planBatches, readSnapshot } from '../../src/excel/readSnapshot';
import { WorkbookSnapshotSchema } from '../../src/engine/schema';
import { fakeRunner } from './fakeContext';
import { CodedError, FakeWorkbook } from './fakeWorkbook';
import { sampleSeeds, setup } from './sampleWorkbook';

const G = '#,##0.00';

describe('readSnapshot', () => {
  it('reads every sheet in exactly two syncs, with values, text, formulas, formats and merges', async () => {
    const { workbook, host } = setup();
    const progress: [number, number][] = [];
    const snapshot = await host.readSnapshot((done, total) => progress.push([done, total]));

    expect(workbook.syncs).toBe(2);
    expect(progress).toEqual([
      [0, 3],
      [3, 3],
    ]);
    expect(WorkbookSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['部门整体', '项目 A', '空表']);

    const dept = snapshot.sheets[0];
    expect(dept.origin).toEqual({ row: 1, col: 1 });
    expect(dept.values).toHaveLength(8);
    expect(dept.values[0]).toEqual(['部门整体预算绩效目标申报表', '', '', '', '']);
    expect(dept.values[3]).toEqual(['预算整体情况', '基本支出', 6336.55, '财政拨款', 6904.16]);
    expect(dept.text[3]).toEqual(['预算整体情况', '基本支出', '6,336.55', '财政拨款', '6,904.16']);
    expect(dept.formulas[5]).toEqual(['', '', '=C4+C5', '', '']);
    expect(dept.formulas[3]).toEqual(['', '', '', '', '']);
    expect(dept.numberFormats[3]).toEqual(['General', 'General', G, 'General', G]);
    expect(dept.values[7]).toEqual(['产出指标', '质量指标', '办文质量', 0.95, '≥90%']);
    expect(dept.text[7][3]).toBe('95%');
    expect(dept.numberFormats[7][3]).toBe('0%');
    expect(dept.merges).toEqual(['A1:E1', 'A4:A6']);

    const project = snapshot.sheets[1];
    expect(project.origin).toEqual({ row: 2, col: 2 });
    expect(project.values).toEqual([
      ['项目名称', '政务服务'],
      ['资金总额', 100000],
      ['满意度', 0.9],
      ['总体目标：提升服务效能', ''],
    ]);
    expect(project.text[2]).toEqual(['满意度', '90%']);
    expect(project.merges).toEqual(['B5:C5']);

    expect(snapshot.sheets[2]).toEqual({
      name: '空表',
      origin: { row: 1, col: 1 },
      text: [['']],
      values: [['']],
      formulas: [['']],
      numberFormats: [['General']],
      merges: [],
    });
  });

  it('leaves merges empty without ExcelApi 1.13, and says so in capabilities', async () => {
    const { workbook, host } = setup({ apiSets: ['1.7', '1.8', '1.9'] });
    const snapshot = await host.readSnapshot();
    expect(workbook.syncs).toBe(2);
    expect(snapshot.sheets.map((s) => s.merges)).toEqual([[], [], []]);
    expect(snapshot.sheets[0].values[0][0]).toBe('部门整体预算绩效目标申报表');
    expect(host.capabilities()).toEqual({ dataValidation: true, mergedAreas: false });
  });

  it('reads again without merged areas (inferred: []) when a sheet has more than 512 of them, in three syncs', async () => {
    const seeds = sampleSeeds();
    // 513 one-row merges on the project sheet, below its cells: over Excel's limit for merged areas.
    seeds[1].merges = Array.from({ length: 513 }, (_, i) => `B${10 + i}:C${10 + i}`);
    const workbook = new FakeWorkbook(seeds);
    const snapshot = await readSnapshot(fakeRunner(workbook), () => true);
    expect(workbook.syncs).toBe(3); // sheet list, the read refused over the merges, the read without them
    expect(snapshot.sheets.map((s) => s.merges)).toEqual([[], [], []]);
    expect(snapshot.sheets[0].values[3]).toEqual(['预算整体情况', '基本支出', 6336.55, '财政拨款', 6904.16]);
    expect(snapshot.sheets[1].values[1]).toEqual(['资金总额', 100000]);
  });

  it('keeps merged areas at exactly 512, in two syncs', async () => {
    const seeds = sampleSeeds();
    seeds[1].merges = Array.from({ length: 512 }, (_, i) => `B${10 + i}:C${10 + i}`);
    const workbook = new FakeWorkbook(seeds);
    const snapshot = await readSnapshot(fakeRunner(workbook), () => true);
    expect(workbook.syncs).toBe(2);
    expect(snapshot.sheets[1].merges).toHaveLength(512);
    expect(snapshot.sheets[0].merges).toEqual(['A1:E1', 'A4:A6']);
  });

  it('infers merges on the chunked path too when a sheet has too many merged areas', async () => {
    const expected = await setup({ apiSets: ['1.7', '1.8', '1.9'] }).host.readSnapshot();
    const seeds = sampleSeeds();
    seeds[0].merges = Array.from({ length: 600 }, (_, i) => `G${10 + i}:H${10 + i}`);
    const workbook = new FakeWorkbook(seeds);
    workbook.maxCellsPerSync = 20;
    const snapshot = await readSnapshot(fakeRunner(workbook), () => true, undefined, 12);
    expect(snapshot).toEqual(expected);
  });

  it('still reports an error that is not about merged areas, as one line, after one retry without them', async () => {
    const workbook = new FakeWorkbook(sampleSeeds());
    const inner = fakeRunner(workbook);
    // Every sync after the sheet list is refused, as on a workbook that went read-only meanwhile.
    const refusing: typeof inner = (batch, options) =>
      inner((context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (workbook.syncs >= 1) {
            workbook.syncs += 1;
            throw new CodedError('AccessDenied');
          }
          return sync();
        };
        return batch(context);
      }, options);
    await expect(readSnapshot(refusing, () => true)).rejects.toThrow(
      '读取工作簿失败：工作簿或工作表只读、受保护 / Reading the workbook failed: the workbook or sheet is read-only or protected',
    );
    expect(workbook.syncs).toBe(3);
  });

  it('falls back to row chunks when Excel refuses the read as too large, and reads the same cells', async () => {
    const expected = await setup().host.readSnapshot();
    const workbook = new FakeWorkbook(sampleSeeds());
    workbook.maxCellsPerSync = 20; // the 40 + 8 cells of the first two sheets are too many at once
    const progress: [number, number][] = [];
    const snapshot = await readSnapshot(fakeRunner(workbook), () => true, (d, t) => progress.push([d, t]), 12);

    expect(snapshot).toEqual(expected);
    const batches = planBatches([{ rows: 8, cols: 5 }, { rows: 4, cols: 2 }, { rows: 0, cols: 0 }], 12);
    expect(batches.length).toBe(5);
    // list, refused read, sizes, then one sync per batch
    expect(workbook.syncs).toBe(3 + batches.length);
    expect(progress.slice(0, 2)).toEqual([
      [0, 3],
      [1, 3], // the empty sheet needs no chunk
    ]);
    expect(progress[progress.length - 1]).toEqual([3, 3]);
  });

  it('falls back to row chunks when Excel silently returns null grids for a huge range', async () => {
    const expected = await setup().host.readSnapshot();
    const workbook = new FakeWorkbook(sampleSeeds());
    workbook.nullGridsAbove = 10;
    const snapshot = await readSnapshot(fakeRunner(workbook), () => true, undefined, 10);
    expect(snapshot).toEqual(expected);
  });

  it('reports a chunk Excel still cannot return as a one-line HostError', async () => {
    const workbook = new FakeWorkbook(sampleSeeds());
    workbook.nullGridsAbove = 1;
    const failure = readSnapshot(fakeRunner(workbook), () => true, undefined, 5);
    await expect(failure).rejects.toThrow(HostError);
    await expect(readSnapshot(fakeRunner(workbook), () => true, undefined, 5)).rejects.toThrow(
      '工作表“部门整体”太大，Excel 未能返回全部单元格 / Sheet "部门整体" is too large: Excel did not return all its cells',
    );
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
