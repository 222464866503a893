// What LibreOffice, openpyxl and WPS write is read; what cannot be read says why, and is never a pass.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { DEPT, departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { freshDir, runCli } from './cliHarness';

type Parts = Record<string, Uint8Array>;
const LONG = '说明：本表由单位财务科填写，经分管领导审核后报送市财政局预算绩效管理科';

function edited(edit: (parts: Parts) => void): string {
  const parts = featureWorkbookParts(departmentForm());
  edit(parts);
  const path = join(freshDir('accepted'), 'input.xlsx');
  writeFileSync(path, zipParts(parts));
  return path;
}

function replace(parts: Parts, name: string, from: string | RegExp, to: string | ((match: string) => string)): void {
  const before = strFromU8(parts[name]);
  const after = typeof to === 'string' ? before.replace(from, to) : before.replace(from, to);
  if (after === before) throw new Error(`nothing to replace in ${name}`);
  parts[name] = strToU8(after);
}

async function checkWithCopy(path: string) {
  const out = join(freshDir('accepted-out'), 'checked.xlsx');
  const ran = await runCli(['check', path, '--out', out, '--rebalance']);
  return { ran, out };
}

describe('files other programs write are read, and their checked copies written', () => {
  test.each<[string, (parts: Parts) => void]>([
    ['a sheet name over 31 characters (LibreOffice)', (p) => replace(p, 'xl/workbook.xml', 'name="说明"', `name="${LONG}"`)],
    ['absolute part targets (openpyxl)', (p) => {
      replace(p, 'xl/_rels/workbook.xml.rels', /Target="(?!\/)/g, 'Target="/xl/');
      replace(p, 'xl/worksheets/_rels/sheet1.xml.rels', /Target="\.\.\//g, 'Target="/xl/');
      replace(p, 'xl/drawings/_rels/drawing1.xml.rels', /Target="\.\.\//g, 'Target="/xl/');
    }],
    ['rows and cells without r, and r=""', (p) => {
      replace(p, 'xl/worksheets/sheet2.xml', /<row r="[1-3]"/g, '<row');
      replace(p, 'xl/worksheets/sheet2.xml', /<c r="[A-Z]+[1-3]"/g, '<c r=""');
    }],
    ['column-level styles over every column', (p) => replace(p, 'xl/worksheets/sheet2.xml', '<sheetData>', '<cols><col min="1" max="16384" width="9" style="3"/></cols><sheetData>')],
    ['a merge down a whole column (a merge is not content)', (p) => replace(p, 'xl/worksheets/sheet1.xml', /<mergeCells count="\d+">/, (m) => `${m}<mergeCell ref="F1:F1048576"/>`)],
    ['a merge over the whole sheet of a second sheet', (p) => replace(p, 'xl/worksheets/sheet2.xml', '<autoFilter', '<mergeCells count="1"><mergeCell ref="E1:XFD1048576"/></mergeCells><autoFilter')],
  ])('%s', async (_name, edit) => {
    const path = edited(edit);
    const { ran, out } = await checkWithCopy(path);
    expect(ran.err).toEqual([]);
    expect(ran.code).toBe(1);
    expect(ran.lines.filter((l) => l.includes(DEPT)).length).toBeGreaterThan(0);
    // The copy keeps the input's sheets and names.
    const names = (bytes: Parts) => strFromU8(bytes['xl/workbook.xml']).match(/<sheet [^>]*name="[^"]*"/g);
    expect(names(unzipSync(readFileSync(out)))).toEqual(names(unzipSync(readFileSync(path))));
  });
});

describe('a file that cannot be read says why in one line, exit 2 — never a silent pass', () => {
  const expectUnreadable = async (path: string, zh: RegExp) => {
    const ran = await runCli(['check', path]);
    expect(ran.code).toBe(2);
    expect(ran.err).toHaveLength(1);
    expect(ran.err[0]).toMatch(zh);
    expect(ran.err[0]).not.toMatch(/[\r\n]|\bat \S+:\d+|内部错误/);
  };

  test('the sharedStrings part is missing', async () => {
    await expectUnreadable(edited((p) => delete p['xl/sharedStrings.xml']), /共享字符串部件（sharedStrings.xml）缺失/);
  });

  test('the sharedStrings part is stored in GB2312', async () => {
    await expectUnreadable(
      edited((p) => replace(p, 'xl/sharedStrings.xml', 'encoding="UTF-8"', 'encoding="GB2312"')),
      /部件 xl\/sharedStrings.xml 的编码是 GB2312/,
    );
  });

  test('a sheet part is missing', async () => {
    await expectUnreadable(edited((p) => delete p['xl/worksheets/sheet2.xml']), /工作表「说明」的内容部件缺失/);
  });
});
