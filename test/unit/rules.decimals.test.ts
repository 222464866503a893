// The value rules compare short decimals by Number and long ones by big.js: both ways must agree with big.js.
import Big from 'big.js';
import { decimalEqual, decimalGreater } from '../../src/engine/rules/nameFacts';

const TEXTS = ['0', '-0', '5', '5.0', '5.', '.5', '0.5', '-3', '100', '99.99', '100.000000000001', '0.1', '0.10', '123456789012345', '123456789012346', '1234567890123456789', '1234567890123456788', '007'];

describe('decimal comparisons', () => {
  test.each(TEXTS)('%s against every other text: as big.js compares them', (a) => {
    for (const b of TEXTS) {
      expect([a, b, decimalGreater(a, b)]).toEqual([a, b, new Big(a).gt(new Big(b))]);
      expect([a, b, decimalEqual(a, b)]).toEqual([a, b, new Big(a).eq(b)]);
    }
  });

  test('what big.js cannot read still throws', () => {
    expect(() => decimalGreater('-', '1')).toThrow();
    expect(() => decimalEqual('', '1')).toThrow();
  });
});
