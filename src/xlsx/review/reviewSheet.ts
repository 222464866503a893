// One sheet of the 审核意见 workbook as SpreadsheetML: the heading row frozen and filtered, one row per
// table row, the total row kept out of the filter, the footnote merged across, printed A4 landscape
// one page wide with the heading repeated on every page.
import { columnLetters } from '../../engine/a1';
import type { ColumnFormat, ReviewCell, ReviewTable } from '../../engine/review';
import { AsciiBytes, type ChunkOut } from '../asciiBytes';
import { escapeXml } from '../package/xml';
import type { CellStyle, StyleSheet } from './reviewStyles';

const HEADING_FILL = 'FFD9E1F2';
const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = { text: undefined, integer: '0', money: '#,##0.00', percent: '0.0%' };
/** 审核结论 coloured as the add-in colours findings: red to act on, yellow to fix, green to pass. */
const VERDICT_FILLS: Record<string, string> = { 退回: 'FFF8CBAD', 无法读取: 'FFF8CBAD', 修改后通过: 'FFFFE699', 通过: 'FFC6EFCE' };
const FOOTNOTE_HEIGHT = 48;

/** The workbook's shared strings: each distinct text stored once, cells refer to it by index. */
export class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  of(text: string): number {
    this.count++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.items.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }
}

/** Characters XML 1.0 cannot carry (control characters, lone surrogates) are left out. */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ''));
}

/** Where the sheet's filter and print titles lie, for the workbook's defined names. */
export interface SheetNames {
  /** e.g. "$A$1:$M$24". */
  filter: string;
  printTitles: string;
}

export interface SheetXml {
  /** The part in pieces: its head and tail as text, the rows (thousands, all ASCII) already bytes. */
  pieces: (string | Uint8Array)[];
  names: SheetNames;
}

/**
 * The fixed markup around a row's cells, per column: what opens a cell before its row number, and
 * what follows the number up to its value, for a number and for a shared string. Made once per set
 * of styles (a sheet has a few), not once per cell.
 */
interface CellMarkup {
  start: string[];
  number: string[];
  text: string[];
}

function cellMarkup(styles: number[], letters: string[]): CellMarkup {
  return {
    start: styles.map((_, i) => `<c r="${letters[i] ?? columnLetters(i + 1)}`),
    number: styles.map((style) => `" s="${style}"><v>`),
    text: styles.map((style) => `" s="${style}" t="s"><v>`),
  };
}

/** One row's markup, written into `out`. As the CLI has always written them: an empty value is an empty text, so every cell of a row is there. */
function writeRow(out: AsciiBytes, row: number, values: ReviewCell[], markup: CellMarkup, strings: SharedStrings): void {
  const r = String(row);
  out.text('<row r="');
  out.text(r);
  out.text(`" spans="1:${Math.max(1, values.length)}">`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    out.text(markup.start[i]);
    out.text(r);
    if (typeof value === 'number' && Number.isFinite(value)) {
      out.text(markup.number[i]);
      out.text(String(value));
    } else {
      out.text(markup.text[i]);
      out.text(String(strings.of(value === null ? '' : String(value))));
    }
    out.text('</v></c>');
  }
  out.text('</row>');
}

/** The letters of columns 1…n, named once per sheet rather than once per cell. */
const lettersOf = (n: number) => Array.from({ length: n }, (_, i) => columnLetters(i + 1));

function columnStyle(table: Pick<ReviewTable, 'columns'>, styles: StyleSheet, bold: boolean, fill: string | null = null): number[] {
  return table.columns.map((c) => {
    const style: CellStyle = {
      font: bold ? 'bodyBold' : 'body',
      fill,
      border: true,
      horizontal: c.format === 'text' ? 'left' : 'right',
      vertical: 'top',
      wrap: c.wrap ?? false,
      numFmt: NUMBER_FORMATS[c.format],
    };
    return styles.styleOf(style);
  });
}

/**
 * Where a streamed sheet's bytes go as they are written, a chunk at a time (see ChunkOut), and the
 * chunk to begin with: the part is then never held whole.
 */
export interface SheetStream {
  out: ChunkOut;
  first: Uint8Array;
}

/**
 * One sheet's rows written as they come (a review adds each file's 意见明细 rows once it is checked,
 * and keeps only their bytes), then the part around them. The heading is row 1.
 */
export class SheetWriter {
  readonly name: string;
  readonly columns: ReviewTable['columns'];
  readonly streamed: boolean;
  private readonly rows: AsciiBytes;
  private readonly body: number[];
  private readonly letters: string[];
  private readonly verdictColumn: number;
  /** A verdict's fill changes one cell's style: the styles of the rows of each verdict, made once. */
  private readonly filled = new Map<string, number[]>();
  private readonly markups = new Map<number[], CellMarkup>();
  private rowCount = 1;
  private finished?: SheetXml;

