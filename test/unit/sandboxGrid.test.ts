import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { mergedVariant, offsetVariant, percentNumberVariant } from '../../src/sample/variants';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { displayedAddress, gridView } from '../../src/sandbox/gridModel';
import { snapshotToSpec } from '../../src/sandbox/snapshotToSpec';
import { snapshotFromExcelJs } from '../../src/xlsx/snapshotFromExcelJs';

describe('snapshotToSpec', () => {
  const cases: [string, () => WorkbookSpec][] = [
    ['seed', seedWorkbookSpec],
    ['merged', () => mergedVariant(seedWorkbookSpec())],
    ['offset', () => offsetVariant(seedWorkbookSpec(), 3, 2)],
    ['percentNumber', () => percentNumberVariant(seedWorkbookSpec())],
  ];
  it.each(cases)('gives back the same snapshot for the %s workbook', (_, make) => {
    const snapshot = specToSnapshot(make());
    expect(specToSnapshot(snapshotToSpec(snapshot))).toEqual(snapshot);
  });

  it('gives back what exceljs read from a written .xlsx (the browser path)', async () => {
    const buffer = await workbookFromSpec(mergedVariant(seedWorkbookSpec())).xlsx.writeBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as ArrayBuffer);
    const snapshot = snapshotFromExcelJs(workbook);
    expect(specToSnapshot(snapshotToSpec(snapshot))).toEqual(snapshot);
    expect(snapshot).toEqual(specToSnapshot(mergedVariant(seedWorkbookSpec())));
  });
});

describe('the grid view', () => {
  it('shows the seed department sheet from A1 with its displayed text', () => {
    const view = gridView(seedWorkbookSpec().sheets[0]);
    expect(view.columns.map((c) => c.letters)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(view.rows).toBe(specToSnapshot(seedWorkbookSpec()).sheets[0].values.length);
    expect(view.cells[4][4]).toMatchObject({ address: 'E5', text: '6,904.16', numeric: true, rowSpan: 1, colSpan: 1 });
    expect(view.cells[0][0]?.text).toBe('部门整体预算绩效目标申报表');
    expect(view.truncated).toBe(false);
  });

  it('draws a merged area as one spanning cell and the rest as covered', () => {
    const sheet = { name: 'S', cells: { B2: { value: 'x' }, D4: { value: 1 } }, merges: ['B2:C3'], columnWidths: { B: 20 }, validations: [] };
    const view = gridView(sheet);
    expect(view.cells[1][1]).toMatchObject({ address: 'B2', text: 'x', rowSpan: 2, colSpan: 2 });
    expect([view.cells[1][2], view.cells[2][1], view.cells[2][2]]).toEqual([null, null, null]);
    expect(view.columns.map((c) => c.width)).toEqual([9, 20, 9, 9]);
    expect(displayedAddress(sheet, 'C3')).toBe('B2');
    expect(displayedAddress(sheet, 'D4')).toBe('D4');
  });
});
