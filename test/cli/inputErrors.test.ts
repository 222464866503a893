import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInputFile, formatSize, InputError, inputErrors, MAX_INPUT_BYTES } from '../../src/cli/inputErrors';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { fixtureDir, fixtureSpec, writeFixture } from '../fixtures/workbooks';
import { compoundFile } from '../fixtures/compoundFile';

function badFile(name: string, bytes: Buffer): string {
  const path = join(fixtureDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** A valid zip holding one empty, stored file (an empty file's CRC-32 is 0, so none is computed). */
function zipWithEmptyFile(name: string): Buffer {
  const fileName = Buffer.from(name, 'ascii');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length, 16);
  return Buffer.concat([local, fileName, central, fileName, end]);
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, but the input was accepted');
}

function oneLine(error: InputError): void {
  for (const text of [error.zh, error.en, error.message]) {
    expect(text).not.toMatch(/[\r\n]/);
    expect(text).not.toMatch(/\bat \S+:\d+/); // no stack frames
  }
  expect(error.message).toBe(`${error.zh} / ${error.en}`);
  expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error.en).toMatch(/^[\x20-\x7e]+$/);
}

describe('checkInputFile and readWorkbookFile refuse bad inputs with one bilingual line', () => {
  let good: string;
  beforeAll(async () => {
    good = await writeFixture('input-good', fixtureSpec('seed'));
  });

  test('a missing file', async () => {
    const path = join(fixtureDir(), 'no-such-file.xlsx');
    const error = await inputError(readWorkbookFile(path));
    oneLine(error);
    expect(error.zh).toBe(`找不到文件：${path}`);
    expect(error.en).toBe(`file not found: ${path}`);
  });

  test('a directory', async () => {
    const dir = join(fixtureDir(), 'a-folder.xlsx');
    mkdirSync(dir, { recursive: true });
    const error = await inputError(readWorkbookFile(dir));
    oneLine(error);
    expect(error.en).toContain('folder');
    expect(error.zh).toContain('文件夹');
  });

  test('random bytes are not a workbook', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const error = await inputError(readWorkbookFile(badFile('random.xlsx', bytes)));
    oneLine(error);
    expect(error.en).toBe('this is not an Excel workbook (.xlsx)');
  });

  test('an empty file', async () => {
    const error = await inputError(readWorkbookFile(badFile('empty.xlsx', Buffer.alloc(0))));
    oneLine(error);
    expect(error.en).toContain('empty');
  });

  test('an old .xls (compound file without EncryptionInfo)', async () => {
    const error = await inputError(readWorkbookFile(badFile('old.xls', compoundFile(['Root Entry', 'Workbook', 'SummaryInformation']))));
    oneLine(error);
    expect(error.zh).toContain('.xls');
    expect(error.en).toContain('old .xls');
  });

  test('an encrypted .xlsx (compound file with an EncryptionInfo stream)', async () => {
    const error = await inputError(readWorkbookFile(badFile('locked.xlsx', compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))));
    oneLine(error);
    expect(error.zh).toContain('加密');
    expect(error.en).toContain('encrypted');
  });

  test('"EncryptionInfo" in ASCII does not make an .xls encrypted', async () => {
    const bytes = Buffer.concat([compoundFile(['Root Entry', 'Workbook']), Buffer.from('EncryptionInfo', 'ascii')]);
    const error = await inputError(checkInputFile(badFile('ascii-name.xls', bytes)));
    expect(error.en).toContain('old .xls');
  });

  test('a truncated copy of a real generated workbook', async () => {
    const bytes = readFileSync(good);
    const path = badFile('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(checkInputFile(path)).resolves.toBeUndefined(); // it starts like a zip …
    const error = await inputError(readWorkbookFile(path)); // … but exceljs cannot open it
    oneLine(error);
    expect(error.zh).toBe('文件已损坏或不完整');
    expect(error.en).toBe('the file is damaged or incomplete');
  });

  test('a zip that is not a workbook', async () => {
    const error = await inputError(readWorkbookFile(badFile('not-a-workbook.xlsx', zipWithEmptyFile('hello.txt'))));
    oneLine(error);
    expect(error.en).toBe('this is not an Excel workbook (.xlsx)');
  });

  test('a file over the size limit, which the message states (limit injected, not 50 MB written)', async () => {
    const size = readFileSync(good).length;
    const error = await inputError(readWorkbookFile(good, { maxBytes: 10 * 1024 }));
    oneLine(error);
    expect(error.zh).toBe(`文件太大（${formatSize(size)}），超过 10 KB 的上限`);
    expect(error.en).toBe(`the file is too large (${formatSize(size)}); the limit is 10 KB`);
    await expect(checkInputFile(good, size - 1)).rejects.toThrow(/too large/);
    await expect(checkInputFile(good, size)).resolves.toBeUndefined();
  });

  test('the default limit is 50 MB and the message says so', () => {
    expect(MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
    const stated = inputErrors.tooLarge(60 * 1024 * 1024, MAX_INPUT_BYTES);
    expect(stated.zh).toBe('文件太大（60 MB），超过 50 MB 的上限');
    expect(stated.en).toBe('the file is too large (60 MB); the limit is 50 MB');
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1536)).toBe('1.5 KB');
  });

  test('a good workbook passes', async () => {
    await expect(checkInputFile(good)).resolves.toBeUndefined();
    const snapshot = await readWorkbookFile(good);
    expect(snapshot.sheets.length).toBe(10);
  });
});
