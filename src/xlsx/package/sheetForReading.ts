// One worksheet part as the reader is given it: cells counted against the limit, every row and cell
// given a valid r (absent, empty or unusable ones follow the one before, as Excel places them), style
// indexes that point nowhere dropped, merges clipped to the cells (a merge is not content) and
// overlapping merges left out. A shared-string index that does not exist is said, naming the cell.
import { columnNumber, parseRange, rangeToA1, toA1, type RangeRef } from '../../engine/a1';
import { formatCount, packageErrors } from './packageErrors';
import { scanCells, type CellScan, type ScannedElement } from './cellScan';
import { attr, prefixOf, withAttr, withoutAttr } from './xml';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export interface SheetContext {
  sheet: string;
  /** Cells still allowed in the workbook, and the workbook's limit (for the message). */
  allowed: number;
  limit: number;
  /** Number of cell formats (cellXfs) and shared strings. */
  formats: number;
  sharedStrings: number;
}

export interface SheetRead {
  xml: string;
  cells: number;
  usesSharedStrings: boolean;
  /** The rows and cells of the part as returned, when the quick path read them (the fast reader reuses them). */
  scan?: CellScan;
}

export function sheetForReading(xml: string, context: SheetContext): SheetRead {
  const p = prefixOf(xml, 'worksheet');
  // Most sheets need nothing changed: checked without rewriting them, or rewritten below when they do.
  const asWritten = p === '' ? readAsWritten(xml, context) : null;
  if (asWritten) {
    const { cells, usesSharedStrings, scan } = asWritten;
    return { xml: clipMerges(xml, p, asWritten), cells, usesSharedStrings, scan };
  }
  return rewrittenForReading(xml, context);
}

/** The general path: every row and cell visited by regex, and the ones that need it rewritten. */
export function rewrittenForReading(xml: string, context: SheetContext): SheetRead {
  const p = prefixOf(xml, 'worksheet');
  let cells = 0;
  let usesSharedStrings = false;
  let bottom = 0;
  let right = 0;
  let row = 0;
  let col = 0;
  const rowTag = `<${p}row(?=[\\s/>])[^>]*>`;
  const cellElement = `<${p}c(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`;
  const rowStart = `<${p}row`;
  const out = xml.replace(new RegExp(`${rowTag}|${cellElement}`, 'g'), (element) => {
    if (element.startsWith(rowStart)) {
      const r = attr(element, 'r') ?? '';
      const valid = /^[1-9]\d*$/.test(r) && Number(r) > row && Number(r) <= MAX_ROW;
      row = valid ? Number(r) : row + 1;
      col = 0;
      bottom = Math.max(bottom, row);
      return valid ? element : withAttr(element, 'r', String(row));
    }
    if (++cells > context.allowed) throw packageErrors.tooManyCells(formatCount(context.limit));
    const start = element.slice(0, element.indexOf('>') + 1);
    let tag = start;
    const match = CELL_REF.exec(attr(tag, 'r') ?? '');
    const c = match ? columnNumber(match[1]) : 0;
    const valid = match !== null && Number(match[2]) === row && c > col && c <= MAX_COL;
    col = valid ? c : col + 1;
    right = Math.max(right, col);
    if (!valid) tag = withAttr(tag, 'r', toA1(row, col));
    const s = attr(tag, 's');
    if (s !== undefined && !(/^\d+$/.test(s) && Number(s) < context.formats)) tag = withoutAttr(tag, 's');
    if (attr(tag, 't') === 's') {
      usesSharedStrings = true;
      const index = /<(?:[\w.-]+:)?v>([^<]*)</.exec(element)?.[1];
      if (index !== undefined && !(/^\s*\d+\s*$/.test(index) && Number(index) < context.sharedStrings)) {
        throw packageErrors.missingString(context.sheet, toA1(row, col), index);
      }
    }
    // Most cells are kept as written: the same string back, not a copy built from its pieces.
    return tag === start ? element : tag + element.slice(start.length);
  });
  return { xml: clipMerges(out, p, { bottom, right }), cells, usesSharedStrings };
}

/**
 * The sheet's counts when it needs no change (every row and cell in order with a valid r, every
 * style index and shared string there, within the cell limit); null when it does, or when the scan
 * cannot tell, and the general path below decides (and raises the errors).
 */
