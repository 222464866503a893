// Bounded, deterministic fuzzing of whole packages: parts deleted, bytes flipped, the zip cut short,
// values no form holds, odd cell references, huge merges, style indexes that point nowhere. Whatever
// the input, `check --out --rebalance` ends with exit 0, 1 or 2 and at most one line on stderr —
// never an internal error or a stack trace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8 } from 'fflate';
import { departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { freshDir, runCli } from './cliHarness';

type Parts = Record<string, Uint8Array>;
const BASE = featureWorkbookParts(departmentForm());
const NAMES = Object.keys(BASE);
const XML_NAMES = NAMES.filter((n) => /\.(xml|rels)$/.test(n));

/** Replaces the `nth` match of `pattern` in part `name` (wrapping around the matches). */
function replaceNth(parts: Parts, name: string, pattern: RegExp, nth: number, by: string | ((match: string) => string)): void {
  const text = strFromU8(parts[name]);
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return;
  const m = matches[nth % matches.length];
  parts[name] = strToU8(text.slice(0, m.index) + (typeof by === 'string' ? by : by(m[0])) + text.slice((m.index ?? 0) + m[0].length));
}

type Mutation = (parts: Parts) => void;

const w = <T>(arbitrary: fc.Arbitrary<T>, weight: number) => ({ arbitrary, weight });

// Damage that refuses the file (deleted parts, flipped bytes) is rarer than odd content, so most
// inputs still reach the checker and the writer.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  w(fc.constantFrom(...NAMES).map((name) => (parts: Parts) => void delete parts[name]), 1),
  w(fc.tuple(fc.constantFrom(...XML_NAMES), fc.nat(), fc.integer({ min: 1, max: 255 })).map(([name, at, xor]) => (parts: Parts) => {
    const data = new Uint8Array(parts[name] ?? []);
    if (data.length) data[at % data.length] ^= xor;
    if (parts[name]) parts[name] = data;
  }), 1),
  w(fc.tuple(fc.nat(), fc.constantFrom('NaN', 'INF', '-Infinity', '1.79E+308', '-1E+308', '', 'abc', '1e-320', '#REF!')).map(([nth, value]) => (parts: Parts) =>
    replaceNth(parts, 'xl/worksheets/sheet1.xml', /<c r="[A-Z]+\d+"( s="\d+")?><v>[^<]*<\/v>/g, nth, (cell) => cell.replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`)),
  ), 3),
  w(fc.tuple(fc.nat(), fc.constantFrom('', 'A0', 'ZZZZ1', '1A', 'XFD1048576', 'B', '$C$5')).map(([nth, ref]) => (parts: Parts) =>
    replaceNth(parts, 'xl/worksheets/sheet1.xml', / r="[A-Z]+\d+"/g, nth, ` r="${ref}"`),
  ), 2),
  w(fc.constantFrom('A1:XFD1048576', 'C1:C1048576', 'A5:F5', 'Z1:A1', 'B2').map((ref) => (parts: Parts) =>
    replaceNth(parts, 'xl/worksheets/sheet1.xml', /<mergeCells count="\d+">/g, 0, `<mergeCells count="1"><mergeCell ref="${ref}"/>`),
  ), 2),
  w(fc.tuple(fc.nat(), fc.constantFrom('9999', '-1', 'x', '')).map(([nth, s]) => (parts: Parts) =>
    replaceNth(parts, 'xl/worksheets/sheet1.xml', / s="\d+"/g, nth, ` s="${s}"`),
  ), 2),
  w(fc.constantFrom('GB2312', 'UTF-16', 'latin1').map((encoding) => (parts: Parts) =>
    replaceNth(parts, 'xl/sharedStrings.xml', /encoding="UTF-8"/g, 0, `encoding="${encoding}"`),
  ), 1),
);

test('mutated packages end with exit 0, 1 or 2 and at most one line, never an internal error', async () => {
  const dir = freshDir('fuzz');
  let run = 0;
  const codes: number[] = [];
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.double({ min: 0.05, max: 0.95, noNaN: true }), weight: 1 }), async (mutations, cut) => {
      const parts: Parts = { ...BASE };
      for (const mutate of mutations) mutate(parts);
      let bytes = zipParts(parts);
      if (cut !== null) bytes = bytes.subarray(0, Math.floor(bytes.length * cut));
      const input = join(dir, `fuzz-${run}.xlsx`);
      const out = join(dir, `fuzz-${run++}-out.xlsx`);
      writeFileSync(input, bytes);
      const ran = await runCli(['check', input, '--out', out, '--rebalance', '--json', `${out}.json`]);
      expect([0, 1, 2]).toContain(ran.code);
      expect(ran.err.length).toBeLessThanOrEqual(1);
      expect(ran.err.join('')).not.toMatch(/内部错误|internal error|\n|\bat \S+:\d+/);
      if (ran.code !== 2) expect(ran.err).toEqual([]);
      codes.push(ran.code);
    }),
    { seed: 17, numRuns: 60 },
  );
  // The mutations reach the checker, not only the refusals: most inputs are still read.
  expect(codes.filter((code) => code !== 2).length).toBeGreaterThan(codes.length / 3);
}, 120_000);
