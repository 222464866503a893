// The money helpers' big.js-free path must give exactly what big.js gives, on amounts of every
// length (short ones take the fast path, long ones fall back), signs, zeros and leading zeros.
import Big from 'big.js';
import fc from 'fast-check';
import { compare, convert, decimalOf, equal, isNegative, minus, sum } from '../../src/engine/money';

const digits = (max: number) => fc.array(fc.constantFrom('0', '1', '2', '5', '9'), { minLength: 1, maxLength: max }).map((d) => d.join(''));
const amount = fc
  .tuple(fc.boolean(), digits(12), fc.option(digits(12), { nil: undefined }))
  .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
const runs = { numRuns: 3000 };

describe('exact money without big.js', () => {
  it('sums as big.js does', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 6 }), (values) => {
        expect(sum(values)).toBe(values.reduce((t, v) => t.plus(v), new Big(0)).toFixed());
      }),
      runs,
    );
  });

  it('subtracts, compares and tells the sign as big.js does', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(minus(a, b)).toBe(new Big(a).minus(b).toFixed());
        expect(compare(a, b)).toBe(new Big(a).cmp(b));
        expect(equal(a, b)).toBe(new Big(a).eq(b));
        expect(equal(a, a.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''))).toBe(true);
        expect(isNegative(a)).toBe(new Big(a).lt(0));
      }),
      runs,
    );
  });

  it('converts between 万元 and 元 as big.js does', () => {
    fc.assert(
      fc.property(amount, (a) => {
        expect(convert(a, '万元', '元')).toBe(new Big(a).times(10000).toFixed());
        expect(convert(a, '元', '万元')).toBe(new Big(a).div(10000).toFixed());
      }),
      runs,
    );
  });

  it('reads numbers as big.js reads them to 15 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), (n) => {
        expect(decimalOf(n)).toBe(new Big(Number(n.toPrecision(15))).toFixed());
      }),
      runs,
    );
  });

  it('reads amounts as Excel stores them (cents, thousandths, sums of them) as big.js does', () => {
    const cents = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 10, 100, 1000, 1e4, 1e6)).map(([n, d]) => n / d);
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        for (const n of [a, b, a + b, a * 3]) expect(decimalOf(n)).toBe(new Big(Number(n.toPrecision(15))).toFixed());
      }),
      runs,
    );
  });

  it('keeps the edge cases: negative zero, long fractions, exponents', () => {
    expect(sum(['-0', '0.000'])).toBe('0');
    expect(minus('0.1', '0.3')).toBe('-0.2');
    expect(convert('0.0000000000000000123', '元', '万元')).toBe(new Big('0.0000000000000000123').div(10000).toFixed());
    expect(convert('123456789012345678', '万元', '元')).toBe('1234567890123456780000');
    expect(sum(['1e3', '1'])).toBe('1001');
    expect(decimalOf(0.1 + 0.2)).toBe('0.3');
    expect(decimalOf(-0)).toBe('0');
    expect(decimalOf(1e21)).toBe('1000000000000000000000');
  });
});
