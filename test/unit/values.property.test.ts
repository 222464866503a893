import fc from 'fast-check';
import { ParsedValueSchema, type ParsedValue } from '../../src/engine/schema';
import { composeValue, parseValue } from '../../src/engine/values';

const FRAGMENTS = [
  '≥', '≤', '>', '<', '=', '>=', '<=', '=>', '＞', '＜', '≧', '≦', '＝', '不低于', '不少于', '大于等于', '大于', '超过',
  '不超过', '小于', '达到', '以上', '以下', '以内', '之内', '内', '0', '1', '9', '40.9', '1,000', '.', '..', ',', '-',
  '~', '至', '０', '５', '．', '%', '％', '‰', '个', '次', '万元', '元/户', '天', '人次', '个政务新媒体', '年', '减少',
  '下降', '增加', '提高', '按规定', '标准', '，', '、', '；', '指标', '率', 'O', 'o', 'l', 'I', 'X', '×', '*', '…',
  ' ', '\n', '\t', '\u3000', '\u200B', '(', '（', ':', '必填',
];
const fragmentString = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(''));
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fragmentString);

const SYMBOLS = ['≥', '≤', '>', '<', '='] as const;
const UNITS = ['%', '项', '次', '场次', '个', '个政务新媒体', '家企业', '家次', '人', '人次', '万', '万元', '元/户', '元/生/年', '日', '天', '份', '件', '期', 'km'];
/** An exact decimal as users write it: no leading zeros, an optional fraction. */
const decimal = fc
  .tuple(fc.nat({ max: 10_000_000 }), fc.option(fc.stringMatching(/^[0-9]{1,4}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`));
const measure = fc.record({ operator: fc.option(fc.constantFrom(...SYMBOLS), { nil: null }), number: decimal, unit: fc.option(fc.constantFrom(...UNITS), { nil: null }) });
const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u3000', '\u00A0'), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));

const write = (m: { operator: string | null; number: string; unit: string | null }) => `${m.operator ?? ''}${m.number}${m.unit ?? ''}`;
const withoutRaw = ({ raw, ...rest }: ParsedValue) => {
  void raw;
  return rest;
};

const FULL_WIDTH: Record<string, string> = { '%': '％', '>': '＞', '<': '＜', '=': '＝', '≥': '≧', '≤': '≦', '.': '．', '/': '／' };
const toFullWidth = (text: string) =>
  [...text].map((ch) => (/[0-9A-Za-z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : (FULL_WIDTH[ch] ?? ch))).join('');

describe('parseValue properties', () => {
  test('never throws, and its result always satisfies ParsedValueSchema', () => {
    fc.assert(
      fc.property(anyString, (raw) => {
        const parsed = parseValue(raw);
        expect(ParsedValueSchema.parse(parsed).raw).toBe(raw);
        if (parsed.kind === 'invalid') expect(parsed.problem).not.toBeNull();
        else expect(parsed.problem).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  test('operator + number + unit reads back exactly', () => {
    fc.assert(
      fc.property(measure, (m) => {
        expect(parseValue(write(m))).toMatchObject({ kind: 'quantitative', operator: m.operator, number: m.number, unit: m.unit, canonical: write(m), normalisations: [], measures: 1 });
      }),
    );
  });

  test('full-width digits, operators and percent signs give the canonical of the ASCII form', () => {
    fc.assert(
      fc.property(measure, (m) => {
        const ascii = parseValue(write(m));
        const wide = parseValue(toFullWidth(write(m)));
        expect(wide.canonical).toBe(ascii.canonical);
        expect([wide.operator, wide.number, wide.unit]).toEqual([ascii.operator, ascii.number, ascii.unit]);
        if (toFullWidth(write(m)) !== write(m)) expect(wide.normalisations).toContain('full-width');
      }),
    );
  });

  test('ASCII and word operators give the canonical symbol', () => {
    const spellings: Array<[string, string, 'ascii-operator' | 'word-operator']> = [
      ['>=', '≥', 'ascii-operator'], ['<=', '≤', 'ascii-operator'], ['不低于', '≥', 'word-operator'], ['不少于', '≥', 'word-operator'],
      ['大于', '>', 'word-operator'], ['超过', '>', 'word-operator'], ['小于', '<', 'word-operator'], ['不超过', '≤', 'word-operator'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...spellings), decimal, fc.constantFrom(...UNITS), ([word, symbol, tag], number, unit) => {
        expect(parseValue(`${word}${number}${unit}`)).toMatchObject({ operator: symbol, number, unit, canonical: `${symbol}${number}${unit}`, normalisations: [tag] });
      }),
    );
  });

  test('suffix operators (以上, 以内, 内) read as the prefix symbol', () => {
    fc.assert(
      fc.property(fc.constantFrom(['以上', '≥'], ['及以上', '≥'], ['以内', '≤'], ['以下', '≤'], ['内', '≤']), decimal, fc.constantFrom('%', '天', '个工作日', '次'), ([suffix, symbol], number, unit) => {
        expect(parseValue(`${number}${unit}${suffix}`)).toMatchObject({ operator: symbol, number, unit, canonical: `${symbol}${number}${unit}` });
      }),
    );
  });

  test('thousands separators are dropped from the exact number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom('元', '人', '万元'), (n, unit) => {
        const grouped = n.toLocaleString('en-US');
        expect(parseValue(`${grouped}${unit}`)).toMatchObject({ number: String(n), unit, canonical: `${n}${unit}` });
      }),
    );
  });

  test('surrounding whitespace does not change the result', () => {
    fc.assert(
      fc.property(anyString, whitespace, whitespace, (raw, before, after) => {
        expect(withoutRaw(parseValue(`${before}${raw}${after}`))).toEqual(withoutRaw(parseValue(raw)));
      }),
      { numRuns: 1000 },
    );
  });

  test('a canonical single measure parses to itself', () => {
    fc.assert(
      fc.property(fragmentString, (raw) => {
        const parsed = parseValue(raw);
        fc.pre(parsed.kind === 'quantitative' && parsed.number !== null);
        expect(parseValue(parsed.canonical)).toMatchObject({ canonical: parsed.canonical, operator: parsed.operator, number: parsed.number, unit: parsed.unit, direction: parsed.direction, normalisations: [] });
      }),
      { numRuns: 2000 },
    );
  });

  test('composeValue of split cells parses like the joined measure', () => {
    fc.assert(
      fc.property(measure, fc.constantFrom('', '定量'), (m, type) => {
        const parts = [type === '' ? (m.operator ?? '') : type, m.number, m.unit ?? ''];
        fc.pre(type === '' || m.operator === null);
        expect(composeValue(parts)).toBe(write(m));
      }),
    );
  });

  test('composeValue never throws', () => {
    fc.assert(fc.property(fc.array(anyString, { maxLength: 5 }), (parts) => typeof composeValue(parts) === 'string'));
  });
});
