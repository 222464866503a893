import ExcelJS from 'exceljs';
import { readWorkbookFile, snapshotFromExcelJs } from '../../src/cli/xlsxRead';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { WorkbookSnapshotSchema, type WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { FIXTURE_NAMES, fixtureSpec, writeFixture } from '../fixtures/workbooks';

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return loaded;
}

describe('xlsx round trip: write each variant, read it back, compare with specToSnapshot', () => {
  test.each(FIXTURE_NAMES)('%s', async (name) => {
    const spec = fixtureSpec(name);
    const path = await writeFixture(`roundtrip-${name}`, spec);
    const snapshot = await readWorkbookFile(path);
    expect(() => WorkbookSnapshotSchema.parse(snapshot)).not.toThrow();
    expect(snapshot).toEqual(specToSnapshot(spec));
  });

  test('the seed reads as Excel would show it', async () => {
    const snapshot = await readWorkbookFile(await writeFixture('roundtrip-seed-detail', fixtureSpec('seed')));
    const dept = snapshot.sheets[0];
    expect(dept.origin).toEqual({ row: 1, col: 1 });
    expect(dept.text.length).toBe(60);
    expect(dept.text[0].length).toBe(5);
    expect(dept.text[4][2]).toBe('6,336.55'); // C5
    expect(dept.values[4][2]).toBe(6336.55);
    expect(dept.numberFormats[4][2]).toBe('#,##0.00');
    expect(dept.text[5][4]).toBe('0.00'); // E6
    expect(dept.text[2][2]).toBe('134');
    expect(dept.text[57][0]).toBe('县（区）非法集资“七进”宣传覆盖率'); // A58
    expect(snapshot.sheets[1].text[7][1]).toBe('115200'); // B8 formatted 0
  });

  test('percent and offset variants: numbers shown as percentages, origin moved', async () => {
    const percent = await readWorkbookFile(await writeFixture('roundtrip-percent-detail', fixtureSpec('percentNumber')));
    expect(percent.sheets[0].values[28][3]).toBe(1); // D29
    expect(percent.sheets[0].text[28][3]).toBe('100%');
    expect(percent.sheets[0].numberFormats[28][3]).toBe('0%');
    const offset = await readWorkbookFile(await writeFixture('roundtrip-offset-detail', fixtureSpec('offset')));
    expect(offset.sheets[0].origin).toEqual({ row: 4, col: 3 });
    const merged = await readWorkbookFile(await writeFixture('roundtrip-merged-detail', fixtureSpec('merged')));
    expect(merged.sheets[0].merges).toContain('A4:A9');
    expect(merged.sheets[0].text[4][0]).toBe(''); // A5 inside the merge
  });

  test('formulas, booleans, empty formatted cells, print area, validations, styles', async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: 'Calc',
          cells: {
            B2: { value: 1.5, numFmt: '0.00' },
            B3: { value: 2 },
            B4: { value: 3.5, formula: '=B2+B3', numFmt: '#,##0.00', style: { bold: true, fill: '#FFEB9C', border: true } },
            B5: { value: '', formula: 'SUM(B2:B3)' },
            C2: { value: true },
            C3: { value: '', numFmt: '0%' },
            D2: { value: '合计', style: { wrap: true, hAlign: 'center', vAlign: 'middle', fontColor: '#9C0006', fontSize: 12 } },
            D5: { value: 'x' },
          },
          merges: ['D2:E3'],
          columnWidths: { B: 12, D: 30 },
          printArea: 'A1:E5',
          validations: [{ range: 'F2:F4', list: ['是', '否'], allowBlank: true, prompt: { title: '选择', message: '是或否' } }],
        },
        { name: 'Empty', cells: {}, merges: [], columnWidths: {}, validations: [] },
      ],
    };
    const path = await writeFixture('roundtrip-calc', spec);
    const snapshot = await readWorkbookFile(path);
    expect(snapshot).toEqual(specToSnapshot(spec));
    const calc = snapshot.sheets[0];
    expect(calc.origin).toEqual({ row: 2, col: 2 });
    expect(calc.formulas[2][0]).toBe('=B2+B3');
    expect(calc.text[2][0]).toBe('3.50');
    expect(calc.formulas[3][0]).toBe('=SUM(B2:B3)');
    expect(calc.values[3][0]).toBe('');
    expect(calc.text[0][1]).toBe('TRUE');
    expect(calc.numberFormats[1][1]).toBe('0%');
    expect(calc.numberFormats[1][3]).toBe('General'); // E3, inside the merge anchored on a General cell
    expect(calc.merges).toEqual(['D2:E3']);
    expect(snapshot.sheets[1]).toEqual({
      name: 'Empty', origin: { row: 1, col: 1 }, text: [['']], values: [['']], formulas: [['']], numberFormats: [['General']], merges: [],
    });

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    const ws = raw.getWorksheet('Calc')!;
    expect(ws.getCell('B4').font?.bold).toBe(true);
    expect(ws.getCell('B4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('B4').border?.top?.style).toBe('thin');
    expect(ws.getCell('D2').alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(ws.getColumn('D').width).toBe(30);
    expect(ws.pageSetup.printArea).toBe('A1:E5');
    // exceljs reads the one F2:F4 rule back cell by cell.
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
    for (const address of ['F2', 'F3', 'F4']) {
      expect(validations[address]).toMatchObject({ type: 'list', formulae: ['"是,否"'], allowBlank: true, promptTitle: '选择', prompt: '是或否', showInputMessage: true });
    }
    expect(validations.F5).toBeUndefined();
  });

  test('rich text, hyperlinks, errors, dates, shared formulas from a file exceljs did not write from a spec', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Mixed');
    ws.getCell('A1').value = { richText: [{ text: '产出', font: { bold: true } }, { text: '指标' }] };
    ws.getCell('A2').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('A3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('A4').value = new Date(Date.UTC(2025, 0, 1));
    ws.getCell('A4').numFmt = 'yyyy-mm-dd';
    ws.getCell('B1').value = 1;
    ws.getCell('B2').value = 2;
    ws.getCell('C1').value = { formula: 'B1*2', result: 2 };
    ws.getCell('C2').value = { sharedFormula: 'C1', result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('D1').value = 'merged';
    ws.mergeCells('D1:D3');
    const sheet = snapshotFromExcelJs(await reload(workbook)).sheets[0];
    expect(sheet.text[0][0]).toBe('产出指标');
    expect(sheet.values[0][0]).toBe('产出指标');
    expect(sheet.text[1][0]).toBe('链接');
    expect(sheet.text[2][0]).toBe('#DIV/0!');
    expect(sheet.values[3][0]).toBe(45658);
    expect(sheet.text[3][0]).toBe('2025-01-01');
    expect(sheet.formulas[0][2]).toBe('=B1*2');
    expect(sheet.formulas[1][2]).toBe('=B2*2');
    expect(sheet.values[1][2]).toBe(4);
    expect(sheet.text[2][2]).toBe('#DIV/0!');
    expect(sheet.merges).toEqual(['D1:D3']);
    expect(sheet.text[1][3]).toBe('');
    expect(sheet.values.length).toBe(4);
    expect(sheet.values[0].length).toBe(4);
  });

  test('workbookFromSpec keeps sheet order and names', () => {
    const workbook = workbookFromSpec(fixtureSpec('genericNames'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Sheet${i + 1}`));
  });
});
