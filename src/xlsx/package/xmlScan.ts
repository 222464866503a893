// The well-formedness scan of wellFormed.ts by hand: a sheet of thousands of cells is scanned on every
// read, and walking the text with indexOf and char codes takes a fraction of the time of one regex
// alternation per token. test/cli/xmlScan.test.ts proves it gives the regex tokenizer's answers.

import { APOS, BANG, EQ, GT, LT, QUESTION, QUOT, SLASH } from './charCodes';

/** \s as JavaScript's regexes read it. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const SPACE = 1;
const NAME = 2;
/** Classes of the codes below 128, looked up instead of compared one by one. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isSpaceCode(c)) ASCII[c] = SPACE;
  else if (c !== SLASH && c !== GT && c !== BANG && c !== QUESTION && c !== EQ && c !== LT && c !== QUOT && c !== APOS) ASCII[c] = NAME;
}

/** A character of a name: not space, /, >, !, ?, =, <, " or '. */
function isNameChar(c: number): boolean {
  return c < 128 ? ASCII[c] === NAME : !isSpaceCode(c);
}

function isSpace(c: number): boolean {
  return c < 128 ? ASCII[c] === SPACE : isSpaceCode(c);
}

/** After `at`: the end of a name, or `at` when there is none. */
function nameEnd(xml: string, at: number): number {
  while (at < xml.length && isNameChar(xml.charCodeAt(at))) at++;
  return at;
}

function spaceEnd(xml: string, at: number): number {
  while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
  return at;
}

const REFERENCE = /[A-Za-z_][\w.-]*;|#\d+;|#x[0-9a-fA-F]+;/y;

/**
 * Asks, token after token, whether xml[from, to) holds an ampersand that starts no entity or character
 * reference. The next ampersand is remembered: searching from each token would walk the rest of the
 * part again for every token of a part that has none. A reference holds none of the characters that
 * end a text or an attribute, so it never runs past `to`.
 */
function badAmpersands(xml: string): (from: number, to: number) => boolean {
  let amp = xml.indexOf('&');
  return (from, to) => {
    while (amp >= 0 && amp < from) amp = xml.indexOf('&', amp + 1);
    for (; amp >= 0 && amp < to; amp = xml.indexOf('&', amp + 1)) {
      REFERENCE.lastIndex = amp + 1;
      if (!REFERENCE.test(xml)) return true;
    }
    return false;
  };
}

/** The offset where `xml` stops being well-formed, or -1 when it is well-formed. */
export function xmlErrorOffset(xml: string): number {
  // Open elements as the offsets of their names (start, end, start, end, …): not a string sliced per tag.
  const open: number[] = [];
  const hasBadAmp = badAmpersands(xml);
  let roots = 0;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < xml.length) {
    if (xml.charCodeAt(at) !== LT) {
      let end = xml.indexOf('<', at);
      if (end < 0) end = xml.length;
      // Text: only whitespace outside the root element, and no bare ampersand anywhere.
      if (open.length === 0 && spaceEnd(xml, at) < end) return at;
      if (hasBadAmp(at, end)) return at;
      at = end;
      continue;
    }
    const next = xml.charCodeAt(at + 1);
    let end: number;
    if (next === BANG) {
      if (xml.startsWith('<!--', at)) end = closeAfter(xml, at + 4, '-->');
      else if (xml.startsWith('<![CDATA[', at)) end = closeAfter(xml, at + 9, ']]>');
      else if (xml.startsWith('<!DOCTYPE', at)) end = closeAfter(xml, at + 9, '>');
      else return at;
    } else if (next === QUESTION) {
      end = closeAfter(xml, at + 2, '?>');
    } else if (next === SLASH) {
      const nameStop = nameEnd(xml, at + 2);
      if (nameStop === at + 2) return at;
      const close = spaceEnd(xml, nameStop);
      if (xml.charCodeAt(close) !== GT || open.length === 0) return at;
      const openEnd = open.pop() as number;
      const openStart = open.pop() as number;
      if (!sameText(xml, openStart, openEnd, at + 2, nameStop)) return at;
      end = close + 1;
    } else {
      const tag = startTagEnd(xml, at);
      if (tag < 0) return at;
      if (open.length === 0 && ++roots > 1) return at;
      const nameStop = nameEnd(xml, at + 1);
      if (hasBadAmp(nameStop, tag)) return at;
      if (xml.charCodeAt(tag - 2) !== SLASH) open.push(at + 1, nameStop);
      end = tag;
    }
    if (end < 0) return at;
    at = end;
  }
  return open.length > 0 || roots === 0 ? xml.length : -1;
}

/** Whether xml[a, aEnd) and xml[b, bEnd) hold the same text. */
function sameText(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
  return true;
}

/** The offset after `close` found from `from`, or -1. */
function closeAfter(xml: string, from: number, close: string): number {
  const found = xml.indexOf(close, from);
  return found < 0 ? -1 : found + close.length;
}

/** `<name (space name = "value")* space? /? >` from `at`: the offset after its >, or -1. */
function startTagEnd(xml: string, at: number): number {
  let i = nameEnd(xml, at + 1);
  if (i === at + 1) return -1;
  for (;;) {
    const afterSpace = spaceEnd(xml, i);
    const c = xml.charCodeAt(afterSpace);
    if (c === GT) return afterSpace + 1;
    if (c === SLASH) return xml.charCodeAt(afterSpace + 1) === GT ? afterSpace + 2 : -1;
    if (afterSpace === i) return -1; // an attribute must follow space
    const nameStop = nameEnd(xml, afterSpace);
    if (nameStop === afterSpace) return -1;
    const eq = spaceEnd(xml, nameStop);
    if (xml.charCodeAt(eq) !== EQ) return -1;
    const quoteAt = spaceEnd(xml, eq + 1);
    const quote = xml.charCodeAt(quoteAt);
    if (quote !== QUOT && quote !== APOS) return -1;
    const closing = xml.indexOf(quote === QUOT ? '"' : "'", quoteAt + 1);
    if (closing < 0) return -1;
    const lt = xml.indexOf('<', quoteAt + 1);
    if (lt >= 0 && lt < closing) return -1;
    i = closing + 1;
  }
}
