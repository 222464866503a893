// The 审核意见 workbook through exceljs: the engine's tables, styled to print as a bureau prints —
// 宋体 headings and 仿宋 text, wrapped long text, a frozen header with filters, A4 landscape one page wide.
import ExcelJS from 'exceljs';
import type { ColumnFormat, ReviewTable } from '../../engine/review';
import { writeAtomically } from '../outputErrors';

const HEADING_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, bold: true };
const BODY_FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 11 };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = { text: '@', integer: '0', money: '#,##0.00', percent: '0.0%' };
/** 审核结论 coloured as the add-in colours findings: red to act on, yellow to fix, green to pass. */
const VERDICT_FILLS: Record<string, string> = { 退回: 'FFF8CBAD', 无法读取: 'FFF8CBAD', 修改后通过: 'FFFFE699', 通过: 'FFC6EFCE' };

type Style = Partial<ExcelJS.Style>;

/**
 * One style object per column (and per verdict colour), shared by every cell of that kind: exceljs
 * then registers each once (it caches styles by object), instead of serialising a style per cell.
 */
function columnStyles(table: ReviewTable, bold: boolean): Style[] {
  return table.columns.map((c) => {
    const numFmt = NUMBER_FORMATS[c.format];
    return {
      font: bold ? { ...BODY_FONT, bold: true } : BODY_FONT,
      border: THIN,
      alignment: { vertical: 'top', wrapText: c.wrap ?? false, horizontal: c.format === 'text' ? 'left' : 'right' },
      ...(numFmt && c.format !== 'text' ? { numFmt } : {}),
    };
  });
}

function addTable(workbook: ExcelJS.Workbook, table: ReviewTable): void {
  const ws = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C${table.name} 第 &P 页，共 &N 页` },
  });
  ws.columns = table.columns.map((c) => ({ width: c.width }));
  const headingStyle: Style = { font: HEADING_FONT, fill: HEADING_FILL, border: THIN, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
  ws.addRow(table.columns.map((c) => c.title)).eachCell((cell) => (cell.style = headingStyle));
  const body = columnStyles(table, false);
  const verdictColumn = table.columns.findIndex((c) => c.title === '审核结论');
  const verdictStyles = new Map(
    Object.entries(VERDICT_FILLS).map(([verdict, argb]) => [verdict, { ...body[verdictColumn], fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } } as Style]),
  );
  for (const values of table.rows) {
    const row = ws.addRow(values.map((v) => v ?? ''));
    body.forEach((style, i) => (row.getCell(i + 1).style = style));
    const verdict = verdictColumn >= 0 ? verdictStyles.get(String(values[verdictColumn])) : undefined;
    if (verdict) row.getCell(verdictColumn + 1).style = verdict;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: table.columns.length } };
  if (table.total) {
    const row = ws.addRow(table.total.map((v) => v ?? ''));
    columnStyles(table, true).forEach((style, i) => (row.getCell(i + 1).style = style));
  }
  if (table.footnote) {
    const row = ws.addRow([table.footnote]);
    ws.mergeCells(row.number, 1, row.number, table.columns.length);
    row.getCell(1).style = { font: BODY_FONT, alignment: { wrapText: true, vertical: 'top' } };
    row.height = 48;
  }
  ws.pageSetup.printTitlesRow = '1:1';
}

/** The tables as one workbook, written whole or not at all. */
export async function writeReviewWorkbook(path: string, tables: ReviewTable[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'budget-check';
  workbook.created = new Date();
  for (const table of tables) addTable(workbook, table);
  await writeAtomically(path, (temporary) => workbook.xlsx.writeFile(temporary));
}
