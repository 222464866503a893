// The command line's zip writer (Node's zlib): the standard CRC, the same parts back in the same order
// through fflate, and the 审核意见 workbook zipped with it read by exceljs exactly as fflate's.
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync } from 'fflate';
import { crc32, tableCrc32, zipWithZlib } from '../../src/cli/zlibZip';
import { writeReviewXlsx } from '../../src/xlsx/review/writeReviewXlsx';

const TABLE = {
  name: '意见明细',
  columns: [
    { title: '文件', width: 20, format: 'text' as const },
    { title: '金额', width: 12, format: 'money' as const },
  ],
  rows: [
    ['甲.xlsx', 1234.5],
    ['乙 & <丙>.xlsx', 0],
  ],
};

async function cells(bytes: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('zipWithZlib', () => {
  test('the CRC-32 zip stores, from zlib or computed here alike', () => {
    for (const checksum of [crc32, tableCrc32]) {
      expect(checksum(strToU8('123456789'))).toBe(0xcbf43926);
      expect(checksum(new Uint8Array())).toBe(0);
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (data) => crc32(data) === tableCrc32(data)));
  });

  test('gives the same parts back, in order, names in UTF-8', () => {
    const big = strToU8('<row/>'.repeat(100_000));
    const parts: [string, Uint8Array][] = [
      ['[Content_Types].xml', strToU8('<Types/>')],
      ['xl/审核.xml', strToU8('中文')],
      ['empty.xml', new Uint8Array()],
      ['xl/worksheets/sheet1.xml', big],
    ];
    const back = unzipSync(zipWithZlib(parts));
    expect(Object.keys(back)).toEqual(parts.map(([name]) => name));
    for (const [name, data] of parts) expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
  });

  test('the 审核意见 workbook zipped with it reads as fflate’s does', async () => {
    const created = new Date(Date.UTC(2026, 0, 2));
    const native = writeReviewXlsx([TABLE], { created, zip: (parts) => zipWithZlib(parts) });
    const portable = writeReviewXlsx([TABLE], { created });
    expect(await cells(native)).toEqual(await cells(portable));
    expect(await cells(native)).toEqual([['文件', '金额'], ['甲.xlsx', 1234.5], ['乙 & <丙>.xlsx', 0]]);
  });
});
