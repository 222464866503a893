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

  it('the feature workbook and its LibreOffice copy (or leaves them to exceljs)', async () => {
    await expectSameReading(zipParts(featureWorkbookParts(departmentForm())));
    await expectSameReading(new Uint8Array(readFileSync(join(__dirname, '../fixtures/libreoffice/featureWorkbook.xlsx'))));
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
