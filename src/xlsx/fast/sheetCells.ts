// One worksheet part (already normalised by readerParts: every row and cell has a valid r) read into
// cells as exceljs models them: type from t, formulas with cached results (shared formulas moved to
// each dependent), dates for date-formatted numbers, the cell's own number format. Anything outside
// the shapes below is FastReadUnsupported, and the file is read by exceljs instead.
import { parseA1, parseRange, type RangeRef } from '../../engine/a1';
import { scanCells, type CellScan } from '../package/cellScan';
import { attr, isPlainXml, unescapeXml } from '../package/xml';
import type { SharedString } from './sharedStrings';
import { isDateFormat } from './styles';
import { slideFormula } from './slideFormula';
import { unsupported } from './unsupported';

/** A cell's value as exceljs holds it, reduced to what the snapshot reads of it. */
export type RawValue = number | boolean | string | { error: string } | { date: number } | null;

export interface SheetCell {
  row: number;
  col: number;
  /** The cell's number format (undefined: none, "General"). */
  numFmt: string | undefined;
  /** Set for formula cells: the formula text (without "=") and its cached result (null when exceljs drops it). */
  formula?: string;
  value: RawValue;
  /** A shared formula's master, which its dependents' formulas are moved from. */
  sharedMaster?: true;
}

export interface SheetCells {
  cells: SheetCell[];
  merges: RangeRef[];
  /** Rows whose <row> carries a style, and whether any column does: cells exceljs creates for merges take them. */
  styledRows: Set<number>;
  styledColumns: boolean;
}

export interface SheetContext {
  strings: SharedString[];
  formats: (string | undefined)[];
  date1904: boolean;
}

const ROW_OR_CELL = /<row(?=[\s/>])[^>]*>|<c(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/g;
const VALUE_OR_TEXT = /<(v|t)(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g;

/**
 * `relTargets`: the sheet's relationship ids → Target as written (where its hyperlinks lead). `given`:
 * the rows and cells the package check found (scanCells), reused when it scanned this same text.
 */
export function sheetCells(xml: string, context: SheetContext, relTargets: Map<string, string>, given?: CellScan): SheetCells {
  if (!isPlainXml(xml) || /<[\w.-]+:(worksheet|sheetData|row|c|hyperlink)[\s/>]/.test(xml)) unsupported('worksheet markup');
  const links = hyperlinks(xml, relTargets);
  const cells: SheetCell[] = [];
  const styledRows = new Set<number>();
  const masters = new Map<string, SheetCell>();
  let row = 0;
  const add = (attributes: CellAttributes, body: string, simple: string | undefined, col = 0) => {
    let cell = readCell(attributes, body, simple, context, masters, col > 0 ? row : 0, col);
    const link = links.size > 0 ? links.get(attributes.r) : undefined;
    if (link !== undefined) cell = linked(cell === SKIPPED ? { ...parseA1(attributes.r), numFmt: undefined, value: null } : cell, link);
    if (cell === SKIPPED) return;
    if (cell.row !== row) unsupported('cell outside its row');
    cells.push(cell);
  };
  const scan = given?.xml === xml ? given : scanCells(xml);
  if (scan) {
    for (const element of scan.elements) {
      if (element.row) {
        row = Number(element.r);
        if (element.s) styledRows.add(row);
      } else {
        // Most bodies are a lone <v>: its text is taken from the sheet without slicing the body first.
        const { bodyStart, bodyEnd } = element;
        const simple = bodyStart < 0 ? '' : simpleValueAt(xml, bodyStart, bodyEnd);
        add({ r: element.r ?? '', s: element.s, t: element.t }, simple === undefined ? xml.slice(bodyStart, bodyEnd) : '', simple, element.col);
      }
    }
  } else {
    for (const match of xml.matchAll(ROW_OR_CELL)) {
      const element = match[0];
      if (element.startsWith('<row')) {
        row = Number(attr(element, 'r'));
        if (attr(element, 's')) styledRows.add(row);
      } else {
        const body = match[1] ?? '';
        add(cellAttributes(element), body, body === '' ? '' : simpleValueAt(body, 0, body.length));
      }
    }
  }
  const merges = [...xml.matchAll(/<mergeCell\s[^>]*>/g)].map((m) => parseRange(attr(m[0], 'ref') ?? ''));
  return { cells, merges, styledRows, styledColumns: /<col\s[^>]*\sstyle\s*=/.test(xml) };
}

/** Cell address (as written in ref) → the target of its external hyperlink, as exceljs maps them. */
function hyperlinks(xml: string, relTargets: Map<string, string>): Map<string, string> {
  const links = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<hyperlink\s[^>]*>/g)) {
    const rId = /\sr:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (rId === undefined) continue; // a link inside the workbook: exceljs does not map it
    const target = relTargets.get(rId) ?? unsupported('hyperlink without its relationship');
    if (/[\t\n\r]/.test(target)) unsupported('hyperlink target with line breaks');
    links.set(attr(tag, 'ref') ?? '', target);
  }
  return links;
}

/**
 * A cell with a hyperlink as exceljs reads it: its text is the cell's string (a formula's cached
 * string, the formula itself dropped); any other value, or none, shows the link's target instead.
 */
function linked(cell: SheetCell, target: string): SheetCell {
  if (cell.sharedMaster) unsupported('shared formula master with a hyperlink');
  return { row: cell.row, col: cell.col, numFmt: cell.numFmt, value: typeof cell.value === 'string' ? cell.value : target };
}

/** A <c> that exceljs does not keep (no value, no style): it adds nothing to the row. */
const SKIPPED: SheetCell = { row: -1, col: -1, numFmt: undefined, value: null };

