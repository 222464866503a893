// WorkbookSpec → .xlsx through exceljs: the generated test workbooks and the bundled example. A new
// project sheet goes into a user's workbook through the package writer (src/xlsx/package/addSheet.ts).
import ExcelJS from 'exceljs';
import type { CellSpec, CellStyle, DataValidationSpec, InputPromptSpec, SheetSpec, WorkbookSpec } from '../engine/schema';

export function workbookFromSpec(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  return workbook;
}

export async function writeSpecFile(spec: WorkbookSpec, path: string): Promise<void> {
  await workbookFromSpec(spec).xlsx.writeFile(path);
}

export function addSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name);
  for (const [letters, width] of Object.entries(sheet.columnWidths)) ws.getColumn(letters).width = width;
  for (const [address, cell] of Object.entries(sheet.cells)) writeCell(ws.getCell(address), cell);
  // After the values: exceljs copies the anchor's style over the area, as Excel does when merging.
  for (const merge of sheet.merges) ws.mergeCells(merge);
  for (const validation of sheet.validations) addValidation(ws, validation);
  for (const prompt of sheet.prompts ?? []) addInputPrompt(ws, prompt);
  if (sheet.printArea) ws.pageSetup.printArea = absoluteRows(sheet.printArea);
  return ws;
}

/** exceljs prefixes each corner with "$" (giving $A1); "A$1" makes it the usual $A$1. */
function absoluteRows(range: string): string {
  return range
    .split(':')
    .map((corner) => corner.replace(/\$/g, '').replace(/^([A-Za-z]+)(\d+)$/, (_, col: string, row: string) => `${col}$${row}`))
    .join(':');
}

function writeCell(target: ExcelJS.Cell, cell: CellSpec): void {
  const formula = cell.formula?.replace(/^=/, '').trim();
  if (formula) {
    target.value = cell.value === '' ? { formula } : ({ formula, result: cell.value } as ExcelJS.CellFormulaValue);
  } else if (cell.value !== '') {
    target.value = cell.value;
  }
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.style) applyStyle(target, cell.style);
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) target.font = font;

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;

  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

interface ValidationHolder {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A list: literal values become a quoted list, a formula source ("=INDIRECT($B5)") stays a formula. */
/** An input message on cells that take any value: a validation of type "any" that only prompts. */
function addInputPrompt(ws: ExcelJS.Worksheet, prompt: InputPromptSpec): void {
  const model = { type: 'any', allowBlank: true, showInputMessage: true, promptTitle: prompt.title, prompt: prompt.message } as unknown as ExcelJS.DataValidation;
  (ws as unknown as ValidationHolder).dataValidations.add(prompt.range, model);
}

function addValidation(ws: ExcelJS.Worksheet, validation: DataValidationSpec): void {
  const formula = Array.isArray(validation.list)
    ? `"${validation.list.join(',')}"`
    : validation.list.replace(/^=/, '');
  const model: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: validation.allowBlank,
    formulae: [formula],
    showErrorMessage: true,
  };
  if (validation.prompt) {
    model.showInputMessage = true;
    model.promptTitle = validation.prompt.title;
    model.prompt = validation.prompt.message;
  }
  // exceljs keeps a range key as one sqref; its typings leave the collection out.
  (ws as unknown as ValidationHolder).dataValidations.add(validation.range, model);
}
