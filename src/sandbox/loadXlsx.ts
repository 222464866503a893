// An .xlsx the user picked, read in the browser with exceljs's browser build. Both exceljs and the
// shared converter load on first use only, so the sandbox's first screen does not carry them.
import type { WorkbookSpec } from '../engine/schema';
import { HostError } from '../host/workbookHost';
import { snapshotToSpec, withFormatting } from './snapshotToSpec';

/** Bigger files would freeze the page while exceljs unzips them. */
export const MAX_XLSX_BYTES = 30 * 1024 * 1024;

export async function loadXlsx(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<WorkbookSpec> {
  if (file.size > MAX_XLSX_BYTES) {
    throw new HostError(`文件“${file.name}”超过 30 MB，未打开`, `"${file.name}" is larger than 30 MB; not opened`);
  }
  if (/\.xls$/i.test(file.name)) {
    throw new HostError(`“${file.name}”是旧的 .xls 格式，请在 Excel 中另存为 .xlsx`, `"${file.name}" is an old .xls file; save it as .xlsx in Excel first`);
  }
  const [{ default: ExcelJS }, { snapshotFromExcelJs }, { formattingFromExcelJs }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs'),
    import(/* webpackChunkName: "xlsx-read" */ '../xlsx/snapshotFromExcelJs'),
    import(/* webpackChunkName: "xlsx-read" */ '../xlsx/formattingFromExcelJs'),
  ]);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(await file.arrayBuffer());
  } catch {
    throw new HostError(`无法读取“${file.name}”：不是有效的 .xlsx 工作簿，或已加密`, `Could not read "${file.name}": not a valid .xlsx workbook, or encrypted`);
  }
  if (workbook.worksheets.length === 0) {
    throw new HostError(`“${file.name}”中没有工作表`, `"${file.name}" holds no worksheets`);
  }
  // The grid shows the file as Excel does: its widths, heights, fills, wrapping and merges.
  return withFormatting(snapshotToSpec(snapshotFromExcelJs(workbook)), formattingFromExcelJs(workbook));
}
