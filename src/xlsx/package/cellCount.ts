// The cell limit checked before a workbook is unpacked: each worksheet part is inflated a slice at a
// time and its cells counted, so a sheet of a million rows is refused after reading a tenth of it,
// in a fraction of a second and a few MB, rather than after inflating and decoding all of it.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { formatCount, packageErrors } from './packageErrors';

const SLICE = 1 << 16;
const CELL = /<(?:[\w.-]+:)?c[\s/>]/g;
const WORKSHEET = /(^|\/)worksheets\/[^/]+\.xml$/i;

/** Throws the too-many-cells error once the worksheets hold more than `limit` cells; else returns. */
export function refuseTooManyCells(input: Uint8Array, limit: number): void {
  // The central directory's sizes first: worksheets smaller than `limit` cells of 4 bytes (<c/>) cannot
  // hold too many, and are not inflated twice.
  let sheetBytes = 0;
  try {
    unzipSync(input, {
      filter: (file) => {
        if (WORKSHEET.test(file.name)) sheetBytes += file.originalSize;
        return false;
      },
    });
  } catch {
    return;
  }
  if (sheetBytes <= limit * 4) return;
  let cells = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (!WORKSHEET.test(file.name)) return;
    const latin1 = new TextDecoder('latin1');
    let tail = '';
    file.ondata = (error, chunk) => {
      if (error || cells > limit) return;
      const text = tail + latin1.decode(chunk);
      cells += text.match(CELL)?.length ?? 0;
      // An element cut by the chunk's end is counted with the next chunk.
      const cut = text.lastIndexOf('<');
      tail = cut >= 0 && text.length - cut < 64 && !text.includes('>', cut) ? text.slice(cut) : '';
      if (tail) cells -= tail.match(CELL)?.length ?? 0;
    };
    file.start();
  };
  try {
    for (let at = 0; at < input.length && cells <= limit; at += SLICE) unzip.push(input.subarray(at, at + SLICE), at + SLICE >= input.length);
  } catch {
    // A damaged zip is said by the reader that follows, with its cause.
    return;
  }
  if (cells > limit) throw packageErrors.tooManyCells(formatCount(limit));
}
