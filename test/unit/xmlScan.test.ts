// The hand-written well-formedness scan (src/xlsx/package/xmlScan.ts) gives the answers of the regex
// tokenizer it replaced, kept here as the reference: on every part of a real workbook, on those parts
// cut and spliced at random, and on random strings of XML's pieces, well-formed or not.
import { strFromU8 } from 'fflate';
import fc from 'fast-check';
import { xmlErrorOffset } from '../../src/xlsx/package/xmlScan';
import { departmentForm, featureWorkbookParts } from '../fixtures/featureWorkbook';

const NAME = '[^\\s/>!?=<"\']+';
const ATTRS = `(?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*`;
const TOKEN = new RegExp(`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|<!DOCTYPE[^>]*>|</(${NAME})\\s*>|<(${NAME})(${ATTRS})\\s*(/?)>|[^<]+`, 'y');
const BAD_AMP = /&(?![A-Za-z_][\w.-]*;|#\d+;|#x[0-9a-fA-F]+;)/;

/** The reference: one regex alternation per token. */
function referenceOffset(xml: string): number {
  const open: string[] = [];
  let roots = 0;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  TOKEN.lastIndex = at;
  while (at < xml.length) {
    const m = TOKEN.exec(xml);
    if (!m) return at;
    const [token, endName, startName, attrs, selfClosing] = m;
    if (endName !== undefined) {
      if (open.pop() !== endName) return at;
    } else if (startName !== undefined) {
      if (open.length === 0 && ++roots > 1) return at;
      if (BAD_AMP.test(attrs)) return at;
      if (!selfClosing) open.push(startName);
    } else if (token[0] !== '<') {
      if ((open.length === 0 && token.trim() !== '') || BAD_AMP.test(token)) return at;
    }
    at = TOKEN.lastIndex;
  }
  return open.length > 0 || roots === 0 ? xml.length : -1;
}

const parts = Object.entries(featureWorkbookParts(departmentForm()))
  .filter(([name]) => /\.(xml|rels|vml)$/.test(name))
  .map(([name, data]) => [name, strFromU8(data)] as const);

const PIECES = [
  '<a>', '</a>', '<b/>', '<b />', '< a>', '</ a>', '</a >', '<a/ >', '<c r="A1" s="2">', '<c r=A1>', "<c r='x'>", '<c r="<">', '</c>',
  '<v>', '</v>', '12', ' ', '\n', '\t', '\u3000', '\ufeff', '&amp;', '&#38;', '&#x4e00;', '&', '&bad', '&a.b-c;', '&#x;', '<!-- x -->', '<!--',
  '-->', '<![CDATA[<x>]]>', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<?', '?>', '<!DOCTYPE x>', '<!DOCTYPE', '<!x>', '<', '>', '"', "'",
  '=', '/', '中文', 'a="1"', ' b = "2"', '<x:y z:w="1"/>',
];

describe('the well-formedness scan', () => {
  test('every part of a real workbook is well-formed, as the reference says', () => {
    for (const [name, xml] of parts) expect({ name, offset: xmlErrorOffset(xml) }).toEqual({ name, offset: referenceOffset(xml) });
    expect(parts.every(([, xml]) => xmlErrorOffset(xml) === -1)).toBe(true);
  });

  test('random strings of XML pieces: the same offset as the reference', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const xml = pieces.join('');
        expect(xmlErrorOffset(xml)).toBe(referenceOffset(xml));
      }),
      { numRuns: 3000 },
    );
  });

  test('real parts cut, spliced and sprinkled with a character: the same offset as the reference', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...parts.map(([, xml]) => xml)),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', '<', '>', '&', '"', "'", '/', ' ', '!', '?', '=', 'x'),
        (xml, a, b, insert) => {
          const from = a % (xml.length + 1);
          const to = from + (b % 40);
          const damaged = xml.slice(0, from) + insert + xml.slice(to);
          expect(xmlErrorOffset(damaged)).toBe(referenceOffset(damaged));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