  constructor(
    table: Pick<ReviewTable, 'name' | 'columns'>,
    private readonly styles: StyleSheet,
    private readonly strings: SharedStrings,
    stream?: SheetStream,
  ) {
    this.name = table.name;
    this.columns = table.columns;
    this.letters = lettersOf(table.columns.length);
    this.rows = new AsciiBytes(stream?.out, stream?.first);
    this.streamed = stream !== undefined;
    // A streamed part begins with its head before any row is known: without the (optional) <dimension>, never the sheet shown first.
    if (stream) this.rows.text(this.head(null, false));
    const heading = styles.styleOf({ font: 'heading', fill: HEADING_FILL, border: true, horizontal: 'center', vertical: 'center', wrap: true });
    this.body = columnStyle(table, styles, false);
    this.verdictColumn = table.columns.findIndex((c) => c.title === '审核结论');
    writeRow(this.rows, 1, table.columns.map((c) => c.title), this.markupOf(table.columns.map(() => heading)), strings);
  }

  add(rows: ReviewCell[][]): void {
    for (const values of rows) writeRow(this.rows, ++this.rowCount, values, this.markupOf(this.stylesOf(values)), this.strings);
  }

  private markupOf(styles: number[]): CellMarkup {
    let markup = this.markups.get(styles);
    if (!markup) {
      markup = cellMarkup(styles, this.letters);
      this.markups.set(styles, markup);
    }
    return markup;
  }

  private stylesOf(values: ReviewCell[]): number[] {
    const fill = this.verdictColumn >= 0 ? VERDICT_FILLS[String(values[this.verdictColumn])] : undefined;
    if (!fill) return this.body;
    let rowStyles = this.filled.get(fill);
    if (!rowStyles) {
      rowStyles = [...this.body];
      rowStyles[this.verdictColumn] = columnStyle(this, this.styles, false, fill)[this.verdictColumn];
      this.filled.set(fill, rowStyles);
    }
    return rowStyles;
  }

  /**
   * The whole part: the total row and footnote of `table` after the rows; `selected` marks the sheet
   * shown when the workbook opens. A streamed part's bytes have all gone out (its pieces are none).
   * Asked again, the same part.
   */
  finish({ total, footnote }: Pick<ReviewTable, 'total' | 'footnote'>, selected: boolean): SheetXml {
    if (this.finished) return this.finished;
    const { columns, rows, styles, strings } = this;
    const width = columns.length;
    const last = columnLetters(width);
    const filterEnd = this.rowCount;
    if (total) writeRow(rows, ++this.rowCount, total, this.markupOf(columnStyle(this, styles, true)), strings);
    const merges: string[] = [];
    if (footnote) {
      const row = ++this.rowCount;
      const note = styles.styleOf({ font: 'body', fill: null, border: false, vertical: 'top', wrap: true });
      rows.text(`<row r="${row}" spans="1:${width}" ht="${FOOTNOTE_HEIGHT}" customHeight="1"><c r="A${row}" s="${note}" t="s"><v>${strings.of(footnote)}</v></c></row>`);
      merges.push(`A${row}:${last}${row}`);
    }
    const footer = xmlText(`&C${this.name} 第 &P 页，共 &N 页`);
    const tail =
      '</sheetData>' +
      `<autoFilter ref="A1:${last}${filterEnd}"/>` +
      (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
      '<printOptions horizontalCentered="1"/>' +
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      `<headerFooter><oddFooter>${footer}</oddFooter></headerFooter>` +
      '</worksheet>';
    const names = { filter: `$A$1:$${last}$${filterEnd}`, printTitles: '$1:$1' };
    if (this.streamed) {
      rows.text(tail);
      rows.flush();
      this.finished = { pieces: [], names };
    } else this.finished = { pieces: [this.head(this.rowCount, selected), ...rows.written(), tail], names };
    return this.finished;
  }

  /** The part up to its first row; `rowCount` null: the rows are not known yet. */
  private head(rowCount: number | null, selected: boolean): string {
    const last = columnLetters(this.columns.length);
    const cols = this.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      (rowCount === null ? '' : `<dimension ref="A1:${last}${rowCount}"/>`) +
      `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      `<cols>${cols}</cols>` +
      '<sheetData>'
    );
  }
}

/** The worksheet part of one table; `selected` marks the sheet shown when the workbook opens. */
export function reviewSheetXml(table: ReviewTable, styles: StyleSheet, strings: SharedStrings, selected: boolean): SheetXml {
  const sheet = new SheetWriter(table, styles, strings);
  sheet.add(table.rows);
  return sheet.finish(table, selected);
}
