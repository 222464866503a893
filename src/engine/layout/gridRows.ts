// What SheetGrid lays out once per sheet: each cell's TextFacts and each row's filled columns.
// This runs for every cell of every sheet, mostly in V8's interpreter tier, where each fresh KB
// costs time: arrays are made at their final size (a push onto [] reserves 17 slots), the facts of
// all cells share one array, and rows filling the same columns share one list of them.
import type { SheetSnapshot } from '../schema';
import { OWN } from './gridTexts';
import { factsOf, factsOfWritten, type TextFacts } from './textFacts';

export interface GridRows {
  /** By position (row-major over the range): what the text the cell shows is; undefined for an empty cell. */
  readonly cellFacts: (TextFacts | undefined)[];
  /** By row: the columns holding text of their own (shared between rows: never changed). */
  readonly filledRows: number[][];
  /** By row: the facts of filledRows' cells, in the same order. */
  readonly filledFactsRows: TextFacts[][];
  /**
   * By row: whether any cell of the row shows text; null for a sheet without merges, where a row
   * shows text exactly when it has filled columns.
   */
  readonly rowsWithText: boolean[] | null;
}

const NO_COLUMNS: number[] = [];
const NO_FACTS: TextFacts[] = [];
/** Rows are told apart by a bit per column up to this width; wider sheets get a list per row. */
const MASK_COLUMNS = 30;
/**
 * Lists of filled columns by the range's left column, then by the bits of the columns filled: every
 * row (of every sheet) filling the same columns shares one list. Forms fill few patterns of columns;
 * the lists are never changed, and the kept patterns are bounded.
 */
const COLUMN_LISTS: (Map<number, number[]> | undefined)[] = [];
const KEPT_LEFT = 64;
/** At most this many lists are kept (about 1 MB at worst); then they are made afresh. */
const KEPT_LISTS = 4096;
let keptLists = 0;

/**
 * One row's filled columns and their facts, gathered while its cells are laid out and copied out at
 * their size (reused by every row: each row writes its entries before they are read).
 */
const ROW_COLUMNS: number[] = [];
const ROW_FACTS: TextFacts[] = [];

function columnList(left: number, width: number, mask: number, count: number): number[] {
  const lists = (COLUMN_LISTS[left] ??= new Map<number, number[]>());
  let list = lists.get(mask);
  if (list === undefined) {
    if (keptLists >= KEPT_LISTS) {
      for (let i = 0; i < COLUMN_LISTS.length; i++) COLUMN_LISTS[i]?.clear();
      keptLists = 0;
    }
    keptLists++;
    list = new Array<number>(count);
    for (let c = 0, k = 0; c < width; c++) if ((mask & (1 << c)) !== 0) list[k++] = left + c;
    lists.set(mask, list);
  }
  return list;
}

/**
 * `shown` holds the texts cells show through merges (null for a sheet without merges: then each
 * cell shows its own text, read straight from the sheet); `anchors` the merge anchor by position.
 */
export function layOutRows(sheet: SheetSnapshot, left: number, width: number, height: number, shown: string[][] | null, anchors: number[] | null): GridRows {
  const rows: GridRows = { cellFacts: new Array(width * height), filledRows: new Array(height), filledFactsRows: new Array(height), rowsWithText: anchors ? new Array(height) : null };
  const shareLists = width <= MASK_COLUMNS && left <= KEPT_LEFT;
  const cellFacts = rows.cellFacts;
  for (let r = 0; r < height; r++) {
    const own = sheet.text[r];
    const ownCount = shown ? 0 : (sheet.values[r]?.length ?? 0);
    const start = r * width;
    let filledCount = 0;
    let shows = false;
    let mask = 0;
    for (let c = 0; c < width; c++) {
      let textFacts: TextFacts | undefined;
      if (shown) textFacts = shown[r][c] === '' ? undefined : factsOf(shown[r][c]);
      else {
        // The sheet's own string is looked up as written: its facts hold the trimmed text.
        const written = c < ownCount ? (own?.[c] ?? '') : '';
        textFacts = written === '' ? undefined : factsOfWritten(written);
        if (textFacts !== undefined && textFacts.text === '') textFacts = undefined;
      }
      cellFacts[start + c] = textFacts;
      if (textFacts === undefined) continue;
      shows = true;
      if (anchors === null || isOwnAt(anchors, start + c)) {
        ROW_COLUMNS[filledCount] = left + c;
        ROW_FACTS[filledCount] = textFacts;
        filledCount++;
        if (c < MASK_COLUMNS) mask |= 1 << c;
      }
    }
    if (rows.rowsWithText) rows.rowsWithText[r] = shows;
    if (filledCount === 0) {
      rows.filledRows[r] = NO_COLUMNS;
      rows.filledFactsRows[r] = NO_FACTS;
      continue;
    }
    rows.filledRows[r] = shareLists ? columnList(left, width, mask, filledCount) : ROW_COLUMNS.slice(0, filledCount);
    rows.filledFactsRows[r] = ROW_FACTS.slice(0, filledCount);
  }
  return rows;
}

/** The cell at the position holds its own content (no merge covers it, or it is the anchor). */
function isOwnAt(anchors: number[], at: number): boolean {
  const anchor = anchors[at];
  return anchor === OWN || anchor === at;
}
