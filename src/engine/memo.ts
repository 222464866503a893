/**
 * Remembers a pure function of a string. Forms repeat the same texts (100%, ≥90%, level names) in
 * every sheet, and the reader asks about each several times; a bounded cache keeps that cheap.
 *
 * The last text asked is kept beside the cache: a rule asks the same question of an indicator's two
 * targets (which most forms fill alike) and of its name once per target, one right after the other,
 * and a comparison is cheaper than a Map lookup (about one call in five repeats the last).
 */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | undefined;
  let lastResult: T | undefined;
  return (text: string) => {
    if (text === lastText && lastResult !== undefined) return lastResult;
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = fn(text);
      cache.set(text, result);
    }
    lastText = text;
    lastResult = result;
    return result;
  };
}
