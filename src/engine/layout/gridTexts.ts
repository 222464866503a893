// The texts a sheet's cells show, laid out by row and column for SheetGrid.
import { parseRange } from '../a1';
import type { SheetSnapshot } from '../schema';

/** No merge covers the cell. */
export const OWN = -1;
/** A merge covers the cell but its anchor lies outside the sheet's range: read by key, as rare as it is. */
export const FAR = -2;

/** Each cell's own trimmed text, by row then column ('' beyond a row's values). */
export function ownTexts(sheet: SheetSnapshot, width: number, height: number): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < height; r++) {
    const values = sheet.values[r];
    const texts = sheet.text[r];
    const filled = values === undefined ? 0 : values.length;
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(c < filled ? trimmed(texts?.[c] ?? '') : '');
    rows.push(row);
  }
  return rows;
}

/** String.prototype.trim, without a call for the usual text that has nothing to trim. */
export function trimmed(text: string): string {
  if (text === '') return text;
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) ? text.trim() : text;
}

/** The characters trim removes: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * A covered cell shows its anchor's text, and nothing when the anchor lies outside the range.
 * `anchors` holds each cell's anchor by position (row-major), OWN or FAR.
 */
export function shownThroughMerges(own: string[][], anchors: number[], width: number): string[][] {
  return own.map((texts, r) =>
    texts.map((text, c) => {
      const anchor = anchors[r * width + c];
      if (anchor === OWN) return text;
      if (anchor === FAR) return '';
      return own[Math.floor(anchor / width)][anchor % width];
    }),
  );
}

/**
 * Records one merge: each covered cell inside the range (width × height from top/left) gets the
 * anchor's position in `anchors`, or FAR when the anchor lies outside the range; cells outside the
 * range, or covered from outside it, go to `far` by key (row × 16384 + col). Later merges win where
 * areas overlap, as they did when merges were indexed by key alone.
 */
export function indexMerge(merge: string, anchors: number[], far: Map<number, number>, top: number, left: number, width: number, height: number): void {
  const area = parseRange(merge);
  const positionOf = (row: number, col: number) => (row < top || row >= top + height || col < left || col >= left + width ? -1 : (row - top) * width + (col - left));
  const anchorKey = area.top * 16384 + area.left;
  const anchorAt = positionOf(area.top, area.left);
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const at = positionOf(row, col);
      const key = row * 16384 + col;
      if (at >= 0 && anchorAt >= 0) {
        anchors[at] = anchorAt;
        far.delete(key);
      } else {
        if (at >= 0) anchors[at] = FAR;
        far.set(key, anchorKey);
      }
    }
  }
}
