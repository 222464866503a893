// Amounts no form holds — overflowing, NaN, Infinity, error values — end as findings, never as an
// internal error: the check, the plan and the copy all finish. The cells are written into the XML as
// other programs write them (<v>NaN</v>, <v>INF</v>, <v>1.79E+308</v>), which exceljs reads as numbers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { patchWorkbook } from '../../src/xlsx/package/patchWorkbook';
import { writeFixture } from '../fixtures/workbooks';
import { freshDir, runCli } from './cliHarness';

const DEPT = '部门整体预算绩效目标申报表';

/** The seed with `cell` holding `raw` as the text of its <v>. */
async function withRawValue(cell: string, raw: string): Promise<string> {
  const seed = readFileSync(await writeFixture('never-abort-seed', seedWorkbookSpec()));
  const marker = 987654.321;
  const parts = unzipSync(patchWorkbook(seed, { values: [{ sheet: DEPT, cell, value: marker }] }));
  for (const name of Object.keys(parts)) {
    const text = strFromU8(parts[name]);
    if (text.includes(`<v>${marker}</v>`)) parts[name] = strToU8(text.replace(`<v>${marker}</v>`, `<v>${raw}</v>`));
  }
  const path = join(freshDir('never-abort'), `raw-${cell}.xlsx`);
  writeFileSync(path, zipSync(parts));
  return path;
}

describe('the engine never aborts on values no form holds', () => {
  const cases: [string, string, string][] = [
    ['an amount of 1.79e308', 'C5', '1.79E+308'],
    ['an amount of 1e300 in a total', 'E5', '1E+300'],
    ['NaN', 'C6', 'NaN'],
    ['Infinity', 'C6', 'INF'],
    ['-Infinity', 'C5', '-Infinity'],
  ];
  test.each(cases)('%s (%s)', async (_name, cell, raw) => {
    const input = await withRawValue(cell, raw);
    const out = join(freshDir('never-abort'), 'checked.xlsx');
    const ran = await runCli(['check', input, '--rebalance', '--out', out]);
    expect(ran.err).toEqual([]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).not.toMatch(/内部错误|internal error|NaN|Infinity/);
    expect(ran.lines.some((line) => line.trim().startsWith(cell))).toBe(true);
  });

  test('an error value', async () => {
    const input = await withRawValue('C6', '#DIV/0!');
    const ran = await runCli(['check', input, '--rebalance', '--out', join(freshDir('never-abort'), 'checked.xlsx')]);
    expect(ran.err).toEqual([]);
    expect(ran.code).toBe(1);
  });
});
