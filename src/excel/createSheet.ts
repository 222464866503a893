import type { CellStyle, SheetSpec } from '../engine/schema';
import { HostError } from '../host/workbookHost';
import { runBatch, type ApiSupport, type ExcelRunner } from './runtime';
import { planSheetWrite } from './sheetWritePlan';
import { structureRefusal } from './workbookProtection';

const CREATE = { zh: '新建工作表', en: 'Creating the sheet' };
const NOT_CREATED = { zh: '未新建', en: 'nothing was created' };
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * Adds the sheet and writes it: sync 1 checks the name is free and the workbook's structure is not
 * protected, sync 2 adds and writes everything, sync 3 activates it (on the web a sheet added in the
 * same batch is not activated — issue 13, Why 3). If Excel fails part-way, the half-made sheet is
 * looked up again by name and deleted (the object `add` returned is invalid after a failed sync).
 * Dropdowns need ExcelApi 1.8 and the print area 1.9; without them the sheet is made without.
 */
export async function createSheet(run: ExcelRunner, supports: ApiSupport, spec: SheetSpec): Promise<void> {
  const plan = planSheetWrite(spec);
  await runBatch(run, CREATE, async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(spec.name);
    existing.load('name');
    const structure = context.workbook.protection.load('protected');
    await context.sync();
    if (!existing.isNullObject) {
      throw new HostError(`已有名为“${spec.name}”的工作表，未新建`, `A sheet named "${spec.name}" already exists; nothing was created`);
    }
    if (structure.protected) throw structureRefusal(NOT_CREATED);

    const sheet = context.workbook.worksheets.add(spec.name);
    if (plan.address) {
      // Contents before number formats: a formula written into a Text ("@") cell would stay text.
      const block = sheet.getRange(plan.address);
      block.formulas = plan.formulas;
      block.numberFormat = plan.numberFormats;
    }
    for (const merge of spec.merges) sheet.getRange(merge).merge(false);
    for (const { address, style } of plan.styles) applyStyle(sheet.getRange(address), style);
    for (const { column, points } of plan.columnWidths) sheet.getRange(`${column}:${column}`).format.columnWidth = points;
    if (spec.printArea && supports('1.9')) sheet.pageLayout.setPrintArea(spec.printArea);
    if (supports('1.8')) {
      for (const v of plan.validations) {
        const validation = sheet.getRange(v.range).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: v.source } };
        validation.ignoreBlanks = v.allowBlank;
        if (v.prompt) validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      }
      for (const p of plan.prompts) {
        sheet.getRange(p.range).dataValidation.prompt = { showPrompt: true, title: p.title, message: p.message };
      }
    }
    try {
      await context.sync();
    } catch (error) {
      await removeHalfMadeSheet(context, spec.name);
      throw error;
    }
    context.workbook.worksheets.getItem(spec.name).activate();
    await context.sync();
  }, { delayForCellEdit: true });
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) for (const edge of EDGES) format.borders.getItem(edge).style = 'Continuous';
}

/**
 * Excel runs a batch up to the failing command, so the new sheet may exist half-written. It is found
 * again by name: the proxy `worksheets.add` returned has no valid path after the failed sync.
 */
async function removeHalfMadeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const half = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (half.isNullObject) return; // the add itself failed: there is nothing to remove
    half.delete();
    await context.sync();
  } catch {
    // The first failure is the one to report; a sheet that could not be removed stays visible to the user.
  }
}
