// The hand-written row and cell scan (src/xlsx/package/cellScan.ts) finds what the regexes it stands in
// for find, kept here as the reference: the same elements at the same offsets, the same content, and
// the r, s and t that both attribute lookups (first match, as sheetForReading reads them; last match,
// as the fast reader reads them) give. When it cannot be sure it says so (null), never a different
// answer. And on real sheets it does read them, so the quick paths are the ones taken.
import { strFromU8 } from 'fflate';
import fc from 'fast-check';
import { scanCells } from '../../src/xlsx/package/cellScan';
import { rewrittenForReading, sheetForReading } from '../../src/xlsx/package/sheetForReading';
import { attr } from '../../src/xlsx/package/xml';
import { departmentForm, featureWorkbookParts } from '../fixtures/featureWorkbook';

const ROW_OR_CELL = /<row(?=[\s/>])[^>]*>|<c(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const ATTRIBUTE = /\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The last value of each attribute, as the fast reader's regex path reads a start tag. */
function lastValues(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) found[m[1]] = m[2] ?? m[3];
  return found;
}

function reference(xml: string) {
  return [...xml.matchAll(ROW_OR_CELL)].map((m) => {
    const start = m.index;
    const tag = m[0].slice(0, m[0].indexOf('>') + 1);
    const last = lastValues(tag);
    return {
      row: m[0].startsWith('<row'),
      start,
      end: start + m[0].length,
      body: m[1] ?? '',
      first: { r: attr(tag, 'r'), s: attr(tag, 's'), t: attr(tag, 't') },
      last: { r: last.r, s: last.s, t: last.t },
    };
  });
}

function scanned(xml: string) {
  const scan = scanCells(xml);
  if (!scan) return null;
  return scan.elements.map((e) => ({
    row: e.row,
    start: e.start,
    end: e.end,
    body: e.bodyStart < 0 ? '' : xml.slice(e.bodyStart, e.bodyEnd),
    first: { r: e.r, s: e.s, t: e.t },
    last: { r: e.r, s: e.s, t: e.t },
  }));
}

const sheets = Object.entries(featureWorkbookParts(departmentForm()))
  .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
  .map(([, data]) => strFromU8(data));

test('on the sheets of a real workbook the scan reads every row and cell as the regexes do', () => {
  expect(sheets.length).toBeGreaterThan(0);
  for (const xml of sheets) {
    const expected = reference(xml);
    expect(expected.length).toBeGreaterThan(10);
    expect(scanned(xml)).toEqual(expected);
  }
});

test('sheets that need no change take the quick path, with the general path’s answer', () => {
  const context = { sheet: '表', allowed: 300_000, limit: 300_000, formats: 100, sharedStrings: 10_000 };
  for (const xml of sheets) {
    const quick = sheetForReading(xml, context);
    expect(quick.scan?.xml).toBe(xml);
    const general = rewrittenForReading(xml, context);
    expect({ ...quick, scan: undefined }).toEqual({ ...general, scan: undefined });
  }
});

// Pieces of worksheet markup, usual and odd: rows and cells with and without r, attributes in any
// order and quoting, escaped or unusual values, other elements whose names start like row or c,
// comments, cells without their end tag, text beyond ASCII.
const space = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0');
const value = fc.constantFrom('1', 'A1', 'B2', '$C$3', 'AA10', 's', 'str', '3', '', 'a=b', 'x&amp;y', "it's", '中', 'r="1"', ' 2 ');
const name = fc.constantFrom('r', 's', 't', 'spans', 'x14ac:dyDescent', 'ht', 'customFormat', 'rr', 'x:r');
const attribute = fc
  .tuple(space, name, fc.constantFrom('=', ' = ', '=\n'), fc.constantFrom('"', "'"), value)
  .map(([sp, n, eq, q, v]) => (v.includes(q) ? `${sp}${n}${eq}${q === '"' ? "'" : '"'}${v}${q === '"' ? "'" : '"'}` : `${sp}${n}${eq}${q}${v}${q}`));
