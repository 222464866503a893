// The fast reader gives exactly the reading exceljs gives, on every workbook the tests build or hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { COLUMN_ROLES_TITLES } from '../../src/engine/columnRolesSheet';
import { IGNORED_SHEET, IGNORED_TITLES } from '../../src/engine/ignoredSheet';
import type { WorkbookSpec } from '../../src/engine/schema';
import { departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { FAMILIES, sheetOf } from '../fixtures/families';
import { layoutArb, render } from '../fixtures/layoutGen';
import { lookWorkbookBuffer } from '../fixtures/lookWorkbook';
import { ownWorkbookBuffer } from '../fixtures/ownWorkbook';
import { provinceExamples } from '../fixtures/provinces';
import { FIXTURE_NAMES, fixtureSpec } from '../fixtures/workbooks';
import { FastReadUnsupported } from '../../src/xlsx/fast/unsupported';
import { strFromU8, strToU8 } from 'fflate';
import { excelJsReading, fastReading } from './fastReaderHelpers';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const specBytes = (spec: WorkbookSpec) => bytesOf(workbookFromSpec(spec));

async function expectSameReading(bytes: Uint8Array, mustBeFast = true): Promise<void> {
  const fast = fastReading(bytes);
  if (mustBeFast) expect(fast).not.toBeInstanceOf(FastReadUnsupported);
  if (fast instanceof FastReadUnsupported) return;
  expect(fast).toEqual(await excelJsReading(bytes));
}

describe('the fast reader reads as exceljs does', () => {
  it.each([...FIXTURE_NAMES])('the seed variant %s', async (name) => {
    await expectSameReading(await specBytes(fixtureSpec(name)));
  });

  it('every family of layouts', async () => {
    for (const [i, family] of FAMILIES.entries()) await expectSameReading(await specBytes(sheetOf(family.rows, family.merges ?? [], `F${i}`)));
  });

  it('every provincial example', async () => {
    for (const example of provinceExamples()) await expectSameReading(await specBytes(example.spec));
  });

  it('generated layouts', async () => {
    for (const layout of fc.sample(layoutArb, { numRuns: 40, seed: 14 })) await expectSameReading(await specBytes(render(layout).spec));
  });

  it('the own and look workbooks', async () => {
    await expectSameReading(new Uint8Array(await ownWorkbookBuffer()));
    await expectSameReading(new Uint8Array(await lookWorkbookBuffer()));
  });

  it('the feature workbook and its LibreOffice copy', async () => {
    await expectSameReading(zipParts(featureWorkbookParts(departmentForm())));
    await expectSameReading(new Uint8Array(readFileSync(join(__dirname, '../fixtures/libreoffice/featureWorkbook.xlsx'))));
  });

  type Parts = Record<string, Uint8Array>;
  const replace = (parts: Parts, name: string, from: string | RegExp, to: string | ((match: string) => string)) => {
    const before = strFromU8(parts[name]);
    const after = before.replace(from, to as string);
    if (after === before) throw new Error(`nothing to replace in ${name}`);
    parts[name] = strToU8(after);
  };
  // The shapes other programs write (as test/cli/acceptedFiles.test.ts feeds them to the CLI).
  it.each<[string, (parts: Parts) => void]>([
    ['a sheet name over 31 characters (LibreOffice)', (p) => replace(p, 'xl/workbook.xml', 'name="说明"', `name="说明：本表由单位财务科填写，经分管领导审核后报送市财政局预算绩效管理科"`)],
    ['absolute part targets (openpyxl)', (p) => {
      replace(p, 'xl/_rels/workbook.xml.rels', /Target="(?!\/)/g, 'Target="/xl/');
      replace(p, 'xl/worksheets/_rels/sheet1.xml.rels', /Target="\.\.\//g, 'Target="/xl/');
    }],
    ['rows and cells without r, and r=""', (p) => {
      replace(p, 'xl/worksheets/sheet2.xml', /<row r="[1-3]"/g, '<row');
      replace(p, 'xl/worksheets/sheet2.xml', /<c r="[A-Z]+[1-3]"/g, '<c r=""');
    }],
    ['column-level styles over every column', (p) => replace(p, 'xl/worksheets/sheet2.xml', '<sheetData>', '<cols><col min="1" max="16384" width="9" style="3"/></cols><sheetData>')],
    ['a merge down a whole column', (p) => replace(p, 'xl/worksheets/sheet1.xml', /<mergeCells count="\d+">/, (m) => `${m}<mergeCell ref="F1:F1048576"/>`)],
    ['no styles part', (p) => {
      delete p['xl/styles.xml'];
      replace(p, 'xl/_rels/workbook.xml.rels', /<Relationship Id="rId3"[^>]*>/, '');
    }],
  ])('the feature workbook with %s', async (_name, edit) => {
    const parts = featureWorkbookParts(departmentForm());
    edit(parts);
    await expectSameReading(zipParts(parts));
  });

  it('a workbook in a namespace prefix (x:) is left to exceljs', () => {
    const parts = featureWorkbookParts(departmentForm());
    for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet2.xml']) replace(parts, name, /<(\/?)(?!\?)([a-zA-Z])/g, '<$1x:$2');
    expect(fastReading(zipParts(parts))).toBeInstanceOf(FastReadUnsupported);
  });

  it('the record sheet: ignored findings and column roles', async () => {
    const workbook = workbookFromSpec(sheetOf(FAMILIES[0].rows, [], '县区'));
    const ws = workbook.addWorksheet(IGNORED_SHEET, { state: 'veryHidden' });
    ws.getRow(1).values = [...IGNORED_TITLES, '', ...COLUMN_ROLES_TITLES];
    ws.getRow(2).values = ['县区', 'A1', 'structure.no-table', '另表填报 & <说明>', '2026-11-20 10:15', '', '县区', 'E', 'annual', '东城县'];
    ws.getRow(3).values = ['', '', '', '', '', '', '县区', 'F', 'unit', '单位'];
    const reading = fastReading(await bytesOf(workbook));
    expect(reading).not.toBeInstanceOf(FastReadUnsupported);
    expect(reading).toEqual(await excelJsReading(await bytesOf(workbook)));
    expect((reading as { ignored: unknown[] }).ignored).toHaveLength(1);
    expect((reading as { columnRoles: unknown[] }).columnRoles).toHaveLength(2);
  });
});
