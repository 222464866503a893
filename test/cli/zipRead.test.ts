// Reading a package with Node's zlib through the central directory gives exactly what fflate gives:
// the same parts, bytes, methods and order, on workbooks written by Excel's way, by LibreOffice and by
// exceljs, with stored parts, folders and repeated names; and the same errors on damaged or too large files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { inflateWithZlib } from '../../src/cli/zlibZip';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { readParts } from '../../src/xlsx/package/zip';
import { zipEntries } from '../../src/xlsx/package/zipDirectory';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { freshDir } from './cliHarness';

function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const both = (bytes: Uint8Array, maxBytes = Infinity) => ({
  native: outcome(() => readParts(bytes, maxBytes, inflateWithZlib)),
  fflate: outcome(() => readParts(bytes, maxBytes)),
});

/** A zip with a stored part, a folder entry and a name written twice (fflate keeps the last bytes at the first place). */
function unusualZip(): Uint8Array {
  const base = zipSync({ 'a.xml': [strToU8('<a/>'), { level: 0 }], 'dir/': new Uint8Array(), 'b.xml': strToU8('<b>'.repeat(500)) });
  const again = zipSync({ 'a.xml': strToU8('<again/>') });
  const entries = zipEntries(base);
  expect(entries?.map((e) => e.name)).toEqual(['a.xml', 'dir/', 'b.xml']);
  return concatZips(base, again);
}

/** Two zips as one: the second's entry appended, and one central directory listing all of them. */
function concatZips(first: Uint8Array, second: Uint8Array): Uint8Array {
  const end = (z: Uint8Array) => new DataView(z.buffer, z.byteOffset).getUint32(z.length - 22 + 16, true);
  const dirOf = (z: Uint8Array) => z.subarray(end(z), z.length - 22);
  const secondDir = Uint8Array.from(dirOf(second));
  new DataView(secondDir.buffer).setUint32(42, end(first), true); // its local header now follows the first's data
  const locals = [first.subarray(0, end(first)), second.subarray(0, end(second))];
  const directory = [dirOf(first), secondDir];
  const eocd = Uint8Array.from(first.subarray(first.length - 22));
  const view = new DataView(eocd.buffer);
  const count = view.getUint16(8, true) + 1;
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directory[0].length + directory[1].length, true);
  view.setUint32(16, locals[0].length + locals[1].length, true);
  const out = new Uint8Array([...locals, ...directory, eocd].reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of [...locals, ...directory, eocd]) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

describe('reading a package with zlib', () => {
  test('real workbooks: the parts fflate reads', async () => {
    const seed = join(freshDir('zip-read'), 'seed.xlsx');
    await writeSpecFile(seedWorkbookSpec(), seed);
    const files = [readFileSync(seed), readFileSync(join(__dirname, '../fixtures/libreoffice/featureWorkbook.xlsx')), zipParts(featureWorkbookParts(departmentForm()))];
    for (const bytes of files) {
      const { native, fflate } = both(bytes);
      expect(zipEntries(bytes)).toBeDefined();
      expect(native).toEqual(fflate);
    }
  });

  test('stored parts, folders and a repeated name: as fflate reads them', () => {
    const bytes = unusualZip();
    const { native, fflate } = both(bytes);
    expect(native).toEqual(fflate);
    expect((native as { name: string }[]).map((p) => p.name)).toEqual(['a.xml', 'b.xml']);
  });

  test('too large once unpacked: the same limit error', () => {
    const bytes = zipParts(featureWorkbookParts(departmentForm()));
    const { native, fflate } = both(bytes, 1000);
    expect(native).toEqual(fflate);
    expect(native).toEqual({ error: expect.stringContaining('文件太大') });
  });

  test('damaged anywhere: the same parts or the same error as fflate', () => {
    const bytes = zipParts(featureWorkbookParts(departmentForm()));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const damaged = Uint8Array.from(bytes);
        damaged[at] = byte;
        const { native, fflate } = both(damaged);
        expect(native).toEqual(fflate);
      }),
      { numRuns: 400 },
    );
  });
});