/**
 * `simple`: the text of a body that is only `<v>text</v>` ('' for no body), else undefined and the
 * body is read in full. `knownRow`, `knownCol`: the cell's place when the scan found it (else 0, and r
 * is parsed).
 */
function readCell(
  { r, s, t }: CellAttributes,
  body: string,
  simple: string | undefined,
  context: SheetContext,
  masters: Map<string, SheetCell>,
  knownRow: number,
  knownCol: number,
): SheetCell {
  const { row, col } = knownCol > 0 ? { row: knownRow, col: knownCol } : parseA1(r);
  const styleId = parseInt(s ?? '', 10) || 0;
  const numFmt = styleId ? context.formats[styleId] : undefined;
  // Most cells are <c …><v>…</v></c> or empty: read those without the general scan.
  let f: RegExpMatchArray | undefined;
  let value: string | undefined;
  if (simple !== undefined) value = simple === '' ? undefined : textOf(simple);
  else {
    const formulas = [...body.matchAll(FORMULA)];
    if (formulas.length > 1) unsupported('several formulas in a cell');
    f = formulas[0];
    const rest = body.replace(FORMULA, '');
    if (/<(r|rPh)[\s/>]/.test(rest)) unsupported('rich text in a cell');
    const texts = [...rest.matchAll(VALUE_OR_TEXT)].map((m) => textOf(m[2] ?? '')).join('');
    if (rest.replace(VALUE_OR_TEXT, '').replace(/<\/?is(?:\s[^>]*)?>/g, '').trim() !== '') unsupported('unknown markup in a cell');
    value = texts === '' ? undefined : texts;
  }
  const fTag = f ? `<f${f[1]}>` : '';
  const shareType = f && attr(fTag, 't');
  const formulaText = f?.[2] ? textOf(f[2]) : '';
  const isDate = isDateFormat(numFmt);

  if (formulaText || shareType) {
    let result: RawValue = value === undefined ? null : typedValue(value, t, context, true);
    if (value !== undefined && isDate) result = { date: dateSerial(Number(asNumber(result)), context.date1904) };
    else if (!result) result = null; // exceljs keeps only a truthy result
    const cell: SheetCell = { row, col, numFmt, formula: formulaText, value: result };
    if (shareType === 'shared') {
      const si = attr(fTag, 'si') ?? '';
      if (attr(fTag, 'ref')) {
        masters.set(si, cell);
        cell.sharedMaster = true;
      }
      else if (!formulaText) {
        const master = masters.get(si);
        if (!master?.formula) unsupported('shared formula without its master before it');
        cell.formula = slideFormula(master.formula, master, cell);
      }
    }
    if (!cell.formula) unsupported('formula without text');
    return cell;
  }
  if (value !== undefined) {
    const typed = typedValue(value, t, context, false);
    const dated = typeof typed === 'number' && (t === undefined || !['s', 'str', 'inlineStr', 'b', 'e'].includes(t)) && isDate;
    return { row, col, numFmt, value: dated ? { date: dateSerial(typed, context.date1904) } : typed };
  }
  return styleId ? { row, col, numFmt, value: null } : SKIPPED;
}

function textOf(raw: string): string {
  if (raw.includes('<')) unsupported('markup inside a value');
  return raw.includes('&') ? unescapeXml(raw) : raw;
}

/** The text of a body, xml[start, end), that is only `<v>text</v>` (text without markup), else undefined. */
function simpleValueAt(xml: string, start: number, end: number): string | undefined {
  const textEnd = end - 4;
  return textEnd - start >= 3 && xml.startsWith('<v>', start) && xml.indexOf('<', start + 3) === textEnd && xml.startsWith('</v>', textEnd) ? xml.slice(start + 3, textEnd) : undefined;
}
const ATTRIBUTE = /\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface CellAttributes {
  r: string;
  s?: string;
  t?: string;
}

/** r, s and t of a cell's start tag, in one pass over its attributes (the regex path: scanCells did not read the sheet). */
function cellAttributes(element: string): CellAttributes {
  const start = element.slice(0, element.indexOf('>') + 1);
  const found: CellAttributes = { r: '' };
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(start); m; m = ATTRIBUTE.exec(start)) {
    const name = m[1];
    if (name !== 'r' && name !== 's' && name !== 't') continue;
    const raw = m[2] ?? m[3];
    found[name] = raw.includes('&') ? unescapeXml(raw) : raw;
  }
  return found;
}

/** A value by its t, as exceljs's cell parser types it ("str" decoded a second time, as exceljs does). */
function typedValue(value: string, t: string | undefined, context: SheetContext, inFormula: boolean): RawValue {
  switch (t) {
    case 's':
      if (inFormula) return parseFloat(value);
      return sharedString(context.strings, parseInt(value, 10));
    case 'str':
      return xmlDecode(value);
    case 'inlineStr':
      return inFormula ? parseFloat(value) : value;
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return { error: value };
    default:
      return parseFloat(value);
  }
}

function sharedString(strings: SharedString[], index: number): string | null {
  if (!(index >= 0 && index < strings.length)) unsupported('shared string index');
  return strings[index];
}

function asNumber(value: RawValue): unknown {
  if (value && typeof value === 'object') return 'error' in value ? NaN : value.date;
  return value;
}

/** exceljs turns the serial into a Date rounded to the millisecond, and the snapshot turns it back. */
function dateSerial(serial: number, date1904: boolean): number {
  const offset = date1904 ? 1462 : 0;
  const ms = Math.round((serial - 25569 + offset) * 24 * 3600 * 1000);
  return new Date(ms).getTime() / 86400000 + 25569 - offset;
}

export function xmlDecode(text: string): string {
  const named: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (c) => named[c] ?? c);
}
