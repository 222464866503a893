// No output replaces an input or another output — by any spelling, symlink or hard link — and the
// report is written even when the copy cannot be; write failures give the operating system's reason.
import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputError } from '../../src/cli/outputErrors';
import { fixtureSpec, writeFixture } from '../fixtures/workbooks';
import { freshDir, runCli } from './cliHarness';

const refused = (option: string) => `--${option} 不能与输入文件相同（原文件不会被改动） / --${option} must not be the input file (the original is never changed)`;

describe('output paths', () => {
  let dir: string;
  let input: string;
  let second: string;
  let original: Buffer;
  beforeAll(async () => {
    dir = freshDir('output-paths');
    input = await writeFixture('paths-input', fixtureSpec('seed'));
    second = await writeFixture('paths-second', fixtureSpec('merged'));
    original = readFileSync(input);
  });
  afterEach(() => {
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  test('--json equal to the input, or to a second input, is refused and nothing is written', async () => {
    for (const argv of [['check', input, '--json', input], ['check', second, input, '--json', input], ['check', input, '--json', join(dir, '..', dir.split('/').pop() as string, '..', 'paths-input.xlsx')]]) {
      const ran = await runCli(argv);
      expect(ran.code).toBe(2);
      expect(ran.err).toEqual([refused('json')]);
    }
  });

  test('--json equal to --out is refused', async () => {
    const same = join(dir, 'same.xlsx');
    const ran = await runCli(['check', input, '--out', same, '--json', same]);
    expect(ran.err).toEqual(['--json 不能与 --out 是同一个文件 / --json must not be the same file as --out']);
    expect(existsSync(same)).toBe(false);
  });

  test('an input given through a symlink, with --out the real file', async () => {
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    const ran = await runCli(['check', link, '--out', input]);
    expect(ran.err).toEqual([refused('out')]);
  });

  test('--out a symlink or a hard link to the input', async () => {
    const soft = join(dir, 'soft.xlsx');
    symlinkSync(input, soft);
    expect((await runCli(['check', input, '--out', soft])).err).toEqual([refused('out')]);
    const hard = join(dir, 'hard.xlsx');
    linkSync(input, hard);
    expect((await runCli(['check', input, '--out', hard])).err).toEqual([refused('out')]);
  });

  test('when --out cannot be written the JSON report still is, and the exit code is 2', async () => {
    const out = join(dir, 'no-such-folder', 'copy.xlsx');
    const json = join(dir, 'report.json');
    const ran = await runCli(['check', input, '--out', out, '--json', json]);
    expect(ran.code).toBe(2);
    expect(ran.err).toEqual([`无法写入 ${out}：文件夹不存在 / cannot write ${out}: the folder does not exist`]);
    expect(JSON.parse(readFileSync(json, 'utf8')).file).toBe(input);
  });

  test('write failures give the reason: disk full, read-only, or the system’s own words', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(outputError('/x/a.xlsx', enospc).zh).toBe('无法写入 /x/a.xlsx：磁盘已满（或超出配额）');
    const erofs = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    expect(outputError('/x/a.xlsx', erofs).en).toBe('cannot write /x/a.xlsx: the location is read-only');
    const other = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    expect(outputError('/x/a.xlsx', other).en).toBe('cannot write /x/a.xlsx: EIO: i/o error, write');
  });
});

test('a file written next to the inputs is fine', async () => {
  const dir = freshDir('output-paths-ok');
  const input = await writeFixture('paths-ok', fixtureSpec('seed'));
  const out = join(dir, 'checked.xlsx');
  writeFileSync(join(dir, 'other.json'), '{}');
  const ran = await runCli(['check', input, '--out', out, '--json', join(dir, 'other.json')]);
  expect(ran.err).toEqual([]);
  expect(existsSync(out)).toBe(true);
});
