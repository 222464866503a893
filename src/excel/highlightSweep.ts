import { HostError } from '../host/workbookHost';
import { errorCode } from './errors';
import { isMarkerFormula } from './highlightPlan';

/** The fast read of every rule: its type and, for Custom rules, the formula (null for the others). */
const CF_FAST = 'items/type,items/customOrNullObject/rule/formula';
/** Worksheet protection as it matters to conditional formats: protected, and whether formatting is still allowed. */
const PROTECTION = 'protected,options';

export interface Marker {
  sheet: string;
  format: Excel.ConditionalFormat;
}

/** The add-in's own conditional formats found on some sheets, and which sheets refuse format changes. */
export interface MarkerScan {
  markers: Marker[];
  /** Protected sheets that do not allow formatting cells (WorksheetProtectionOptions.allowFormatCells). */
  protectedSheets: Set<string>;
  /** The names of every sheet that exists (only known after a whole-workbook sweep). */
  existing?: Set<string>;
}

export interface SheetToScan {
  sheet: string;
  worksheet: Excel.Worksheet;
}

/** A protected sheet refuses conditional-format changes unless it allows formatting cells. */
export function refusesFormats(protection: Excel.WorksheetProtection): boolean {
  return protection.protected && !protection.options?.allowFormatCells;
}

/**
 * The add-in's marker rules on these sheets. One sync normally; `alongside` is queued after the loads
 * (Excel stops a batch at the failing command, so it runs only if the loads succeed: `alongsideRan`).
 * Reading a rule's formula over a whole collection fails when the user has rules the API cannot
 * describe (office-js#2180, office-js#6827): then the types are read (one sync) and the formula of
 * each Custom rule alone (one more), so a user's rule never blocks highlighting or clearing.
 */
export async function readMarkers(
  context: Excel.RequestContext,
  sheets: SheetToScan[],
  alongside?: () => void,
  requeue?: () => void,
): Promise<{ markers: Marker[]; alongsideRan: boolean }> {
  if (sheets.length === 0 && !alongside) return { markers: [], alongsideRan: false };
  const fast = sheets.map(({ sheet, worksheet }) => ({ sheet, formats: worksheet.getRange().conditionalFormats.load(CF_FAST) }));
  alongside?.();
  try {
    await context.sync();
    const markers = fast.flatMap(({ sheet, formats }) =>
      formats.items.filter((f) => f.type === 'Custom' && isMarkerFormula(f.customOrNullObject.rule.formula)).map((format) => ({ sheet, format })),
    );
    return { markers, alongsideRan: true };
  } catch (error) {
    if (errorCode(error) === 'ItemNotFound' || sheets.length === 0) throw error;
  }
  requeue?.(); // a failed sync returns nothing: loads queued with the fast read must be queued again
  const typed = sheets.map(({ sheet, worksheet }) => ({ sheet, formats: worksheet.getRange().conditionalFormats.load('items/type') }));
  await context.sync();
  const customs = typed.flatMap(({ sheet, formats }) =>
    formats.items.filter((f) => f.type === 'Custom').map((format) => ({ sheet, format: format.load('custom/rule/formula') })),
  );
  if (customs.length > 0) await context.sync();
  return { markers: customs.filter(({ format }) => isMarkerFormula(format.custom.rule.formula)), alongsideRan: false };
}

/** Every sheet with its protection, in one sync (the first half of a whole-workbook sweep). */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load('items/name,items/protection/protected,items/protection/options');
}

/**
 * Every sheet of the workbook, searched by the marker formula, so nothing of the add-in's is missed
 * however it got there (a renamed or copied sheet, a record that was never saved). Two syncs: the
 * sheets with their protection, then every sheet's rules (more only when user rules block the fast
 * read). Reads only.
 */
export async function sweepWorkbook(context: Excel.RequestContext): Promise<MarkerScan> {
  const worksheets = queueSheetList(context);
  await context.sync();
  const sheets = worksheets.items;
  const { markers } = await readMarkers(context, sheets.map((worksheet) => ({ sheet: worksheet.name, worksheet })));
  return {
    markers,
    protectedSheets: new Set(sheets.filter((s) => refusesFormats(s.protection)).map((s) => s.name)),
    existing: new Set(sheets.map((s) => s.name)),
  };
}

/**
 * The named sheets only, with their protection: one sync normally (three when user rules block the fast read). Resolves to null when one of them
 * no longer exists under that name (renamed or deleted): the caller then sweeps the whole workbook.
 */
export async function scanSheets(context: Excel.RequestContext, names: string[]): Promise<MarkerScan | null> {
  const loaded = names.map((name) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    worksheet.protection.load(PROTECTION);
    return { sheet: name, worksheet };
  });
  try {
    const { markers } = await readMarkers(context, loaded, undefined, () => loaded.forEach((l) => l.worksheet.protection.load(PROTECTION)));
    return { markers, protectedSheets: new Set(loaded.filter((l) => refusesFormats(l.worksheet.protection)).map((l) => l.sheet)) };
  } catch (error) {
    if (errorCode(error) === 'ItemNotFound') return null;
    throw error;
  }
}

/** The refusal when a sheet that must be written is protected: nothing has been changed then. */
export function protectedRefusal(sheet: string, action: { zh: string; en: string }): HostError {
  return new HostError(
    `工作表“${sheet}”受保护（不允许设置单元格格式），${action.zh}；请先撤销保护`,
    `Sheet "${sheet}" is protected (formatting cells is not allowed); ${action.en}. Unprotect it first`,
  );
}

export function missingSheetRefusal(sheet: string): HostError {
  return new HostError(
    `找不到工作表“${sheet}”（可能已改名或删除），未标出任何单元格；请重新检查`,
    `Sheet "${sheet}" was not found (renamed or deleted?); nothing was highlighted. Check again`,
  );
}
