// The issue-17 reproducer: a legal ~14 MB workbook of 1,000,000 rows (it once took 107 s and 4.7 GB
// and died out of memory). `check` now ends with exit 2 and one line naming the cell limit, refused
// from the cell count while the sheet is still being inflated. Timings are in `npm run bench`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { refuseTooManyCells } from '../../src/xlsx/package/cellCount';
import { READ_LIMITS } from '../../src/xlsx/package/readerCopy';
import { departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { millionRowWorkbook } from '../fixtures/millionRows';
import { freshDir, runCli } from './cliHarness';

const LIMIT_LINE = '工作簿的单元格超过 300,000 个的上限，不像是绩效目标表 / cannot read — the workbook has more than 300,000 cells, over the limit; it does not look like a performance-target form';

describe('a workbook of 1,000,000 rows', () => {
  const bytes = millionRowWorkbook();

  test('is the reproducer’s size: about 14 MB, one sheet', () => {
    expect(bytes.length).toBeGreaterThan(12 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(16 * 1024 * 1024);
    const parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('<sheet name="支出明细"');
  });

  test('check ends with exit 2 and one line, no internal error and no stack', async () => {
    const path = join(freshDir('million-rows'), 'million.xlsx');
    writeFileSync(path, bytes);
    const ran = await runCli(['check', path]);
    expect(ran.code).toBe(2);
    expect(ran.out).toEqual([]);
    expect(ran.err).toEqual([`${path}：无法读取 — ${LIMIT_LINE}`]);
  });

  test('the early count refuses before unpacking, and lets a real workbook through', () => {
    expect(() => refuseTooManyCells(bytes, READ_LIMITS.cells)).toThrow('300,000');
    const feature = zipParts(featureWorkbookParts(departmentForm()));
    expect(() => refuseTooManyCells(feature, READ_LIMITS.cells)).not.toThrow();
    // Its cells counted exactly: one fewer allowed and it is refused.
    const sheets = unzipSync(feature, { filter: (f) => f.name.startsWith('xl/worksheets/') && f.name.endsWith('.xml') });
    const cells = Object.values(sheets).reduce((n, xml) => n + (strFromU8(xml).match(/<c[\s/>]/g) ?? []).length, 0);
    expect(cells).toBeGreaterThan(100);
    expect(() => refuseTooManyCells(feature, cells)).not.toThrow();
    expect(() => refuseTooManyCells(feature, cells - 1)).toThrow();
  });
});
