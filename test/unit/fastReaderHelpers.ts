// Both readings of one .xlsx: through exceljs (the reference the CLI used) and through the fast reader.
import ExcelJS from 'exceljs';
import { columnRolesFromExcelJs, ignoredFromExcelJs, snapshotFromExcelJs } from '../../src/xlsx/snapshotFromExcelJs';
import { readerCopy, readerParts } from '../../src/xlsx/package/readerCopy';
import { fastRead, type FastRead } from '../../src/xlsx/fast/fastSnapshot';
import { FastReadUnsupported } from '../../src/xlsx/fast/unsupported';

export async function excelJsReading(bytes: Uint8Array): Promise<FastRead> {
  const copy = readerCopy(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(copy.bytes) as unknown as ExcelJS.Buffer);
  const snapshot = snapshotFromExcelJs(workbook);
  const sheets = snapshot.sheets.map((sheet) => ({ ...sheet, name: copy.realNames.get(sheet.name) ?? sheet.name }));
  return { snapshot: { sheets }, ignored: ignoredFromExcelJs(workbook), columnRoles: columnRolesFromExcelJs(workbook) };
}

/** The fast reading, or the reason it leaves the file to exceljs. */
export function fastReading(bytes: Uint8Array): FastRead | FastReadUnsupported {
  try {
    return fastRead(readerParts(bytes));
  } catch (error) {
    if (error instanceof FastReadUnsupported) return error;
    throw error;
  }
}
