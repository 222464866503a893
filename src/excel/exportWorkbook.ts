// A workbook the add-in made (the 审核意见) opened in Excel as a new, unsaved workbook through
// Excel.createWorkbook (ExcelApi 1.8), and the open workbook's name for what it is made from.
import { HostError, type ExportedWorkbook } from '../host/workbookHost';
import { toHostError } from './errors';
import { runBatch, type ApiSupport, type ExcelRunner } from './runtime';

/** `Excel.createWorkbook`, injectable so tests can run the adapter against the simulated Excel. */
export type CreateWorkbook = (base64?: string) => Promise<void>;

export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

const EXPORT = { zh: '导出审核意见', en: 'Exporting the review' };

/** Base64 of the bytes, in chunks (a spread of a large array overflows the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Opens the file as a new workbook; the user names and saves it there. No Excel.run, no sync. */
export async function exportWorkbook(create: CreateWorkbook, supports: ApiSupport, file: ExportedWorkbook): Promise<void> {
  if (!supports('1.8')) {
    throw new HostError(
      '此版本的 Excel 不能新建工作簿（需要 ExcelApi 1.8，Excel 2021、Microsoft 365 或网页版），未导出审核意见',
      'This version of Excel cannot create a workbook (needs ExcelApi 1.8, Excel 2021, Microsoft 365 or the web); the review was not exported',
    );
  }
  try {
    await create(toBase64(file.bytes));
  } catch (error) {
    throw toHostError(error, EXPORT);
  }
}

/** Workbook.name (ExcelApi 1.7, the manifest's floor): one sync. */
export function workbookName(run: ExcelRunner): Promise<string> {
  return runBatch(run, { zh: '读取工作簿名称', en: 'Reading the workbook name' }, async (context) => {
    const workbook = context.workbook.load('name');
    await context.sync();
    return workbook.name;
  });
}
