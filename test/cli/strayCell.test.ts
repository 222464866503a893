import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { InputError } from '../../src/cli/inputErrors';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { fixtureDir } from '../fixtures/workbooks';
import { join } from 'path';

it('refuses, in one line and without reading billions of cells, a sheet with a stray cell at XFD1048576', async () => {
  const workbook: ExcelJS.Workbook = workbookFromSpec(seedWorkbookSpec());
  workbook.worksheets[1].getCell('XFD1048576').value = 'x';
  const path = join(fixtureDir(), 'stray-cell.xlsx');
  await workbook.xlsx.writeFile(path);
  const error = await readWorkbookFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).zh).toBe(
    '工作表「援派干部经费」的已用区域 A1:XFD1048576 有 17,179,869,184 个单元格，超过 5,000,000 的上限；可能有远处的零散内容，请删除后再检查',
  );
  expect((error as InputError).en).toMatch(/^the used range A1:XFD1048576 of sheet "援派干部经费" has 17,179,869,184 cells/);
});