const attributes = fc.array(attribute, { maxLength: 4 }).map((list) => list.join(''));
const body = fc.constantFrom('', '<v>1</v>', '<v>12</v>', '<f>SUM(A1:A2)</f><v>3</v>', '<is><t>文字</t></is>', '<v></v>', ' <v>1</v> ', '<v>1<x/>2</v>');
const piece = fc.oneof(
  fc.tuple(attributes, fc.constantFrom('>', '/>', ' >')).map(([a, end]) => `<row${a}${end}`),
  fc.tuple(attributes, body, fc.boolean()).map(([a, b, closed]) => (closed ? `<c${a}>${b}</c>` : `<c${a}/>`)),
  fc.tuple(attributes, body).map(([a, b]) => `<c${a}>${b}`),
  fc.constantFrom('</row>', '<sheetData>', '</sheetData>', '<cols><col min="1" max="2"/></cols>', '<cfRule type="x"/>', '<rows/>', '<c中>', '<row\u00a0r="1">', '<!-- <c r="A1"/> -->', '<mergeCell ref="A1:B2"/>', 'text', '<', '>'),
);
const sheet = fc.array(piece, { maxLength: 30 }).map((list) => `<worksheet><sheetData>${list.join('')}</sheetData></worksheet>`);

test('on random worksheet markup the scan answers as the regexes do, or not at all', () => {
  let answered = 0;
  fc.assert(
    fc.property(sheet, (xml) => {
      const got = scanned(xml);
      if (got === null) return;
      answered++;
      expect(got).toEqual(reference(xml));
    }),
    { numRuns: 3000 },
  );
  // The odd pieces send many sheets to the regexes, but most are read.
  expect(answered).toBeGreaterThan(300);
});

// Sheets as writers make them, right and wrong: rows and cells in order or not, r missing or odd,
// style and shared-string indexes that exist or not, more cells than allowed.
const cellRef = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;
const formedSheet = fc
  .array(
    fc.tuple(
      fc.constantFrom('next', 'next', 'next', 'skip', 'same', 'none', 'zero'),
      fc.array(fc.tuple(
          fc.constantFrom('next', 'next', 'next', 'next', 'dollar', 'back', 'none', 'otherRow', 'lower', 'leadingZero', 'fourLetters', 'noDigits'),
          fc.constantFrom(undefined, undefined, '0', '9', '10', 'x'),
          fc.constantFrom(undefined, 's', 's', 'n', 'str'),
          fc.constantFrom('', '<v>0</v>', '<v>9</v>', '<v>10</v>', ' <v>1</v>', '<f>A1</f><v>2</v>'),
        ),
        { maxLength: 5 },
      ),
    ),
    { maxLength: 8 },
  )
  .map((rows) => {
    let row = 0;
    const out = rows.map(([rowKind, cells]) => {
      row = rowKind === 'skip' ? row + 2 : rowKind === 'same' ? row : row + 1;
      const r = rowKind === 'none' ? '' : ` r="${rowKind === 'zero' ? 0 : row}"`;
      let col = 0;
      const cellsXml = cells.map(([refKind, s, t, content]) => {
        col = refKind === 'back' ? Math.max(1, col - 1) : col + 1;
        const refs: Record<string, string> = {
          none: '',
          otherRow: ` r="${cellRef(row + 1, col)}"`,
          dollar: ` r="$${cellRef(row, col).replace(/\d/, '$$$&')}"`,
          lower: ` r="${cellRef(row, col).toLowerCase()}"`,
          leadingZero: ` r="${cellRef(row, col).replace(/\d/, '0$&')}"`,
          fourLetters: ` r="AAA${cellRef(row, col)}"`,
          noDigits: ` r="${cellRef(row, col).replace(/\d+/, '')}"`,
        };
        const ref = refs[refKind] ?? ` r="${cellRef(row, col)}"`;
        return `<c${ref}${s === undefined ? '' : ` s="${s}"`}${t === undefined ? '' : ` t="${t}"`}${content ? `>${content}</c>` : '/>'}`;
      });
      return `<row${r}>${cellsXml.join('')}</row>`;
    });
    return `<worksheet><sheetData>${out.join('')}</sheetData><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="D9:E20"/></mergeCells></worksheet>`;
  });

const outcome = (read: () => ReturnType<typeof sheetForReading>) => {
  try {
    const { xml, cells, usesSharedStrings, scan } = read();
    return { xml, cells, usesSharedStrings, quick: scan !== undefined };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

test('on sheets right and wrong, the quick path gives the general path’s sheet, counts and errors', () => {
  let quick = 0;
  fc.assert(
    fc.property(formedSheet, fc.integer({ min: 1, max: 30 }), (xml, allowed) => {
      const context = { sheet: '表', allowed, limit: 300_000, formats: 10, sharedStrings: 10 };
      const { quick: tookQuickPath, ...got } = outcome(() => sheetForReading(xml, context)) as { quick?: boolean };
      if (tookQuickPath) quick++;
      const { quick: _general, ...expected } = outcome(() => rewrittenForReading(xml, context)) as { quick?: boolean };
      expect(got).toEqual(expected);
    }),
    { numRuns: 2000 },
  );
  expect(quick).toBeGreaterThan(200);
});
