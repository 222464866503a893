// Limits before loading: a workbook too large to read is refused in one line, before exceljs parses
// it; and the built command reads in a worker whose heap is capped, so exhaustion is exit 2, one line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { READ_HEAP_ENV } from '../../src/cli/readWorker';
import { READ_LIMITS } from '../../src/xlsx/package/readerCopy';
import { departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { fixtureSpec, writeFixture } from '../fixtures/workbooks';
import { freshDir, runCli } from './cliHarness';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'budget-check.js');

/** The feature workbook with a second sheet of `rows` rows of ten numbers (written as Excel writes them). */
function bigWorkbook(rows: number): string {
  const parts = featureWorkbookParts(departmentForm());
  const cells = Array.from({ length: 10 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}#"><v>${i}</v></c>`).join('');
  const data = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${cells.replace(/#/g, String(r + 1))}</row>`).join('');
  parts['xl/worksheets/sheet2.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:J${rows}"/><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`);
  const path = join(freshDir('limits'), `rows-${rows}.xlsx`);
  writeFileSync(path, zipParts(parts));
  return path;
}

test(`a workbook of more than ${READ_LIMITS.cells.toLocaleString('en-US')} cells is refused before it is parsed`, async () => {
  const path = bigWorkbook(READ_LIMITS.cells / 10 + 1);
  const ran = await runCli(['check', path]);
  expect(ran.code).toBe(2);
  expect(ran.err).toEqual([
    `${path}：无法读取 — 工作簿的单元格超过 300,000 个的上限，不像是绩效目标表 / cannot read — the workbook has more than 300,000 cells, over the limit; it does not look like a performance-target form`,
  ]);
});

test('a large legal workbook with a merge over a whole sheet is read', async () => {
  const ran = await runCli(['check', bigWorkbook(2000)]);
  expect(ran.err).toEqual([]);
  expect(ran.code).toBe(1);
});

describe('the built command reads in a worker with a memory cap', () => {
  beforeAll(() => {
    if (!existsSync(BIN)) execFileSync('npx', ['webpack', '--mode', 'production', '--config-name', 'cli'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  test(`exhausting the worker's heap (${READ_HEAP_ENV}=8) is exit 2 with one line`, async () => {
    const input = await writeFixture('limits-heap', fixtureSpec('seed'));
    const result = spawnSync(process.execPath, [BIN, 'check', input], { encoding: 'utf8', env: { ...process.env, [READ_HEAP_ENV]: '8' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${input}：无法读取 — 工作簿太大，读取时超过了 8 MB 的内存上限 / cannot read — the workbook is too large: reading it went over the memory limit of 8 MB\n`);
  });

  test('with the default heap the same workbook is read in the worker', async () => {
    const input = await writeFixture('limits-heap-ok', fixtureSpec('seed'));
    const result = spawnSync(process.execPath, [BIN, 'check', input], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });
});
