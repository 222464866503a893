import ExcelJS from 'exceljs';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { columnPixels, gridView, rowPixels } from '../../src/sandbox/gridModel';
import { snapshotToSpec, withFormatting } from '../../src/sandbox/snapshotToSpec';
import { excelColour } from '../../src/xlsx/excelColours';
import { formattingFromExcelJs } from '../../src/xlsx/formattingFromExcelJs';
import { snapshotFromExcelJs } from '../../src/xlsx/snapshotFromExcelJs';
import { LOOK, lookWorkbookBuffer } from '../fixtures/lookWorkbook';

async function lookSpec() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await lookWorkbookBuffer()) as unknown as ArrayBuffer);
  const snapshot = snapshotFromExcelJs(workbook);
  return { snapshot, spec: withFormatting(snapshotToSpec(snapshot), formattingFromExcelJs(workbook)) };
}

describe('an .xlsx file’s look in the sandbox', () => {
  it('keeps the file’s column widths, row heights, fills, wrapping and merges', async () => {
    const { spec } = await lookSpec();
    const sheet = spec.sheets[0];
    expect(sheet.columnWidths).toEqual(LOOK.widths);
    expect(sheet.rowHeights).toEqual({ 1: 36, 6: 30 });
    expect(sheet.merges).toEqual(['A1:E1', 'A6:B7']);
    for (const [address, fill] of Object.entries(LOOK.fills)) expect([address, sheet.cells[address]?.style?.fill]).toEqual([address, fill]);
    expect(sheet.cells.B3.style).toEqual({ wrap: true, vAlign: 'top' });
    expect(sheet.cells.B4.style).toBeUndefined();
    expect(sheet.cells.A1.style).toMatchObject({ bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' });
  });

  it('changes nothing the engine sees: the styled empty cell E9 holds nothing', async () => {
    const { snapshot, spec } = await lookSpec();
    expect(spec.sheets[0].cells.E9).toEqual({ value: '', style: { fill: '#FFFF00' } });
    expect(specToSnapshot(spec)).toEqual(snapshot);
  });

  it('draws rows and columns as far as a filled empty cell, with the file’s sizes', async () => {
    const view = gridView((await lookSpec()).spec.sheets[0]);
    expect([view.rows, view.cols]).toEqual([9, 5]);
    expect(view.columns.map((c) => c.width)).toEqual([12, 36, 16, 8, 10]);
    expect(view.rowHeights.slice(0, 7)).toEqual([36, undefined, undefined, undefined, undefined, 30, undefined]);
    expect(view.cells[8][4]?.style?.fill).toBe('#FFFF00');
    expect(view.cells[0][0]).toMatchObject({ rowSpan: 1, colSpan: 5 });
  });

  it('converts sizes as Excel does at 100 %', () => {
    expect(columnPixels(8.43)).toBe(64);
    expect(columnPixels(0)).toBe(0);
    expect(rowPixels(15)).toBe(20);
  });
});

describe('excelColour', () => {
  it('reads ARGB, theme colours with a tint, and the indexed palette', () => {
    expect(excelColour({ argb: 'FFffc7ce' })).toBe('#FFC7CE');
    // Excel's own tables say #B4C6E7; its integer HLS rounding may differ by one step per channel.
    const tinted = excelColour({ theme: 4, tint: 0.5999938962981048 }) ?? '';
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    channels(tinted).forEach((c, i) => expect(Math.abs(c - channels('#B4C6E7')[i])).toBeLessThanOrEqual(1));
    expect(excelColour({ theme: 0, tint: -0.1499984740745262 })).toBe('#D9D9D9');
    expect(excelColour({ theme: 1 })).toBe('#000000');
    expect(excelColour({ indexed: 43 })).toBe('#FFFF99');
    expect(excelColour({ indexed: 200 })).toBeUndefined();
    expect(excelColour(undefined)).toBeUndefined();
  });
});
