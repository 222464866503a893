// One worksheet part patched in place: a flagged cell's style index retargeted, a planned value written,
// a missing cell added in column order (in a new row if need be). Every other byte stays as it was.
// Rows and cells without an r attribute (or r="") follow the one before, as Excel reads them.
import { columnNumber, parseRange, toA1, type RangeRef } from '../../engine/a1';
import type { CellValue } from '../../engine/schema';
import { attr, elements, escapeXml, prefixOf, withAttr, withoutAttr } from './xml';

export interface CellEdit {
  /** The new format index given the cell's current one. */
  style?: (base: number) => number;
  value?: CellValue;
}

/** Row → column → edit. */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export function mergesOf(xml: string): RangeRef[] {
  const p = prefixOf(xml, 'mergeCell');
  return elements(xml, `${p}mergeCell`).flatMap(({ tag }) => {
    const ref = attr(tag, 'ref');
    try {
      return ref ? [parseRange(ref)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * The last row and column holding a cell element: a merged area is filled only that far (Excel shows
 * a merged area in its anchor's format; a merge over a whole sheet must not become 17 billion cells).
 */
export function extentOf(xml: string): { bottom: number; right: number } {
  let bottom = 1;
  let right = 1;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?c\s[^>]*?\br="\$?([A-Za-z]{1,3})\$?(\d+)"/g)) {
    bottom = Math.max(bottom, Number(m[2]));
    right = Math.max(right, columnNumber(m[1]));
  }
  return { bottom, right };
}

/** Column number → the format index a <col> element gives the cells it covers. */
function columnStyles(xml: string, p: string): (col: number) => number {
  const cols = elements(xml, `${p}col`).map(({ tag }) => ({ min: Number(attr(tag, 'min')), max: Number(attr(tag, 'max')), style: Number(attr(tag, 'style') ?? 0) }));
  return (col) => cols.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}

function refOf(tag: string, previous: { row: number; col: number }, kind: 'row' | 'col'): number {
  const r = attr(tag, 'r');
  if (r === undefined || r === '') return kind === 'row' ? previous.row + 1 : previous.col + 1;
  if (kind === 'row') return Number(r);
  const letters = /^\$?([A-Za-z]{1,3})/.exec(r)?.[1];
  return letters ? columnNumber(letters) : previous.col + 1;
}

export function patchSheet(xml: string, edits: SheetEdits): string {
  if (edits.size === 0) return xml;
  const p = prefixOf(xml, 'worksheet');
  const colStyle = columnStyles(xml, p);
  let data = elements(xml, `${p}sheetData`)[0];
  if (!data) throw new Error('worksheet without sheetData');
  if (data.tag.endsWith('/>')) {
    const opened = `${data.tag.slice(0, -2)}></${p}sheetData>`;
    xml = xml.slice(0, data.start) + opened + xml.slice(data.end);
    data = elements(xml, `${p}sheetData`)[0];
  }
  const innerStart = data.start + data.tag.length;
  const innerEnd = data.end - `</${p}sheetData>`.length;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const out: string[] = [xml.slice(0, innerStart)];
  let cursor = innerStart;
  let row = 0;
  const newRows = (below: number) => {
    while (pending.length && pending[0] < below) {
      const r = pending.shift() as number;
      out.push(patchRow(`<${p}row r="${r}"/>`, r, edits.get(r) as Map<number, CellEdit>, p, colStyle));
    }
  };
  for (const element of elements(xml, `${p}row`, innerStart, innerEnd)) {
    row = refOf(element.tag, { row, col: 0 }, 'row');
    out.push(xml.slice(cursor, element.start));
    const before = out.length;
    newRows(row);
    // A row after an added one must say its number: without r it would follow the added row.
    const text = out.length > before && !attr(element.tag, 'r') ? withAttr(element.tag, 'r', String(row)) + element.text.slice(element.tag.length) : element.text;
    if (pending[0] === row) {
      pending.shift();
      out.push(patchRow(text, row, edits.get(row) as Map<number, CellEdit>, p, colStyle));
    } else out.push(text);
    cursor = element.end;
  }
  out.push(xml.slice(cursor, innerEnd));
  newRows(Infinity);
  out.push(xml.slice(innerEnd));
  return out.join('');
}

function patchRow(text: string, row: number, edits: Map<number, CellEdit>, p: string, colStyle: (col: number) => number): string {
  let start = /^<[^>]*>/.exec(text)?.[0] as string;
  let body = '';
  const close = `</${p}row>`;
  if (start.endsWith('/>')) start = `${start.slice(0, -2).trimEnd()}>`;
  else body = text.slice(start.length, text.length - close.length);
  const rowStyle = attr(start, 'customFormat') === '1' || attr(start, 'customFormat') === 'true' ? Number(attr(start, 's') ?? 0) : undefined;
  const baseOf = (col: number) => rowStyle ?? colStyle(col);
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let cursor = 0;
  let col = 0;
  const newCells = (before: number) => {
    while (pending.length && pending[0] < before) {
      const c = pending.shift() as number;
      out.push(patchCell(`<${p}c r="${toA1(row, c)}"/>`, edits.get(c) as CellEdit, p, baseOf(c)));
    }
  };
  for (const cell of elements(body, `${p}c`)) {
    col = refOf(cell.tag, { row, col }, 'col');
    out.push(body.slice(cursor, cell.start));
    const before = out.length;
    newCells(col);
    const text = out.length > before && !attr(cell.tag, 'r') ? withAttr(cell.tag, 'r', toA1(row, col)) + cell.text.slice(cell.tag.length) : cell.text;
    if (pending[0] === col) {
      pending.shift();
      out.push(patchCell(text, edits.get(col) as CellEdit, p, Number(attr(cell.tag, 's') ?? 0)));
    } else out.push(text);
    cursor = cell.end;
  }
  out.push(body.slice(cursor));
  newCells(Infinity);
  return start + out.join('') + close;
}

function patchCell(text: string, edit: CellEdit, p: string, base: number): string {
  const original = /^<[^>]*>/.exec(text)?.[0] as string;
  let start = original;
  if (edit.style) start = withAttr(start, 's', String(edit.style(base)));
  if (edit.value === undefined) return start + text.slice(original.length);
  // A written value replaces what the cell held (planned cells hold numbers, never formulas).
  for (const name of ['t', 'cm', 'vm']) start = withoutAttr(start, name);
  if (start.endsWith('/>')) start = `${start.slice(0, -2).trimEnd()}>`;
  const value = edit.value;
  const end = `</${p}c>`;
  if (value === '') return `${start.slice(0, -1)}/>`;
  if (typeof value === 'number') return `${start}<${p}v>${value}</${p}v>${end}`;
  if (typeof value === 'boolean') return `${withAttr(start, 't', 'b')}<${p}v>${value ? 1 : 0}</${p}v>${end}`;
  return `${withAttr(start, 't', 'inlineStr')}<${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is>${end}`;
}
