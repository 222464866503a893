// The command line's zip writer (Node's zlib): the standard CRC (also carried on from the bytes
// before), the same parts back in the same order through fflate, the 审核意见 workbook zipped with it
// read by exceljs exactly as fflate's, and a sheet streamed through PartDeflater as it is written.
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync } from 'fflate';
import { crc32, PartDeflater, tableCrc32, zipWithZlib, type DeflatedPart } from '../../src/cli/zlibZip';
import { ReviewBook, StreamedPart, writeReviewXlsx, type ReviewPart } from '../../src/xlsx/review/writeReviewXlsx';

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
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }), (a, b) => {
        const whole = crc32(Buffer.concat([a, b]));
        return crc32(b, crc32(a)) === whole && tableCrc32(b, tableCrc32(a)) === whole;
      }),
    );
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
    const native = writeReviewXlsx([TABLE], { created, zip: (parts) => zipWithZlib(parts.map(bytesOnly)) });
    const portable = writeReviewXlsx([TABLE], { created });
    expect(await cells(native)).toEqual(await cells(portable));
    expect(await cells(native)).toEqual([['文件', '金额'], ['甲.xlsx', 1234.5], ['乙 & <丙>.xlsx', 0]]);
  });

  test('a sheet deflated as it is written (several chunks, reused) reads as the same sheet written whole', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`第${i}个文件.xlsx`, i * 1.5]);
    const table = { ...TABLE, rows };
    const created = new Date(Date.UTC(2026, 0, 2));
    const deflater = new PartDeflater();
    const book = new ReviewBook();
    const streamed = book.sheetWriter(table, { out: deflater.out, first: deflater.chunk() });
    for (let at = 0; at < rows.length; at += 1000) streamed.add(rows.slice(at, at + 1000));
    streamed.finish({}, false);
    const part = await deflater.done();
    expect(part.size).toBeGreaterThan(2 << 20);
    const bytes = book.write([streamed], { created, zip: (parts) => zipWithZlib(parts.map(([name, data]) => [name, data instanceof StreamedPart ? part : data])) });
    expect(await cells(bytes)).toEqual(await cells(writeReviewXlsx([table], { created })));
  });
});

/** Parts written whole (nothing streamed), as zipWithZlib takes them. */
function bytesOnly([name, data]: ReviewPart): [string, Uint8Array | DeflatedPart] {
  if (data instanceof StreamedPart) throw new Error(`${data.sheet} was streamed`);
  return [name, data];
}
