// The byte writer of the 审核意见 sheets' rows gives exactly the UTF-8 of what was written, whatever
// the lengths (pieces that cross a chunk's end, pieces longer than a chunk) and even for text that is
// not ASCII, which the markup never holds but must not corrupt; streamed out a chunk at a time into
// chunks given back, the same bytes in the same order.
import fc from 'fast-check';
import { AsciiBytes } from '../../src/xlsx/asciiBytes';
import { concatBytes } from '../../src/xlsx/bytes';

const utf8 = (text: string) => Buffer.from(new TextEncoder().encode(text));

function written(pieces: string[]): Buffer {
  const out = new AsciiBytes();
  for (const piece of pieces) out.text(piece);
  return Buffer.from(concatBytes(out.written()));
}

describe('AsciiBytes', () => {
  test('row markup: the bytes of the text', () => {
    const pieces = ['<row r="', '1', '" spans="1:2">', '<c r="A1" s="3" t="s"><v>0</v></c>', '</row>'];
    expect(written(pieces)).toEqual(utf8(pieces.join('')));
    expect(written([]).length).toBe(0);
  });

  test('pieces that fill many chunks, cross their ends or are longer than one', () => {
    const row = '<row r="12345" spans="1:9"><c r="A12345" s="17"><v>3.25</v></c></row>';
    const pieces = [...Array.from({ length: 40_000 }, () => row), 'x'.repeat(3_000_000), '<end/>'];
    const bytes = written(pieces);
    expect(bytes.length).toBe(40_000 * row.length + 3_000_006);
    expect(bytes.equals(utf8(pieces.join('')))).toBe(true);
  });

  test('any text, ASCII or not: its UTF-8', () => {
    const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(100_000).map((n) => 'a'.repeat(n)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(written(pieces).equals(utf8(pieces.join('')))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('streamed out chunk by chunk into small reused chunks: the same bytes, in order', () => {
    const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(5_000).map((n) => 'b'.repeat(n)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 8, max: 512 }), (pieces, size) => {
        const sent: Buffer[] = [];
        const spare: Uint8Array[] = [];
        // Each chunk's bytes are copied as they go out, and the chunk is handed back at once.
        const out = new AsciiBytes((filled) => {
          sent.push(Buffer.from(filled));
          spare.push(new Uint8Array(filled.buffer));
          return spare.pop() ?? new Uint8Array(size);
        }, new Uint8Array(size));
        for (const p of pieces) out.text(p);
        out.flush();
        expect(Buffer.concat(sent).equals(utf8(pieces.join('')))).toBe(true);
        expect(sent.every((chunk) => chunk.length > 0 && chunk.length <= size)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
