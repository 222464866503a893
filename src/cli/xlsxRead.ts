// .xlsx → WorkbookSnapshot: the file side (size, type and damage checks). `check` and `review` read
// through the fast reader (src/xlsx/fast), which gives exactly exceljs's reading; a file of a shape it
// does not know is read through exceljs, whose conversion is shared with the browser sandbox in
// src/xlsx/snapshotFromExcelJs.ts. The --out writers still load the exceljs workbook itself.
import type ExcelJS from 'exceljs';
import { READ_LIMITS, readerParts, type ReaderParts } from '../xlsx/package/readerCopy';
import { inflateWithZlib } from './zlibZip';
import { writeParts } from '../xlsx/package/zip';
import { brokenXmlPart } from '../xlsx/package/wellFormed';
import { PackageError } from '../xlsx/package/zip';
import type { ColumnOverride, IgnoredFinding, WorkbookSnapshot } from '../engine/schema';
import { columnRolesFromExcelJs, ignoredFromExcelJs, SheetTooLargeError, snapshotFromExcelJs } from '../xlsx/snapshotFromExcelJs';
import { fastRead } from '../xlsx/fast/fastSnapshot';
import { inputErrors, InputError, MAX_INPUT_BYTES, readInputFile } from './inputErrors';

export { snapshotFromExcelJs };

export interface ReadOptions {
  maxBytes?: number;
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return (await readCheckInput(path, options)).snapshot;
}

export interface CheckInput {
  snapshot: WorkbookSnapshot;
  ignored: IgnoredFinding[];
  /** The column roles the user set in the add-in, saved with the workbook. */
  columnRoles: ColumnOverride[];
}

/** What `check` needs of a file: its snapshot, and what the add-in recorded there (ignored findings, column roles). */
export async function readCheckInput(path: string, options: ReadOptions = {}): Promise<CheckInput> {
  const bytes = await readInputBytes(path, options);
  const read = checkedParts(bytes);
  try {
    return fastRead(read);
  } catch (error) {
    if (error instanceof SheetTooLargeError) throw new InputError(error.zh, error.en);
    // Shapes it does not know (FastReadUnsupported), and anything unforeseen, are read by exceljs instead.
  }
  const workbook = await loadParts(read, bytes);
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
  const bytes = await readInputBytes(path, options);
  return loadParts(checkedParts(bytes), bytes);
}

function readInputBytes(path: string, options: ReadOptions): Promise<Uint8Array> {
  return readInputFile(path, options.maxBytes ?? MAX_INPUT_BYTES);
}

/** Limits, encodings and missing parts, found in the package before anything is parsed. */
function checkedParts(bytes: Uint8Array): ReaderParts {
  try {
    return readerParts(bytes, READ_LIMITS, inflateWithZlib);
  } catch (error) {
    throw readFailure(error, bytes);
  }
}

async function loadParts(read: ReaderParts, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  // Loaded on first use: the fast reader reads most files, and exceljs costs a worker a fifth of a second to load.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  realNamesOf.set(workbook, read.realNames);
  try {
    const copy = read.changed ? writeParts(read.parts.parts, 1) : bytes;
    await workbook.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw readFailure(error, bytes);
  }
  // A zip without a workbook part (a .docx, an .xlsb, any archive) loads as no sheets at all.
  if (workbook.worksheets.length === 0) throw inputErrors.notWorkbook();
  return workbook;
}

/** Why a file could not be read, in one line. */
function readFailure(error: unknown, bytes: Uint8Array): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof PackageError && error.limit) return new InputError(error.zh, error.en);
  // A part that is not XML at all is the real cause of most other failures: name it and its line.
  const broken = brokenXmlPart(bytes);
  if (broken) return new InputError(broken.zh, broken.en);
  if (error instanceof PackageError) return new InputError(error.zh, error.en);
  const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 160) : '';
  return reason ? inputErrors.damagedBecause(reason) : inputErrors.damaged();
}
