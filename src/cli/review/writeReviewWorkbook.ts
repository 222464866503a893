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

function styleCell(cell: ExcelJS.Cell, format: ColumnFormat, wrap: boolean): void {
  cell.font = BODY_FONT;
  cell.border = THIN;
  cell.alignment = { vertical: 'top', wrapText: wrap, horizontal: format === 'text' ? 'left' : 'right' };
  const numFmt = NUMBER_FORMATS[format];
  if (numFmt && format !== 'text') cell.numFmt = numFmt;
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
  const heading = ws.addRow(table.columns.map((c) => c.title));
  heading.eachCell((cell) => {
    cell.font = HEADING_FONT;
    cell.fill = HEADING_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  const verdictColumn = table.columns.findIndex((c) => c.title === '审核结论');
  for (const values of table.rows) {
    const row = ws.addRow(values.map((v) => v ?? ''));
    table.columns.forEach((column, i) => styleCell(row.getCell(i + 1), column.format, column.wrap ?? false));
    if (verdictColumn >= 0) {
      const argb = VERDICT_FILLS[String(values[verdictColumn])];
      if (argb) row.getCell(verdictColumn + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    }
  }
  const last = Math.max(1, ws.rowCount);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: table.columns.length } };
  if (table.total) {
    const row = ws.addRow(table.total.map((v) => v ?? ''));
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      styleCell(cell, column.format, column.wrap ?? false);
      cell.font = { ...BODY_FONT, bold: true };
    });
  }
  if (table.footnote) {
    const row = ws.addRow([table.footnote]);
    ws.mergeCells(row.number, 1, row.number, table.columns.length);
    row.getCell(1).font = BODY_FONT;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
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
