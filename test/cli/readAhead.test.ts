// review reads the next file while checking the one before: a file read ahead gives the same result
// as one read when its turn comes, and a read that fails early is reported then, not lost.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile, readAhead } from '../../src/cli/review/checkFile';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { freshDir } from './cliHarness';

const MAX = 50 * 1024 * 1024;
const task = (file: string) => ({ file, lang: 'zh' as const, maxBytes: MAX, keepModel: false });

test('a workbook read ahead is checked exactly as one read in its turn', async () => {
  const file = join(freshDir('read-ahead'), 'seed.xlsx');
  await writeSpecFile(seedWorkbookSpec(), file);
  const ahead = await checkFile({ ...task(file), bytes: readAhead(file, MAX) });
  const inTurn = await checkFile(task(file));
  expect(ahead).toEqual(inTurn);
  expect('report' in ahead && ahead.report.findings.length).toBeGreaterThan(0);
});

test('a read that fails before its turn is reported for that file, and raises no unhandled rejection', async () => {
  const dir = freshDir('read-ahead-fail');
  const missing = join(dir, '没有这个文件.xlsx');
  const notZip = join(dir, 'notes.xlsx');
  writeFileSync(notZip, 'plain text, not a workbook');
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const bytes = [readAhead(missing, MAX), readAhead(notZip, MAX)];
    // Both reads fail while nothing awaits them yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const results = [await checkFile({ ...task(missing), bytes: bytes[0] }), await checkFile({ ...task(notZip), bytes: bytes[1] })];
    expect(results).toEqual([await checkFile(task(missing)), await checkFile(task(notZip))]);
    expect(results.map((r) => 'unreadable' in r)).toEqual([true, true]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  expect(unhandled).toEqual([]);
});
