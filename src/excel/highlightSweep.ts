import { HostError } from '../host/workbookHost';
import { errorCode } from './errors';
import { isMarkerFormula } from './highlightPlan';

const CF_PROPS = 'items/type,items/customOrNullObject/rule/formula';

/** The add-in's own conditional formats found on some sheets, and which of those sheets are protected. */
export interface MarkerScan {
  /** Every conditional format whose rule carries the add-in's marker, with its sheet. */
  markers: { sheet: string; format: Excel.ConditionalFormat }[];
  protectedSheets: Set<string>;
  /** The names of every sheet that exists (only known after a whole-workbook sweep). */
  existing?: Set<string>;
}

/**
 * Every sheet of the workbook, searched by the marker formula, so nothing of the add-in's is missed
 * however it got there (a renamed sheet, a record that was never saved). Two syncs: the sheets with
 * their protection, then every sheet's conditional formats in one batch. Reads only.
 */
export async function sweepWorkbook(context: Excel.RequestContext): Promise<MarkerScan> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  await context.sync();
  const sheets = worksheets.items;
  const collections = sheets.map((sheet) => ({
    sheet: sheet.name,
    formats: sheet.getRange().conditionalFormats.load(CF_PROPS),
  }));
  await context.sync();
  return {
    markers: markersOf(collections),
    protectedSheets: new Set(sheets.filter((s) => s.protection.protected).map((s) => s.name)),
    existing: new Set(sheets.map((s) => s.name)),
  };
}

/**
 * The named sheets only (the recorded ones and the ones about to be highlighted), with their
 * protection, in one sync. Resolves to null when one of them no longer exists under that name
 * (renamed or deleted): the caller then sweeps the whole workbook. Reads only.
 */
export async function scanSheets(context: Excel.RequestContext, names: string[]): Promise<MarkerScan | null> {
  const loaded = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.protection.load('protected');
    return { sheet: name, worksheet: sheet, formats: sheet.getRange().conditionalFormats.load(CF_PROPS) };
  });
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === 'ItemNotFound') return null;
    throw error;
  }
  return {
    markers: markersOf(loaded),
    protectedSheets: new Set(loaded.filter((l) => l.worksheet.protection.protected).map((l) => l.sheet)),
  };
}

function markersOf(collections: { sheet: string; formats: Excel.ConditionalFormatCollection }[]): MarkerScan['markers'] {
  const markers: MarkerScan['markers'] = [];
  for (const { sheet, formats } of collections) {
    for (const format of formats.items) {
      if (format.type === 'Custom' && isMarkerFormula(format.customOrNullObject.rule.formula)) markers.push({ sheet, format });
    }
  }
  return markers;
}

/** The refusal when a sheet that must be written is protected: nothing has been changed then. */
export function protectedRefusal(sheet: string, action: { zh: string; en: string }): HostError {
  return new HostError(
    `工作表“${sheet}”受保护，${action.zh}；请先撤销保护`,
    `Sheet "${sheet}" is protected; ${action.en}. Unprotect it first`,
  );
}

export function missingSheetRefusal(sheet: string): HostError {
  return new HostError(
    `找不到工作表“${sheet}”（可能已改名或删除），未标出任何单元格；请重新检查`,
    `Sheet "${sheet}" was not found (renamed or deleted?); nothing was highlighted. Check again`,
  );
}
