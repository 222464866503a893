// Text preparation for the value grammar: what counts as whitespace, and which full-width forms fold to ASCII.

/** Whitespace as users type it into cells: spaces, tabs, line breaks, U+3000, NBSP, zero-width marks. */
const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/g;
const EDGE_SPACES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

export function trimSpaces(text: string): string {
  return text.replace(EDGE_SPACES, '');
}

export function hasInnerSpace(trimmed: string): boolean {
  return SPACE.test(trimmed);
}

export function removeSpaces(text: string): string {
  return text.replace(SPACES, '');
}

/**
 * Full-width and look-alike forms of the characters a quantity is written with. Chinese punctuation
 * such as ，（）：is left alone: it is normal in Chinese text, not a typing slip.
 */
const FOLD = new Map<string, string>(Object.entries({
  '％': '%', '﹪': '%', '＞': '>', '﹥': '>', '＜': '<', '﹤': '<', '＝': '=', '﹦': '=',
  '≧': '≥', '⩾': '≥', '≦': '≤', '⩽': '≤', '．': '.', '＋': '+', '－': '-', '／': '/', '～': '~',
}));

/** Folds full-width digits, Latin letters and quantity symbols to their canonical forms. */
export function foldWidth(text: string): { text: string; changed: boolean } {
  let out = '';
  let changed = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const isFullWidthAlnum =
      (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
    const folded = isFullWidthAlnum ? String.fromCharCode(code - 0xfee0) : FOLD.get(ch);
    if (folded !== undefined) {
      out += folded;
      changed = true;
    } else {
      out += ch;
    }
  }
  return { text: out, changed };
}

export function hasDigit(text: string): boolean {
  return /[0-9]/.test(text);
}

export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
