import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_BYTES_ENV } from '../../src/cli/checkCommand';
import { formatSize } from '../../src/cli/inputErrors';
import { fixtureSpec, writeFixture } from '../fixtures/workbooks';
import { compoundFile } from '../fixtures/compoundFile';
import { freshDir, noFormsSpec, runCli, writeBytes } from './cliHarness';

/** The unreadable-input line: Chinese and English on one line, whatever --lang says. */
const both = (path: string, zh: string, en: string) => `${path}：无法读取 — ${zh} / cannot read — ${en}`;

/** Exactly one line on stderr, in the language asked for, with no stack frame; nothing on stdout. */
function expectOneLine(ran: { code: number; out: string[]; err: string[] }, line: string): void {
  expect(ran.code).toBe(2);
  expect(ran.out).toEqual([]);
  expect(ran.err).toEqual([line]);
  expect(ran.err[0]).not.toMatch(/[\r\n]|\bat \S+:\d+|Error:/);
}

describe('bad inputs: exit 2 with a one-line reason, never a stack trace', () => {
  let dir: string;
  let good: string;
  beforeAll(async () => {
    dir = freshDir('bad-input');
    good = await writeFixture('bad-input-good', fixtureSpec('seed'));
  });

  test('a missing file', async () => {
    const path = join(dir, 'missing.xlsx');
    const line = both(path, `找不到文件：${path}`, `file not found: ${path}`);
    expectOneLine(await runCli(['check', path]), line);
    expectOneLine(await runCli(['check', path, '--lang', 'en']), line);
  });

  test('a directory', async () => {
    const path = join(dir, 'folder.xlsx');
    mkdirSync(path);
    expectOneLine(await runCli(['check', path]), both(path, `这是一个文件夹，不是工作簿：${path}`, `this is a folder, not a workbook: ${path}`));
  });

  test('not a workbook (a text file named .xlsx)', async () => {
    const path = writeBytes(dir, 'notes.xlsx', Buffer.from('这不是工作簿\n', 'utf8'));
    const line = both(path, '这不是 Excel 工作簿（.xlsx）', 'this is not an Excel workbook (.xlsx)');
    expectOneLine(await runCli(['check', path]), line);
    expectOneLine(await runCli(['check', path, '--lang', 'en']), line);
  });

  test('an old .xls', async () => {
    const path = writeBytes(dir, 'old.xls', compoundFile(['Root Entry', 'Workbook', 'SummaryInformation']));
    expectOneLine(
      await runCli(['check', path]),
      both(path, '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再检查', 'this is an old .xls file; save it as .xlsx in Excel and check that copy'),
    );
  });

  test('an encrypted workbook', async () => {
    const path = writeBytes(dir, 'locked.xlsx', compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expectOneLine(
      await runCli(['check', path, '--lang', 'en']),
      both(path, '文件已加密（设有打开密码），请在 Excel 中取消密码后再检查', 'the workbook is encrypted (it has an open password); remove the password in Excel first'),
    );
  });

  test('a truncated workbook', async () => {
    const bytes = readFileSync(good);
    const path = writeBytes(dir, 'truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectOneLine(await runCli(['check', path]), both(path, '文件已损坏或不完整', 'the file is damaged or incomplete'));
  });

  test(`a file over the size limit (${MAX_BYTES_ENV} lowers it for the test)`, async () => {
    const size = statSync(good).size;
    const saved = process.env[MAX_BYTES_ENV];
    process.env[MAX_BYTES_ENV] = String(10 * 1024);
    try {
      expectOneLine(
        await runCli(['check', good]),
        both(good, `文件太大（${formatSize(size)}），超过 10 KB 的上限`, `the file is too large (${formatSize(size)}); the limit is 10 KB`),
      );
      process.env[MAX_BYTES_ENV] = 'ten';
      expectOneLine(await runCli(['check', good]), `环境变量 ${MAX_BYTES_ENV} 应为正整数（字节数） / ${MAX_BYTES_ENV} must be a positive whole number of bytes`);
    } finally {
      if (saved === undefined) delete process.env[MAX_BYTES_ENV];
      else process.env[MAX_BYTES_ENV] = saved;
    }
    // … and without the override the same file is read.
    expect((await runCli(['check', good])).code).not.toBe(2);
  });

  test('one unreadable input among readable ones: the others are still checked, exit 2, and no --json for nothing', async () => {
    const missing = join(dir, 'gone.xlsx');
    const json = join(dir, 'mixed.json');
    const ran = await runCli(['check', good, missing, '--json', json]);
    expect(ran.code).toBe(2);
    expect(ran.err).toEqual([both(missing, `找不到文件：${missing}`, `file not found: ${missing}`)]);
    expect(ran.lines[0]).toMatch(/：需修改 — /);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(Array.isArray(report) && report.map((r: { file: string }) => r.file)).toEqual([good]);

    const onlyJson = join(dir, 'only-missing.json');
    expect((await runCli(['check', missing, '--json', onlyJson])).code).toBe(2);
    expect(existsSync(onlyJson)).toBe(false);
  });

  test('an --out that cannot be written: exit 2 and one line', async () => {
    const out = join(dir, 'no-such-folder', 'copy.xlsx');
    const ran = await runCli(['check', good, '--out', out]);
    expect(ran.code).toBe(2);
    expect(ran.err).toEqual([`无法写入 ${out}：文件夹不存在 / cannot write ${out}: the folder does not exist`]);
  });
});

describe('a workbook without forms', () => {
  test('exit 0 and "no forms found" (未发现绩效目标表), not "ready"', async () => {
    const path = await writeFixture('no-forms', noFormsSpec());
    const zh = await runCli(['check', path]);
    expect(zh.code).toBe(0);
    expect(zh.err).toEqual([]);
    expect(zh.lines).toEqual([`${path}：未发现绩效目标表（没有部门整体或项目绩效目标表）`]);
    const en = await runCli(['check', path, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.lines).toEqual([`${path}: no forms found (no department or project performance-target form)`]);
  });
});
