// The files a review reads: those named, and every workbook inside a named folder (its subfolders too).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Names a folder search picks up: workbooks, including old .xls (listed as unreadable with the reason). */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls)$/i;
/** Excel's lock files (~$name.xlsx) and hidden files are not submissions. */
const SKIPPED_NAME = /^(~\$|\.)/;

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'zh-Hans-CN', { numeric: true }));
  const found: string[] = [];
  for (const name of names) {
    if (SKIPPED_NAME.test(name)) continue;
    const path = join(folder, name);
    const entry = entries.find((e) => e.name === name)!;
    if (entry.isDirectory()) found.push(...(await workbooksIn(path)));
    else if (WORKBOOK_NAME.test(name)) found.push(path);
  }
  return found;
}

/**
 * The files named on the command line, folders expanded in name order (numbers in names in numeric
 * order), each file once. A named file is kept whatever its type: if it is no workbook, the review
 * says so on its row. The order is the output order, whatever order the workers finish in.
 */
export async function reviewInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (await isDirectory(path)) files.push(...(await workbooksIn(path)));
    else files.push(path);
  }
  return [...new Set(files)];
}
