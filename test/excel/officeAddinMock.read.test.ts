/**
 * readSnapshot over office-addin-mock 4, on the seed workbook (src/sample/seed.txt). The mock's
 * worksheets are built from specToSnapshot(seedWorkbookSpec()); see officeAddinMockKit.ts for the
 * two seeded shims (collection loads, isNullObject).
 */
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { IGNORED_SHEET } from '../../src/engine/ignoredSheet';
import { createExcelHost } from '../../src/excel/excelHost';
import { MemorySettingsStore } from '../../src/excel/settingsStore';
import { mergedVariant } from '../../src/sample/variants';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { excelMock, NOT_LOADED, type SheetSeed } from './officeAddinMockKit';

const seed = specToSnapshot(seedWorkbookSpec());

function hostOver(sheets: SheetSeed[], apiSets: string[]) {
  const excel = excelMock(sheets);
  const host = createExcelHost({ run: excel.run, settings: new MemorySettingsStore(), supports: (v) => apiSets.includes(v) });
  return { excel, host };
}

/** The add-in's own very hidden record, which is not part of the workbook to check. */
const ignoredSheet: SheetSeed = {
  snapshot: { ...seed.sheets[0], name: IGNORED_SHEET },
  visibility: 'VeryHidden',
};

describe('readSnapshot over office-addin-mock', () => {
  it('reads the seed workbook in two syncs, exactly as the spec describes it', async () => {
    const { excel, host } = hostOver(seed.sheets.map((snapshot) => ({ snapshot })), ['1.9']);
    const progress: [number, number][] = [];
    const snapshot = await host.readSnapshot((done, total) => progress.push([done, total]));

    expect(excel.syncs()).toBe(2);
    expect(snapshot.sheets).toHaveLength(10);
    expect(snapshot).toEqual(seed);
    expect(progress).toEqual([
      [0, 10],
      [10, 10],
    ]);
    // Spot checks against the seed text itself, not only against specToSnapshot.
    const first = snapshot.sheets[0];
    expect(first.name).toBe('部门整体预算绩效目标申报表');
    expect(first.values[4][2]).toBe(6336.55); // C5 基本支出
    expect(first.numberFormats[4][2]).toBe('#,##0.00');
    expect(first.formulas[4][2]).toBe(''); // Excel returns the constant in `formulas`; the snapshot wants ""
    expect(excel.runOptions).toEqual([undefined]); // a read does not wait for cell edit mode
  });

  it('with ExcelApi 1.13 reads merged areas in the same two syncs and skips the ignored-findings sheet', async () => {
    const merged = specToSnapshot(mergedVariant(seedWorkbookSpec()));
    const withMerges = merged.sheets.filter((s) => s.merges.length > 0);
    expect(withMerges.length).toBeGreaterThan(0);
    const sheets: SheetSeed[] = [
      ...merged.sheets.map((snapshot) => ({ snapshot, merges: snapshot.merges })),
      ignoredSheet,
    ];
    const { excel, host } = hostOver(sheets, ['1.9', '1.13']);
    const snapshot = await host.readSnapshot();

    expect(excel.syncs()).toBe(2);
    expect(snapshot).toEqual(merged);
    expect(snapshot.sheets.map((s) => s.name)).not.toContain(IGNORED_SHEET);
    // The very hidden sheet's used range was never asked for: its values were never loaded.
    expect(excel.sheet(IGNORED_SHEET).used.values).toBe(NOT_LOADED);
  });

  it('without ExcelApi 1.13 loads no merged areas (they are inferred by the engine)', async () => {
    const merged = specToSnapshot(mergedVariant(seedWorkbookSpec()));
    const { excel, host } = hostOver(
      merged.sheets.map((snapshot) => ({ snapshot, merges: snapshot.merges })),
      ['1.9'],
    );
    const snapshot = await host.readSnapshot();
    expect(excel.syncs()).toBe(2);
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(snapshot.sheets.map((s) => s.values)).toEqual(merged.sheets.map((s) => s.values));
    expect(excel.sheet(merged.sheets[0].name).whole.merged.isNullObject).toBe(NOT_LOADED);
  });
});

describe('readSnapshot over office-addin-mock, large-read path', () => {
  it('reads again in row chunks when Excel returns incomplete grids: sizes in one sync, rows in one more', async () => {
    const sheets = seed.sheets.map((snapshot, i) => ({ snapshot, truncated: i === 3 }));
    const { excel, host } = hostOver(sheets, ['1.9']);
    const progress: [number, number][] = [];
    const snapshot = await host.readSnapshot((done, total) => progress.push([done, total]));

    // sheet list, the grids (one came back short), the used ranges' sizes, then all rows in one batch
    // (the seed is far under CELLS_PER_BATCH cells)
    expect(excel.syncs()).toBe(4);
    expect(snapshot).toEqual(seed);
    expect(excel.log.calls).toEqual(
      seed.sheets.map((s) => `getRangeByIndexes ${s.name} 0,0 ${s.values.length}x${s.values[0].length}`),
    );
    expect(progress).toEqual([
      [0, 10],
      [0, 10],
      [10, 10],
    ]);
  });
});