function readAsWritten(xml: string, context: SheetContext): (Omit<SheetRead, 'xml'> & { bottom: number; right: number; scan: CellScan }) | null {
  const scan = scanCells(xml);
  if (!scan) return null;
  let cells = 0;
  let usesSharedStrings = false;
  let row = 0;
  let col = 0;
  let bottom = 0;
  let right = 0;
  for (const element of scan.elements) {
    if (element.row) {
      const r = element.r ?? '';
      if (!(/^[1-9]\d*$/.test(r) && Number(r) > row && Number(r) <= MAX_ROW)) return null;
      row = Number(r);
      col = 0;
      bottom = Math.max(bottom, row);
      continue;
    }
    if (++cells > context.allowed) return null;
    const found = columnInRow(element.r ?? '', row);
    const c = Math.abs(found);
    if (!(c > col && c <= MAX_COL)) return null;
    col = c;
    if (found > 0) element.col = c;
    right = Math.max(right, col);
    const s = element.s;
    if (s !== undefined && !(/^\d+$/.test(s) && Number(s) < context.formats)) return null;
    if (element.t === 's') {
      usesSharedStrings = true;
      if (!sharedStringIndexIsValid(xml, element, context.sharedStrings)) return null;
    }
  }
  return { cells, usesSharedStrings, bottom, right, scan };
}

/**
 * The column of a reference that CELL_REF reads as a cell of row `row`; 0 for any other text. Negative
 * (minus the column) when it is not plain letters and digits (a $, or a leading zero), which the
 * reader's parseA1 would not read as the same place.
 */
function columnInRow(ref: string, row: number): number {
  let plain = ref.charCodeAt(0) !== DOLLAR;
  let at = plain ? 0 : 1;
  const lettersStart = at;
  let col = 0;
  for (; at < ref.length; at++) {
    const lower = ref.charCodeAt(at) | 32;
    if (lower < LOWER_A || lower > LOWER_Z) break;
    col = col * 26 + (lower - LOWER_A + 1);
  }
  if (at === lettersStart || at - lettersStart > 3) return 0;
  if (ref.charCodeAt(at) === DOLLAR) {
    plain = false;
    at++;
  }
  if (at === ref.length) return 0;
  if (ref.charCodeAt(at) === ZERO) plain = false;
  let n = 0;
  for (; at < ref.length; at++) {
    const digit = ref.charCodeAt(at) - ZERO;
    if (digit < 0 || digit > 9) return 0;
    n = n * 10 + digit;
  }
  if (n !== row) return 0;
  return plain ? col : -col;
}
const DOLLAR = 36;
const LOWER_A = 97;
const LOWER_Z = 122;
const ZERO = 48;

/** A shared-string cell's `<v>n</v>` (the only content such cells hold) points at a string that exists. */
function sharedStringIndexIsValid(xml: string, cell: ScannedElement, strings: number): boolean {
  if (cell.bodyStart < 0) return true;
  if (cell.bodyEnd - cell.bodyStart < 7 || !xml.startsWith('<v>', cell.bodyStart) || !xml.startsWith('</v>', cell.bodyEnd - 4)) return false;
  const index = xml.slice(cell.bodyStart + 3, cell.bodyEnd - 4);
  return /^\s*\d+\s*$/.test(index) && Number(index) < strings;
}

function clipMerges(xml: string, p: string, extent: { bottom: number; right: number }): string {
  const kept: RangeRef[] = [];
  return xml.replace(new RegExp(`<${p}mergeCell\\s[^>]*>`, 'g'), (tag) => {
    let m: RangeRef;
    try {
      m = parseRange(attr(tag, 'ref') ?? '');
    } catch {
      return '';
    }
    if (m.top > extent.bottom || m.left > extent.right) return '';
    const inside = { ...m, bottom: Math.min(m.bottom, extent.bottom), right: Math.min(m.right, extent.right) };
    if (kept.some((k) => k.left <= inside.right && inside.left <= k.right && k.top <= inside.bottom && inside.top <= k.bottom)) return '';
    kept.push(inside);
    if (inside.top === inside.bottom && inside.left === inside.right) return '';
    return inside.bottom === m.bottom && inside.right === m.right ? tag : withAttr(tag, 'ref', rangeToA1(inside));
  });
}
