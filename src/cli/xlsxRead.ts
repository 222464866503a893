// .xlsx → WorkbookSnapshot through exceljs: the file side (size, type and damage checks); the
// conversion itself is shared with the browser sandbox in src/xlsx/snapshotFromExcelJs.ts.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { readerCopy } from '../xlsx/package/readerCopy';
import { brokenXmlPart } from '../xlsx/package/wellFormed';
import { PackageError } from '../xlsx/package/zip';
import type { ColumnOverride, IgnoredFinding, WorkbookSnapshot } from '../engine/schema';
import { columnRolesFromExcelJs, ignoredFromExcelJs, SheetTooLargeError, snapshotFromExcelJs } from '../xlsx/snapshotFromExcelJs';
import { checkInputFile, inputErrors, InputError, MAX_INPUT_BYTES } from './inputErrors';

export { snapshotFromExcelJs };

export interface ReadOptions {
  maxBytes?: number;
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadWorkbookFile(path, options));
}

export interface CheckInput {
  snapshot: WorkbookSnapshot;
  ignored: IgnoredFinding[];
  /** The column roles the user set in the add-in, saved with the workbook. */
  columnRoles: ColumnOverride[];
}

/** What `check` needs of a file: its snapshot, and what the add-in recorded there (ignored findings, column roles). */
export async function readCheckInput(path: string, options: ReadOptions = {}): Promise<CheckInput> {
  const workbook = await loadWorkbookFile(path, options);
  return { snapshot: snapshotOf(workbook), ignored: ignoredFromExcelJs(workbook), columnRoles: columnRolesFromExcelJs(workbook) };
}

/** Sheets renamed for exceljs (names over 31 characters) → their real names, per loaded workbook. */
const realNamesOf = new WeakMap<ExcelJS.Workbook, Map<string, string>>();

function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  try {
    const snapshot = snapshotFromExcelJs(workbook);
    const realNames = realNamesOf.get(workbook);
    if (!realNames?.size) return snapshot;
    return { ...snapshot, sheets: snapshot.sheets.map((sheet) => ({ ...sheet, name: realNames.get(sheet.name) ?? sheet.name })) };
  } catch (error) {
    if (error instanceof SheetTooLargeError) throw new InputError(error.zh, error.en);
    throw error;
  }
}

/** The exceljs workbook itself, for writers that change a copy (--out); errors as readWorkbookFile. */
export async function loadWorkbookFile(path: string, options: ReadOptions = {}): Promise<ExcelJS.Workbook> {
  await checkInputFile(path, options.maxBytes ?? MAX_INPUT_BYTES);
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  try {
    // Limits, encodings and missing parts are found in the package before exceljs parses anything.
    const copy = readerCopy(bytes);
    realNamesOf.set(workbook, copy.realNames);
    await workbook.xlsx.load(Buffer.from(copy.bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof PackageError && error.limit) throw new InputError(error.zh, error.en);
    // A part that is not XML at all is the real cause of most other failures: name it and its line.
    const broken = brokenXmlPart(bytes);
    if (broken) throw new InputError(broken.zh, broken.en);
    if (error instanceof PackageError) throw new InputError(error.zh, error.en);
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 160) : '';
    throw reason ? inputErrors.damagedBecause(reason) : inputErrors.damaged();
  }
  // A zip without a workbook part (a .docx, an .xlsb, any archive) loads as no sheets at all.
  if (workbook.worksheets.length === 0) throw inputErrors.notWorkbook();
  return workbook;
}
