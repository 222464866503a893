// .xlsx → WorkbookSnapshot through exceljs: the file side (size, type and damage checks); the
// conversion itself is shared with the browser sandbox in src/xlsx/snapshotFromExcelJs.ts.
import ExcelJS from 'exceljs';
import type { IgnoredFinding, WorkbookSnapshot } from '../engine/schema';
import { ignoredFromExcelJs, SheetTooLargeError, snapshotFromExcelJs } from '../xlsx/snapshotFromExcelJs';
import { checkInputFile, inputErrors, InputError, MAX_INPUT_BYTES } from './inputErrors';

export { snapshotFromExcelJs };

export interface ReadOptions {
  maxBytes?: number;
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadWorkbookFile(path, options));
}

/** What `check` needs of a file: its snapshot and the findings the add-in recorded there as ignored. */
export async function readCheckInput(path: string, options: ReadOptions = {}): Promise<{ snapshot: WorkbookSnapshot; ignored: IgnoredFinding[] }> {
  const workbook = await loadWorkbookFile(path, options);
  return { snapshot: snapshotOf(workbook), ignored: ignoredFromExcelJs(workbook) };
}

function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  try {
    return snapshotFromExcelJs(workbook);
  } catch (error) {
    if (error instanceof SheetTooLargeError) throw new InputError(error.zh, error.en);
    throw error;
  }
}

/** The exceljs workbook itself, for writers that change a copy (--out); errors as readWorkbookFile. */
export async function loadWorkbookFile(path: string, options: ReadOptions = {}): Promise<ExcelJS.Workbook> {
  await checkInputFile(path, options.maxBytes ?? MAX_INPUT_BYTES);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw inputErrors.damaged();
  }
  // A zip without a workbook part (a .docx, an .xlsb, any archive) loads as no sheets at all.
  if (workbook.worksheets.length === 0) throw inputErrors.notWorkbook();
  return workbook;
}
