// The browser-safe 审核意见 writer: the parts of a valid package, each sheet's print set-up, and the
// engine's tables read back cell for cell by exceljs (as Excel, WPS and LibreOffice read them).
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/engine/check';
import { markIgnored } from '../../src/engine/ignoredSheet';
import { toReport } from '../../src/engine/report';
import { buildReview, reviewedFile, reviewTables, type ReviewTable } from '../../src/engine/review';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { writeReviewXlsx } from '../../src/xlsx/review/writeReviewXlsx';

function seedTables(): ReviewTable[] {
  const result = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' });
  const first = result.findings[0];
  const findings = markIgnored(result.findings, [{ sheet: first.sheet, cell: first.cell, rule: first.rule, reason: '已核实' }]);
  const checked = { ...result, findings };
  return reviewTables(buildReview([reviewedFile('预算<甲>&乙.xlsx', result.model, findings, toReport('预算<甲>&乙.xlsx', checked), false)]));
}

const tables = seedTables();
const bytes = writeReviewXlsx(tables, { created: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) });
const parts = unzipSync(bytes);
const part = (name: string) => strFromU8(parts[name]);

async function readBack(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
}

describe('writeReviewXlsx', () => {
  test('writes every part of a SpreadsheetML package, each declared in the content types', () => {
    expect(Object.keys(parts).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet3.xml',
      ].sort(),
    );
    const types = part('[Content_Types].xml');
    for (const name of Object.keys(parts).filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml')) {
      expect(types).toContain(`PartName="/${name}"`);
    }
    expect(part('xl/workbook.xml')).toContain('<sheet name="汇总" sheetId="1" r:id="rId1"/><sheet name="意见明细" sheetId="2" r:id="rId2"/><sheet name="质量评分" sheetId="3" r:id="rId3"/>');
    expect(part('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:05Z</dcterms:created>');
  });

  test('each sheet: frozen heading, filter over the data rows only, A4 landscape one page wide', () => {
    const summary = part('xl/worksheets/sheet1.xml');
    const rows = tables[0].rows.length;
    expect(summary).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    // The total row (after the data) stays out of the filter.
    expect(summary).toContain(`<autoFilter ref="A1:M${rows + 1}"/>`);
    expect(summary).toContain(`<row r="${rows + 2}"`);
    expect(summary).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(summary).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(summary).toContain('<col min="2" max="2" width="24" customWidth="1"/>');
    const detail = part('xl/worksheets/sheet2.xml');
    expect(detail).toContain(`<autoFilter ref="A1:J${tables[1].rows.length + 1}"/>`);
    const quality = part('xl/worksheets/sheet3.xml');
    const footRow = tables[2].rows.length + 2;
    expect(quality).toContain(`<mergeCell ref="A${footRow}:P${footRow}"/>`);
    expect(part('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'汇总'!$A$1:$M$${rows + 1}</definedName>`);
    expect(part('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'意见明细'!$1:$1</definedName>`);
  });

  test('exceljs reads back exactly the engine tables, with the print set-up and the bureau fonts', async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(tables.map((t) => t.name));
    for (const table of tables) {
      const ws = workbook.getWorksheet(table.name)!;
      const expected = [table.columns.map((c) => c.title), ...table.rows, ...(table.total ? [table.total] : [])];
      const actual: unknown[][] = [];
      ws.eachRow((row) => actual.push((row.values as unknown[]).slice(1)));
      // The footnote is one cell merged across the table (exceljs shows its text in each merged cell).
      if (table.footnote) expect(actual.pop()?.[0]).toBe(table.footnote);
      // Every cell is written, an empty value as an empty text (as the command line always wrote it).
      expect(actual).toEqual(expected.map((row) => row.map((v) => v ?? '')));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
      expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
      expect(ws.getCell('B2').font).toMatchObject({ name: '仿宋' });
      expect(ws.getCell('B2').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
      table.columns.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBe(c.width));
    }
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getCell('G2').numFmt).toBe('#,##0.00');
    expect(summary.getCell('H2').fill).toMatchObject({ fgColor: { argb: 'FFF8CBAD' } }); // 退回
    const total = summary.getRow(tables[0].rows.length + 2);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(9).font).toMatchObject({ name: '仿宋', bold: true });
    expect(workbook.getWorksheet('意见明细')!.getCell('G2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(workbook.getWorksheet('质量评分')!.getCell('F2').numFmt).toBe('0.0%');
  });

  test('the ignored finding is kept in 意见明细 with its reason and out of the counts', () => {
    const detail = tables[1];
    expect(detail.rows[0][9]).toBe('已忽略：已核实');
    expect(String(tables[0].rows.find((r) => String(r[12]).includes('已忽略'))?.[12])).toContain('另有1条已忽略');
    expect(part('xl/sharedStrings.xml')).toContain('预算&lt;甲&gt;&amp;乙.xlsx');
  });

  test('text XML cannot carry is left out rather than making a file Excel must repair', async () => {
    const table: ReviewTable = { name: '汇总', columns: [{ title: '说明', width: 10, format: 'text' }], rows: [['a\u0001b\u0008c\uFFFE'], [null]] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(writeReviewXlsx([table]).buffer as ArrayBuffer);
    expect(workbook.getWorksheet('汇总')!.getCell('A2').value).toBe('abc');
  });
});
