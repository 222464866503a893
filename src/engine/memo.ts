/**
 * Remembers a pure function of a string. Forms repeat the same texts (100%, ≥90%, level names) in
 * every sheet, and the reader asks about each several times; a bounded cache keeps that cheap.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = fn(text);
      cache.set(text, result);
    }
    return result;
  };
}
