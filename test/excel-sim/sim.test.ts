// The simulated Excel itself: the behaviours of the Excel JavaScript API the adapter relies on.
import { coerceEntry, dateSerial } from '../../src/excel-sim/coerce';
import { simCreateWorkbook, simRunner, simWorkbookFromSpec, SimWorkbook } from '../../src/excel-sim';
import { oneSheet } from './kit';

describe('the simulated Excel', () => {
  it('throws PropertyNotLoaded before the sync and applies writes only at the sync', async () => {
    const wb = simWorkbookFromSpec(oneSheet({ A1: 1 }));
    await simRunner(wb)(async (context) => {
      const range = context.workbook.worksheets.getItem('表').getRange('A1').load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.values = [[2]];
      expect(wb.valueAt('表', 'A1')).toBe(1);
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(wb.valueAt('表', 'A1')).toBe(2);
    });
  });

  it('Workbook.name is read after a load and a sync, like any property', async () => {
    const wb = simWorkbookFromSpec(oneSheet({ A1: 1 }), { name: '预算.xlsx' });
    await simRunner(wb)(async (context) => {
      const workbook = context.workbook.load('name');
      expect(() => workbook.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(workbook.name).toBe('预算.xlsx');
    });
  });

  it('Excel.createWorkbook (1.8) opens a Base64 .xlsx outside any batch; it is missing below 1.8', async () => {
    const wb = simWorkbookFromSpec(oneSheet({ A1: 1 }));
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]).toString('base64');
    await simCreateWorkbook(wb)(zip);
    await simCreateWorkbook(wb)();
    expect(wb.createdWorkbooks).toEqual([zip, '']);
    expect(wb.syncs).toBe(0);
    await expect(simCreateWorkbook(wb)('bm90IGEgemlw')).rejects.toMatchObject({ code: 'InvalidArgument' });
    const old = simWorkbookFromSpec(oneSheet({ A1: 1 }), { api: '1.7' });
    await expect(simCreateWorkbook(old)(zip)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(old.createdWorkbooks).toEqual([]);
  });

  it('runs a batch up to the failing command, keeping the commands before it', async () => {
    const wb = simWorkbookFromSpec(oneSheet({ A1: 1 }));
    const run = simRunner(wb)(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表');
      sheet.getRange('A1').values = [[5]];
      context.workbook.worksheets.getItem('没有').getRange('A1').values = [[6]];
      sheet.getRange('A2').values = [[7]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect([wb.valueAt('表', 'A1'), wb.valueAt('表', 'A2')]).toEqual([5, '']);
  });

  it('parses typed text as Excel does, except in Text cells and after an apostrophe', () => {
    expect(coerceEntry('1,952,150.00', 'General').value).toBe(1952150);
    expect(coerceEntry('50%', undefined)).toEqual({ value: 0.5, autoFormat: '0%' });
    expect(coerceEntry('2026-01', undefined).value).toBe(dateSerial(2026, 1, 1));
    expect(coerceEntry('true', undefined).value).toBe(true);
    expect(coerceEntry('=A1', undefined).formula).toBe('=A1');
    expect(coerceEntry("'2024", undefined)).toEqual({ value: '2024', prefixed: true });
    expect(coerceEntry("'2024", '@')).toEqual({ value: "'2024" });
    expect(coerceEntry('=A1', '@')).toEqual({ value: '=A1' });
    expect(coerceEntry('项目名称', undefined)).toEqual({ value: '项目名称' });
  });

  it('fails calls above the Office version’s ExcelApi set with ApiNotFound, and honours the list separator', async () => {
    const old = new SimWorkbook({ api: '1.8' });
    old.addSheet('表');
    await expect(
      simRunner(old)(async (context) => {
        context.workbook.worksheets.getItem('表').getRanges('A1,B2').conditionalFormats.add('Custom');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const semicolon = new SimWorkbook({ listSeparator: ';' });
    semicolon.addSheet('表');
    const add = (address: string) =>
      simRunner(semicolon)(async (context) => {
        context.workbook.worksheets.getItem('表').getRanges(address).conditionalFormats.add('Custom');
        await context.sync();
      });
    await expect(add('A1,B2')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('A1;B2')).resolves.toBeUndefined();
  });

  it('on the web, refuses a request over 5 MB and answers a response over 5 MB with GeneralException', async () => {
    const wb = simWorkbookFromSpec(oneSheet({ A1: 1 }), { platform: 'web' });
    const big = [Array.from({ length: 200 }, () => '预'.repeat(10_000))];
    const write = simRunner(wb)(async (context) => {
      context.workbook.worksheets.getItem('表').getRange('A1:GR1').values = big;
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const sheet = wb.requireSheet('表');
    big[0].forEach((text, c) => (sheet.touch(`${String.fromCharCode(65 + (c % 26))}${Math.floor(c / 26) + 2}`).value = text));
    const read = simRunner(wb)(async (context) => {
      context.workbook.worksheets.getItem('表').getRange('A1:Z9').load('values,text');
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: 'GeneralException' });
  });
});
