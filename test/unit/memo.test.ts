import { memoByText } from '../../src/engine/memo';

describe('memoByText', () => {
  it('computes each text once, whether asked again at once or after others', () => {
    const calls: string[] = [];
    const length = memoByText((text) => {
      calls.push(text);
      return { length: text.length };
    });
    const first = length('≥95%');
    expect(length('≥95%')).toBe(first);
    expect(length('100%')).toEqual({ length: 4 });
    expect(length('≥95%')).toBe(first);
    expect(calls).toEqual(['≥95%', '100%']);
  });

  it('tells apart texts that differ only after the first character', () => {
    const upper = memoByText((text) => text.toUpperCase());
    expect(upper('ab')).toBe('AB');
    expect(upper('ac')).toBe('AC');
    expect(upper('ab')).toBe('AB');
  });

  it('asks again for a text whose answer was undefined, as nothing was kept', () => {
    let calls = 0;
    const nothing = memoByText((): undefined => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(2);
  });

  it('starts afresh past its limit and still answers as the function does', () => {
    let calls = 0;
    const twice = memoByText((text) => {
      calls++;
      return text + text;
    }, 2);
    expect(['a', 'b', 'c', 'a', 'a'].map(twice)).toEqual(['aa', 'bb', 'cc', 'aa', 'aa']);
    expect(calls).toBe(4);
  });
});
