import { parseA1, toA1 } from '../a1';
import type { CellValue, SheetSnapshot } from '../schema';
import { FAR, indexMerge, OWN, ownTexts, shownThroughMerges, trimmed } from './gridTexts';
import { layOutRows, type GridRows } from './gridRows';
import { factsOf, type TextFacts } from './textFacts';

/** One cell as the reader sees it: a merged area's anchor covers every cell of the area. Shared: never changed. */
export interface GridCell {
  /** Displayed text, trimmed. */
  readonly text: string;
  readonly value: CellValue;
  readonly formula: string;
  readonly numFmt: string;
  /** The cell the content came from (the merge anchor for a covered cell). */
  readonly address: string;
  /** True for a cell covered by a merged area but not its top-left anchor. */
  readonly covered: boolean;
}

let noText: TextFacts | undefined;
const emptyFacts = (): TextFacts => (noText ??= factsOf(''));


/**
 * A sheet addressed by 1-based sheet rows and columns, with merged areas expanded. Built once per
 * sheet and read many times by the reader and the rules: each cell's trimmed text, what that text
 * is (TextFacts) and each row's filled columns are laid out when the grid is made, so reading a
 * cell is an array access.
 */
export class SheetGrid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly width: number;
  /** Each cell's facts and each row's filled columns, laid out when the grid is made (see layOutRows). */
  private readonly rows: GridRows;
  /**
   * By position (row-major over the range): the merge anchor's position (OWN when no merge covers
   * the cell, FAR when it lies outside); null for a sheet without merges, the usual case.
   */
  private readonly anchors: number[] | null;
  /** By row, then column: each cell as asked for (a row's list made on its first request: most grids are asked for few cells). */
  private cellRows: (GridCell | undefined)[][] | null = null;
  /** Merge anchors of cells outside the range, or covered from outside it, by key. */
  private readonly farAnchors: Map<number, number> | null;
  private farCells: Map<number, GridCell> | null = null;
  /** True when the sheet merges any cells (most do not: then every cell shows its own text). */
  readonly hasMerges: boolean;

  constructor(readonly sheet: SheetSnapshot) {
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    let width = 0;
    for (let r = 0; r < sheet.values.length; r++) if (sheet.values[r].length > width) width = sheet.values[r].length;
    const height = Math.max(sheet.values.length, 1);
    this.bottom = this.top + height - 1;
    this.right = this.left + Math.max(width, 1) - 1;
    this.width = this.right - this.left + 1;
    const size = this.width * height;
    this.anchors = sheet.merges.length ? new Array<number>(size).fill(OWN) : null;
    this.farAnchors = this.anchors ? new Map<number, number>() : null;
    this.hasMerges = this.anchors !== null;
    if (this.anchors && this.farAnchors) for (const merge of sheet.merges) indexMerge(merge, this.anchors, this.farAnchors, this.top, this.left, this.width, height);
    // Without merges each cell shows its own text: layOutRows reads it straight from the sheet.
    const shown = this.anchors ? shownThroughMerges(ownTexts(sheet, this.width, height), this.anchors, this.width) : null;
    this.rows = layOutRows(sheet, this.left, this.width, height, shown, this.anchors);
  }


  get name(): string {
    return this.sheet.name;
  }

  /** The same object for the same cell: the reader asks about each cell several times. */
  cell(row: number, col: number): GridCell {
    const at = this.positionOf(row, col);
    if (at < 0) return this.farCell(row, col);
    const rows = (this.cellRows ??= new Array<(GridCell | undefined)[]>(this.bottom - this.top + 1));
    const cells = (rows[row - this.top] ??= new Array<GridCell | undefined>(this.width));
    let cell = cells[col - this.left];
    if (cell === undefined) {
      const anchor = this.anchorAt(at);
      if (anchor === FAR) cell = this.farCell(row, col);
      else {
        const source = anchor === OWN ? at : anchor;
        const r = Math.floor(source / this.width);
        cell = this.raw(this.top + r, this.left + (source - r * this.width), anchor !== OWN && anchor !== at);
      }
      cells[col - this.left] = cell;
    }
    return cell;
  }

  /** cell(row, col).value, without making the cell: the value of the cell the content comes from. */
  value(row: number, col: number): CellValue {
    // The usual cell, inside the range of a sheet without merges, is read straight away (no call in between).
    if (this.anchors === null && row >= this.top && row <= this.bottom && col >= this.left && col <= this.right) {
      const values = this.sheet.values[row - this.top];
      const c = col - this.left;
      return values !== undefined && c < values.length ? values[c] : '';
    }
    const at = this.positionOf(row, col);
    const anchor = at < 0 ? FAR : this.anchors === null ? at : this.anchorAt(at);
    if (anchor === FAR) return this.farCell(row, col).value;
    const source = anchor === OWN ? at : anchor;
    const r = Math.floor(source / this.width);
    const values = this.sheet.values[r];
    const c = source - r * this.width;
    return values !== undefined && c < values.length ? values[c] : '';
  }

  text(row: number, col: number): string {
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return this.farCell(row, col).text;
    const facts = this.rows.cellFacts[(row - this.top) * this.width + col - this.left];
    return facts === undefined ? '' : facts.text;
  }

  /** The cell's text in the form labels are compared in (see normaliseLabel). */
  label(row: number, col: number): string {
    return this.facts(row, col).label;
  }

  /** What the reader asks of the cell's text, answered once per text (see TextFacts). */
  facts(row: number, col: number): TextFacts {
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return factsOf(this.farCell(row, col).text);
    return this.rows.cellFacts[(row - this.top) * this.width + col - this.left] ?? emptyFacts();
  }

  /** The facts of a cell with text of its own in its row (a merge across counts at its anchor), else undefined. */
  ownFacts(row: number, col: number): TextFacts | undefined {
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) {
      const text = this.text(row, col);
      return text === '' || this.coveredFromLeft(row, col) ? undefined : factsOf(text);
    }
    const facts = this.rows.cellFacts[(row - this.top) * this.width + col - this.left];
    if (facts === undefined || (this.anchors !== null && this.coveredFromLeft(row, col))) return undefined;
    return facts;
  }

  /**
   * The facts of every cell of a row from the left column on (index 0 is column `left`), undefined
   * where a cell shows nothing. A new array per call: passes over many rows read facts(row, col).
   */
  rowFacts(row: number): readonly (TextFacts | undefined)[] {
    if (row >= this.top && row <= this.bottom) {
      const start = (row - this.top) * this.width;
      return this.rows.cellFacts.slice(start, start + this.width);
    }
    const facts: (TextFacts | undefined)[] = [];
    for (let col = this.left; col <= this.right; col++) {
      const text = this.text(row, col);
      facts.push(text === '' ? undefined : factsOf(text));
    }
    return facts;
  }

  /** The address of the cell the content comes from (the merge anchor for a covered cell). */
  address(row: number, col: number): string {
    // Without merges each cell of the range is its own (the usual sheet: no anchor to look up).
    if (this.anchors === null && row >= this.top && row <= this.bottom && col >= this.left && col <= this.right) return toA1(row, col);
    const at = this.positionOf(row, col);
    const anchor = at < 0 ? FAR : this.anchorAt(at);
    if (anchor === OWN) return toA1(row, col);
    if (anchor === FAR) return this.farCell(row, col).address;
    const r = Math.floor(anchor / this.width);
    return toA1(this.top + r, this.left + (anchor - r * this.width));
  }

  /** True for a cell covered by a merged area that starts in the same row (a merge across, not down). */
  coveredFromLeft(row: number, col: number): boolean {
    const at = this.positionOf(row, col);
    const anchor = at < 0 ? FAR : this.anchorAt(at);
    if (anchor === OWN) return false;
    if (anchor === FAR) {
      const cell = this.farCell(row, col);
      return cell.covered && parseA1(cell.address).row === row;
    }
    return anchor !== at && Math.floor(anchor / this.width) === row - this.top;
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
    if (row < this.top || row > this.bottom) return this.filledOutside(row);
    return this.rows.filledRows[row - this.top];
  }

  /** The facts of filledColumns(row)'s cells, in the same order. */
  filledFacts(row: number): readonly TextFacts[] {
    if (row < this.top || row > this.bottom) return this.filledOutside(row).map((col) => this.facts(row, col));
    return this.rows.filledFactsRows[row - this.top];
  }

  rowIsEmpty(row: number): boolean {
    if (row < this.top || row > this.bottom) {
      for (let col = this.left; col <= this.right; col++) if (!this.isEmpty(row, col)) return false;
      return true;
    }
    const withText = this.rows.rowsWithText;
    return withText === null ? this.rows.filledRows[row - this.top].length === 0 : !withText[row - this.top];
  }

  private anchorAt(at: number): number {
    return this.anchors === null ? OWN : this.anchors[at];
  }

  /** The cell's position in the range's arrays, or -1 outside the range. */
  private positionOf(row: number, col: number): number {
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return -1;
    return (row - this.top) * this.width + (col - this.left);
  }

  /** Rows outside the range hold text only where a merge from inside reaches them. */
  private filledOutside(row: number): number[] {
    const found: number[] = [];
    for (let col = this.left; col <= this.right; col++) {
      const cell = this.cell(row, col);
      if (cell.text !== '' && !cell.covered) found.push(col);
    }
    return found;
  }

  // Cells outside the range, or covered from outside it: the merge index by key, each cell made once.
  private farCell(row: number, col: number): GridCell {
    const key = row * 16384 + col;
    const cells = (this.farCells ??= new Map<number, GridCell>());
    let cell = cells.get(key);
    if (cell === undefined) {
      const anchor = this.farAnchors?.get(key);
      const source = anchor ?? key;
      cell = this.raw(Math.floor(source / 16384), source % 16384, anchor !== undefined && anchor !== key);
      cells.set(key, cell);
    }
    return cell;
  }

  // Object literals, not spreads: this runs for many cells and spreads are slow on Node 20.
  private raw(row: number, col: number, covered: boolean): GridCell {
    const r = row - this.top;
    const c = col - this.left;
    const values = this.sheet.values[r];
    const address = toA1(row, col);
    if (!values || c < 0 || c >= values.length) return { text: '', value: '', formula: '', numFmt: 'General', address, covered };
    return {
      text: trimmed(this.sheet.text[r]?.[c] ?? ''),
      value: values[c],
      formula: this.sheet.formulas[r]?.[c] ?? '',
      numFmt: this.sheet.numberFormats[r]?.[c] ?? 'General',
      address,
      covered,
    };
  }
}
