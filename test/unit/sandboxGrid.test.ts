import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { mergedVariant, offsetVariant, percentNumberVariant } from '../../src/sample/variants';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { displayedAddress, gridView } from '../../src/sandbox/gridModel';
import { snapshotToSpec } from '../../src/sandbox/snapshotToSpec';
import { hiddenTabs, scrollTabIntoView } from '../../src/sandbox/tabStrip';
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

describe('the sheet tab strip', () => {
  /** A strip 300 px wide at x = 100, scrolled by `scrollLeft`, over tabs 1000 px wide in all. */
  function strip(scrollLeft: number) {
    return {
      scrollLeft,
      scrollWidth: 1000,
      clientWidth: 300,
      getBoundingClientRect: () => ({ left: 100, right: 400 }),
    };
  }
  /** A tab at `x` in the strip's content, `width` wide, as the browser places it on screen. */
  const tab = (s: { scrollLeft: number }, x: number, width: number) => ({
    getBoundingClientRect: () => ({ left: 100 + x - s.scrollLeft, right: 100 + x + width - s.scrollLeft }),
  });

  it('scrolls a tab past the end into view, with room for the fade, and no further', () => {
    const s = strip(0);
    scrollTabIntoView(s, tab(s, 880, 120)); // the last tab, 880..1000
    expect(s.scrollLeft).toBe(880 + 120 - 300 + 24); // its right edge 24 px inside the strip's
  });

  it('scrolls back to a tab before the start, and leaves a visible tab alone', () => {
    const s = strip(600);
    scrollTabIntoView(s, tab(s, 100, 80));
    expect(s.scrollLeft).toBe(100 - 24);
    const t = strip(0);
    scrollTabIntoView(t, tab(t, 40, 100));
    expect(t.scrollLeft).toBe(0);
  });

  it('says on which side tabs are hidden', () => {
    expect(hiddenTabs(strip(0))).toEqual({ before: false, after: true });
    expect(hiddenTabs(strip(350))).toEqual({ before: true, after: true });
    expect(hiddenTabs(strip(700))).toEqual({ before: true, after: false });
    expect(hiddenTabs({ scrollLeft: 0, scrollWidth: 300, clientWidth: 300 })).toEqual({ before: false, after: false });
  });
});
