// exceljs workbook → WorkbookSnapshot: what Office.js would give the task pane, so the engine sees
// the same thing from a file as from Excel. File-free, so the CLI (src/cli/xlsxRead.ts) and the
// browser sandbox (which loads exceljs's browser build lazily) share it. Agrees with specToSnapshot.
import type ExcelJS from 'exceljs';
import { parseRange, type RangeRef } from '../engine/a1';
import { formatCellText } from '../engine/numberFormat';
import { IGNORED_SHEET, parseIgnoredRows } from '../engine/ignoredSheet';
import { COLUMN_ROLES_FIRST_COLUMN, COLUMN_ROLES_TITLES, parseColumnRoleRows } from '../engine/columnRolesSheet';
import type { ColumnOverride, IgnoredFinding, SheetSnapshot, WorkbookSnapshot } from '../engine/schema';

/** exceljs's ValueType.Merge (its enum is a value: importing it would load exceljs for the fast path too). */
const MERGE = 1 as ExcelJS.ValueType.Merge;

/**
 * A snapshot holds every cell of a sheet's used range. One stray cell far away (XFD1048576) would make
 * that billions of cells, so a sheet over this many is refused, as Excel on the web refuses such reads.
 */
import { sheetFromContents, type CellContent } from './sheetGrid';

export { MAX_SNAPSHOT_CELLS, SheetTooLargeError } from './sheetGrid';

export function snapshotFromExcelJs(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean(workbook.properties?.date1904);
  return { sheets: workbook.worksheets.filter((ws) => !isIgnoredSheet(ws)).map((ws) => sheetSnapshot(ws, date1904)) };
}

/** The add-in's very hidden record of ignored findings is not part of the forms. */
function isIgnoredSheet(ws: ExcelJS.Worksheet): boolean {
  return ws.name === IGNORED_SHEET && ws.state === 'veryHidden';
}

/** The findings the workbook records as ignored (by the add-in, with reasons); [] when there are none. */
export function ignoredFromExcelJs(workbook: ExcelJS.Workbook): IgnoredFinding[] {
  const rows = recordRows(workbook, 1, 5);
  return rows ? parseIgnoredRows(rows)?.ignored ?? [] : [];
}

/** The column roles the user set in the add-in (G:J of the same record sheet); [] when there are none. */
export function columnRolesFromExcelJs(workbook: ExcelJS.Workbook): ColumnOverride[] {
  const rows = recordRows(workbook, COLUMN_ROLES_FIRST_COLUMN, COLUMN_ROLES_FIRST_COLUMN + COLUMN_ROLES_TITLES.length - 1);
  return rows ? parseColumnRoleRows(rows) : [];
}

/** The record sheet's cells from row 1, columns `first` to `last`, as text; null when there is no record sheet. */
function recordRows(workbook: ExcelJS.Workbook, first: number, last: number): unknown[][] | null {
  const ws = workbook.worksheets.find(isIgnoredSheet);
  if (!ws) return null;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let col = first; col <= last; col++) cells.push(row.getCell(col).text);
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

type Content = CellContent;

function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const merges = (ws.model.merges ?? []).map((m) => parseRange(m));
  const contents = new Map<string, Content>();
  const areas: RangeRef[] = [...merges];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE) return; // non-anchor cells of a merge show nothing
      const content = cellContent(cell, date1904);
      if (!content) return;
      contents.set(`${rowNumber},${colNumber}`, content);
      areas.push({ top: rowNumber, left: colNumber, bottom: rowNumber, right: colNumber });
    });
  });
  return sheetFromContents(ws.name, areas, merges, (r, c) => contents.get(`${r},${c}`), (r, c) => numberFormatAt(ws, r, c));
}

function numberFormatAt(ws: ExcelJS.Worksheet, row: number, col: number): string {
  let cell = ws.findCell(row, col);
  // A merged area shows its anchor's format throughout, as Excel applies it when merging.
  if (cell && cell.type === MERGE) cell = cell.master;
  const numFmt = cell?.numFmt;
  return typeof numFmt === 'string' && numFmt !== '' ? numFmt : 'General';
}

function numberFormatOf(cell: ExcelJS.Cell): string {
  return typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : 'General';
}

function cellContent(cell: ExcelJS.Cell, date1904: boolean): Content | null {
  const raw = cell.value;
  if (raw === null || raw === undefined) return null;
  const numFmt = numberFormatOf(cell);
  if (typeof raw === 'object' && !(raw instanceof Date) && ('formula' in raw || 'sharedFormula' in raw)) {
    const formula = cell.formula ? `=${cell.formula}` : '';
    const result = plainValue((raw as ExcelJS.CellFormulaValue).result, numFmt, date1904);
    return { ...(result ?? { value: '', text: '' }), formula };
  }
  const plain = plainValue(raw, numFmt, date1904);
  return plain && plain.value !== '' ? { ...plain, formula: '' } : null;
}

type Plain = Pick<Content, 'value' | 'text'>;

/** A value (or a formula's cached result) as Office.js gives it: serial dates, error codes as text. */
function plainValue(raw: unknown, numFmt: string, date1904: boolean): Plain | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw, text: formatCellText(raw, numFmt) };
  if (typeof raw === 'string') return { value: raw, text: raw === '' ? '' : formatCellText(raw, numFmt) };
  if (raw instanceof Date) {
    const serial = raw.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0);
    return { value: serial, text: formatCellText(serial, numFmt) };
  }
  if (typeof raw === 'object') {
    const object = raw as Record<string, unknown>;
    if (typeof object.error === 'string') return { value: object.error, text: object.error };
    if (Array.isArray(object.richText)) return plainValue(richText(object.richText), numFmt, date1904);
    if ('hyperlink' in object || 'text' in object) {
      const text = object.text;
      const shown = typeof text === 'string' ? text : text && typeof text === 'object' && Array.isArray((text as { richText?: unknown }).richText)
        ? richText((text as { richText: unknown[] }).richText)
        : String(object.hyperlink ?? '');
      return plainValue(shown, numFmt, date1904);
    }
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}
