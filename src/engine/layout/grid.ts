import { parseA1, parseRange, toA1 } from '../a1';
import type { CellValue, SheetSnapshot } from '../schema';
import { normaliseLabel } from '../vocabulary';

/** One cell as the reader sees it: a merged area's anchor covers every cell of the area. */
export interface GridCell {
  /** Displayed text, trimmed. */
  text: string;
  value: CellValue;
  formula: string;
  numFmt: string;
  /** The cell the content came from (the merge anchor for a covered cell). */
  address: string;
  /** True for a cell covered by a merged area but not its top-left anchor. */
  covered: boolean;
}

/**
 * A sheet addressed by 1-based sheet rows and columns, with merged areas expanded. Reading is
 * linear in the sheet's cells: merge anchors are indexed once, label normalisation is cached.
 */
export class SheetGrid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly anchorOf = new Map<number, number>();
  private readonly labels = new Map<number, string>();
  private readonly cells = new Map<number, GridCell>();
  private readonly inRange: (GridCell | undefined)[];
  private readonly labelsInRange: (string | undefined)[];
  private readonly width: number;
  private readonly filled = new Map<number, readonly number[]>();

  constructor(readonly sheet: SheetSnapshot) {
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.bottom = this.top + Math.max(sheet.values.length, 1) - 1;
    this.right = this.left + Math.max(width, 1) - 1;
    this.width = this.right - this.left + 1;
    this.inRange = new Array<GridCell | undefined>(this.width * (this.bottom - this.top + 1));
    this.labelsInRange = new Array<string | undefined>(this.inRange.length);
    for (const merge of sheet.merges) this.indexMerge(merge);
  }

  get name(): string {
    return this.sheet.name;
  }

  /** The same object for the same cell: the reader asks about each cell several times. */
  cell(row: number, col: number): GridCell {
    // Cells inside the sheet's range are kept in an array by position; any other in a map.
    const inside = row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
    const at = inside ? (row - this.top) * this.width + (col - this.left) : -1;
    const key = this.key(row, col);
    let cell = inside ? this.inRange[at] : this.cells.get(key);
    if (cell === undefined) {
      const anchor = this.anchorOf.get(key);
      const source = anchor ?? key;
      cell = Object.freeze(this.raw(Math.floor(source / 16384), source % 16384, anchor !== undefined && anchor !== key));
      if (inside) this.inRange[at] = cell;
      else this.cells.set(key, cell);
    }
    return cell;
  }

  text(row: number, col: number): string {
    return this.cell(row, col).text;
  }

  /** The cell's text in the form labels are compared in (see normaliseLabel). */
  label(row: number, col: number): string {
    // Like cells: inside the sheet's range by position in an array, any other in a map.
    const inside = row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
    const at = inside ? (row - this.top) * this.width + (col - this.left) : -1;
    let cached = inside ? this.labelsInRange[at] : this.labels.get(this.key(row, col));
    if (cached === undefined) {
      cached = normaliseLabel(this.text(row, col));
      if (inside) this.labelsInRange[at] = cached;
      else this.labels.set(this.key(row, col), cached);
    }
    return cached;
  }

  /** Leading spaces of a cell as written (full-width count two): the indentation some forms draw levels with. */
  indent(address: string): number {
    const { row, col } = parseA1(address);
    const raw = this.sheet.text[row - this.top]?.[col - this.left] ?? '';
    const lead = /^[ \u3000\t]*/.exec(raw)?.[0] ?? '';
    return [...lead].reduce((n, ch) => n + (ch === '\u3000' ? 2 : 1), 0);
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  /** Columns of a row that hold text of their own (covered merge cells excluded); one list per row, shared. */
  filledColumns(row: number): readonly number[] {
    let cols = this.filled.get(row);
    if (cols === undefined) {
      const found: number[] = [];
      for (let col = this.left; col <= this.right; col++) {
        const cell = this.cell(row, col);
        if (cell.text !== '' && !cell.covered) found.push(col);
      }
      cols = Object.freeze(found);
      this.filled.set(row, cols);
    }
    return cols;
  }

  rowIsEmpty(row: number): boolean {
    for (let col = this.left; col <= this.right; col++) if (!this.isEmpty(row, col)) return false;
    return true;
  }

  // Object literals, not spreads: this runs several times per cell and spreads are slow on Node 20.
  private raw(row: number, col: number, covered: boolean): GridCell {
    const r = row - this.top;
    const c = col - this.left;
    const values = this.sheet.values[r];
    const address = toA1(row, col);
    if (!values || c < 0 || c >= values.length) return { text: '', value: '', formula: '', numFmt: 'General', address, covered };
    return {
      text: (this.sheet.text[r]?.[c] ?? '').trim(),
      value: values[c],
      formula: this.sheet.formulas[r]?.[c] ?? '',
      numFmt: this.sheet.numberFormats[r]?.[c] ?? 'General',
      address,
      covered,
    };
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  private indexMerge(merge: string): void {
    const area = parseRange(merge);
    const anchor = this.key(area.top, area.left);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) this.anchorOf.set(this.key(row, col), anchor);
    }
  }
}
