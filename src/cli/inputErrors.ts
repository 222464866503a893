// Why an input cannot be read, found before exceljs sees it: a user gets one line in Chinese and
// English (exit code 2), never a stack trace from the zip library.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Larger workbooks are refused: exceljs holds the whole file and its cells in memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'InputError';
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is a compound file holding this stream (its directory names are UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** "50 MB", "12.3 MB", "10 KB", "512 B": sizes as a user reads them. */
export function formatSize(bytes: number): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  return `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;
}

/** The one line printed for an input that cannot be read, in Chinese and English whatever --lang says. */
export function unreadableLine(file: string, error: InputError): string {
  return `${file}：无法读取 — ${error.zh} / cannot read — ${error.en}`;
}

export const inputErrors = {
  missing: (path: string) => new InputError(`找不到文件：${path}`, `file not found: ${path}`),
  unreadable: (path: string) => new InputError(`无法读取文件（没有权限或被占用）：${path}`, `cannot read the file (no permission or in use): ${path}`),
  directory: (path: string) => new InputError(`这是一个文件夹，不是工作簿：${path}`, `this is a folder, not a workbook: ${path}`),
  tooLarge: (size: number, limit: number) =>
    new InputError(
      `文件太大（${formatSize(size)}），超过 ${formatSize(limit)} 的上限`,
      `the file is too large (${formatSize(size)}); the limit is ${formatSize(limit)}`,
    ),
  empty: () => new InputError('文件是空的，不是工作簿', 'the file is empty, not a workbook'),
  xls: () =>
    new InputError(
      '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再检查',
      'this is an old .xls file; save it as .xlsx in Excel and check that copy',
    ),
  encrypted: () =>
    new InputError(
      '文件已加密（设有打开密码），请在 Excel 中取消密码后再检查',
      'the workbook is encrypted (it has an open password); remove the password in Excel first',
    ),
  notWorkbook: () => new InputError('这不是 Excel 工作簿（.xlsx）', 'this is not an Excel workbook (.xlsx)'),
  outOfMemory: (heapMb: number) =>
    new InputError(
      `工作簿太大，读取时超过了 ${heapMb} MB 的内存上限`,
      `the workbook is too large: reading it went over the memory limit of ${heapMb} MB`,
    ),
  damaged: () => new InputError('文件已损坏或不完整', 'the file is damaged or incomplete'),
  /** The reader's own reason, for a package that passed every check and still could not be parsed. */
  damagedBecause: (reason: string) => new InputError(`文件已损坏或不完整（${reason}）`, `the file is damaged or incomplete (${reason})`),
};

/** Rejects with an InputError when `path` is certainly not an .xlsx that exceljs can open. */
export async function checkInputFile(path: string, maxBytes: number = MAX_INPUT_BYTES): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw inputErrors.directory(path);
    size = info.size;
  } catch (error) {
    throw asInputError(error, path);
  }
  if (size > maxBytes) throw inputErrors.tooLarge(size, maxBytes);
  if (size === 0) throw inputErrors.empty();

  const head = await readBytes(path, 0, 8);
  const wrong = signatureError(head, () => readBytes(path, 0, size));
  if (wrong) throw await wrong;
}

/**
 * The file's bytes after the checks of checkInputFile, through one open file (a review reads hundreds:
 * one open, one stat and one read each, not a stat, a peek at the head and a second open to read).
 * The calls are synchronous: a form takes microseconds to read, and the promise API's round trips
 * through the thread pool cost a review ten times more than the reads themselves.
 */
export async function readInputFile(path: string, maxBytes: number = MAX_INPUT_BYTES): Promise<Buffer> {
  const bytes = readChecked(path, maxBytes);
  const wrong = signatureError(bytes, async () => bytes);
  if (wrong) throw await wrong;
  return bytes;
}

function readChecked(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw asInputError(error, path);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw inputErrors.directory(path);
    if (info.size > maxBytes) throw inputErrors.tooLarge(info.size, maxBytes);
    if (info.size === 0) throw inputErrors.empty();
    return readFileSync(fd);
  } catch (error) {
    throw asInputError(error, path);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a file only read loses nothing; the read's own outcome stands.
    }
  }
}

/** What a file that is not a zip package is, from its first bytes (and all of them for an OLE file), or undefined for a zip. */
function signatureError(bytes: Buffer, whole: () => Promise<Buffer>): Promise<InputError> | undefined {
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) return whole().then((all) => (all.includes(ENCRYPTION_INFO) ? inputErrors.encrypted() : inputErrors.xls()));
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return Promise.resolve(inputErrors.notWorkbook());
  return undefined;
}

async function readBytes(path: string, position: number, length: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw asInputError(error, path);
  } finally {
    await handle?.close();
  }
}

function asInputError(error: unknown, path: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return inputErrors.missing(path);
  if (code === 'EISDIR') return inputErrors.directory(path);
  return inputErrors.unreadable(path);
}
