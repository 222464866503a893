// The add-in's very hidden record sheet (`budget-check`): the ignored findings in A:E and the column
// roles the user set in G:J. Both blocks are read and written through these two steps.
import { parseA1 } from '../engine/a1';
import { IGNORED_SHEET } from '../engine/ignoredSheet';
import { HostError } from '../host/workbookHost';
import { structureRefusal } from './workbookProtection';

/** What the refusal says was not saved, e.g. 忽略记录 / the ignored findings. */
export interface RecordWhat {
  zh: string;
  en: string;
}

/**
 * The record sheet to write into, added very hidden when missing. One sync. Refuses, writing nothing,
 * when the workbook's structure is protected and the sheet must be added, or when a visible sheet of
 * that name is in the way (it is the user's, not ours).
 */
export async function recordSheetForWrite(context: Excel.RequestContext, what: RecordWhat): Promise<Excel.Worksheet> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(IGNORED_SHEET);
  existing.load('visibility');
  const structure = context.workbook.protection.load('protected');
  await context.sync();
  if (existing.isNullObject && structure.protected) throw structureRefusal({ zh: `未保存${what.zh}`, en: `${what.en} were not saved` });
  if (!existing.isNullObject && existing.visibility !== 'VeryHidden') {
    throw new HostError(
      `工作簿中已有名为“${IGNORED_SHEET}”的可见工作表，未保存${what.zh}；请改名后重试`,
      `A visible sheet named "${IGNORED_SHEET}" is in the way; ${what.en} were not saved. Rename it and try again`,
    );
  }
  if (!existing.isNullObject) return existing;
  const sheet = worksheets.add(IGNORED_SHEET);
  sheet.visibility = 'VeryHidden';
  return sheet;
}

/**
 * The record sheet's used range: its values with the 1-based row and column of their first cell, or
 * null when the workbook has no (very hidden) record sheet or it is empty. Two syncs at most.
 */
export async function readRecordSheet(
  context: Excel.RequestContext,
): Promise<{ values: unknown[][]; firstRow: number; firstColumn: number } | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(IGNORED_SHEET);
  sheet.load('visibility');
  await context.sync();
  if (sheet.isNullObject || sheet.visibility !== 'VeryHidden') return null;
  const used = sheet.getUsedRangeOrNullObject(true).load(['values', 'address']);
  await context.sync();
  if (used.isNullObject) return null;
  const first = parseA1(used.address.slice(used.address.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, ''));
  return { values: used.values, firstRow: first.row, firstColumn: first.col };
}
