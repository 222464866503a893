// The texts a sheet's cells show, laid out by row and column for SheetGrid.
import type { SheetSnapshot } from '../schema';

/** No merge covers the cell. */
export const OWN = -1;
/** A merge covers the cell but its anchor lies outside the sheet's range: read by key, as rare as it is. */
export const FAR = -2;

/** Each cell's own trimmed text, by row then column ('' beyond a row's values). */
export function ownTexts(sheet: SheetSnapshot, width: number, height: number): string[][] {
  const rows = new Array<string[]>(height);
  for (let r = 0; r < height; r++) {
    const values = sheet.values[r];
    const texts = sheet.text[r];
    const row = new Array<string>(width).fill('');
    const filled = values === undefined ? 0 : values.length;
    for (let c = 0; c < filled; c++) {
      const text = texts?.[c] ?? '';
      if (text !== '') row[c] = text.trim();
    }
    rows[r] = row;
  }
  return rows;
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
