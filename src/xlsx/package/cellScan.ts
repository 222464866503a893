// The rows and cells of an unprefixed worksheet part, found by hand: the elements the regexes
// `<row(?=[\s/>])[^>]*>` and `<c(?=[\s/>])[^>]*?(?:/>|>([\s\S]*?)</c>)` match, in the same places, with
// the r, s and t attributes of their start tags. Walking the text with indexOf takes a fraction of
// the time and memory of the regexes, and a sheet is read on every check. Anything this scan does not
// read exactly as the regexes and the attribute lookups would (escaped or unusual attribute values,
// repeated attributes, a cell without its end tag) makes it answer null, and the caller takes the
// regex path. test/unit/cellScan.test.ts proves both paths agree.
import { AMP, APOS, EQ, GT, LT, QUOT, SLASH } from './charCodes';

/** One <row> or <c> element: its offsets, its attributes as written, and a cell's content. */
export interface ScannedElement {
  /** True for <row>, false for <c>. */
  row: boolean;
  start: number;
  /** After the element (after `/>` or `</c>` for a cell, after `>` for a row's start tag). */
  end: number;
  /** A cell's content between its start and end tags; both -1 for `<c …/>`. */
  bodyStart: number;
  bodyEnd: number;
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
  /** A cell's column when the package check found its r in order and plain (no $, no leading zero); else 0. */
  col: number;
}

export interface CellScan {
  xml: string;
  elements: ScannedElement[];
}

const LOWER_C = 99;

/** ASCII whitespace; any other code that \s matches (or any code above 127 in a tag) sends the sheet to the regexes. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const YES = 1;
const NO = 0;
const UNSURE = -1;
/** Whether what follows `<row` or `<c` lets the regexes match there (\s, / or >); beyond ASCII, unsure. */
function boundary(c: number): number {
  if (c > 127) return UNSURE;
  return isAsciiSpace(c) || c === SLASH || c === GT ? YES : NO;
}

export function scanCells(xml: string): CellScan | null {
  const elements: ScannedElement[] = [];
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    const afterRow = xml.startsWith('row', lt + 1) ? boundary(xml.charCodeAt(lt + 4)) : NO;
    const afterCell = xml.charCodeAt(lt + 1) === LOWER_C ? boundary(xml.charCodeAt(lt + 2)) : NO;
    if (afterRow === UNSURE || afterCell === UNSURE) return null;
    const isRow = afterRow === YES;
    const isCell = afterCell === YES;
    if (!isRow && !isCell) {
      at = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return null;
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const element: ScannedElement = { row: isRow, start: lt, end: gt + 1, bodyStart: -1, bodyEnd: -1, r: undefined, s: undefined, t: undefined, col: 0 };
    if (!readAttributes(xml, isRow ? lt + 4 : lt + 2, selfClosing ? gt - 1 : gt, element)) return null;
    if (isCell && !selfClosing) {
      const close = xml.indexOf('</c>', gt + 1);
      if (close < 0) return null;
      element.bodyStart = gt + 1;
      element.bodyEnd = close;
      element.end = close + 4;
    }
    elements.push(element);
    at = element.end;
  }
  return { xml, elements };
}

/**
 * The attributes between `from` and `to` (the tag's name and its end left out), each `name="value"`
 * after whitespace; r, s and t kept. False for anything else: a value with & (escaped), = or a quote
 * of the other kind, a name repeated, a code above 127 outside a value, text that is not an attribute.
 */
function readAttributes(xml: string, from: number, to: number, element: ScannedElement): boolean {
  let at = from;
  let seen = 0;
  while (at < to) {
    const c = xml.charCodeAt(at);
    if (!isAsciiSpace(c)) return false;
    while (at < to && isAsciiSpace(xml.charCodeAt(at))) at++;
    if (at === to) break;
    const nameStart = at;
    while (at < to) {
      const n = xml.charCodeAt(at);
      if (n > 127) return false;
      if (isAsciiSpace(n) || n === EQ || n === SLASH || n === GT || n === QUOT || n === APOS || n === LT) break;
      at++;
    }
    if (at === nameStart) return false;
    const nameEnd = at;
    while (at < to && isAsciiSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== EQ) return false;
    at++;
    while (at < to && isAsciiSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOT && quote !== APOS) return false;
    const valueStart = at + 1;
    let valueEnd = valueStart;
    while (valueEnd < to) {
      const v = xml.charCodeAt(valueEnd);
      if (v === quote) break;
      if (v === AMP || v === EQ || v === QUOT || v === APOS || v === LT) return false;
      valueEnd++;
    }
    if (valueEnd >= to) return false;
    at = valueEnd + 1;
    if (nameEnd - nameStart !== 1) continue;
    const name = xml.charCodeAt(nameStart);
    const bit = name === 114 ? 1 : name === 115 ? 2 : name === 116 ? 4 : 0; // r, s, t
    if (bit === 0) continue;
    if ((seen & bit) !== 0) return false;
    seen |= bit;
    const value = xml.slice(valueStart, valueEnd);
    if (bit === 1) element.r = value;
    else if (bit === 2) element.s = value;
    else element.t = value;
  }
  return true;
}
