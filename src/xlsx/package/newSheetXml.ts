// A worksheet part written from a SheetSpec: cells (text as inline strings, so sharedStrings.xml stays
// as it was), merges, column widths and row heights, list dropdowns and input messages, page setup.
// Formats come from the caller (appended to styles.xml); a merged area's empty cells carry the anchor's
// format, as Excel formats a merged cell. A copied look brings the source sheet's columns and rows.
import { columnNumber, parseA1, parseRange, toA1 } from '../../engine/a1';
import type { CellSpec, SheetSpec } from '../../engine/schema';
import { escapeXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetLook {
  /** The <cols> element of the source sheet, as it is. */
  cols?: string;
  /** Row → <row> attributes to keep (ht, customHeight). */
  rows: Map<number, string>;
  /** A1 → format index of the source's cells. */
  formats: Map<string, number>;
}

/** The format index of a cell (its spec, or undefined for an empty cell of a merged area). */
export type FormatOf = (address: string, cell: CellSpec | undefined) => number;

function cellXml(address: string, cell: CellSpec | undefined, s: number): string {
  const style = s ? ` s="${s}"` : '';
  const formula = cell?.formula?.replace(/^=/, '').trim();
  const value = cell?.value ?? '';
  const f = formula ? `<f>${escapeXml(formula)}</f>` : '';
  if (typeof value === 'number') return `<c r="${address}"${style}>${f}<v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${address}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  if (value === '') return f ? `<c r="${address}"${style}>${f}</c>` : `<c r="${address}"${style}/>`;
  if (f) return `<c r="${address}"${style} t="str">${f}<v>${escapeXml(value)}</v></c>`;
  return `<c r="${address}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function validationsXml(spec: SheetSpec): string {
  const prompt = (p?: { title: string; message: string }) => (p ? ` showInputMessage="1" promptTitle="${escapeXml(p.title)}" prompt="${escapeXml(p.message)}"` : '');
  const lists = spec.validations.map((v) => {
    const formula = Array.isArray(v.list) ? `"${v.list.join(',')}"` : v.list.replace(/^=/, '');
    return `<dataValidation type="list"${v.allowBlank ? ' allowBlank="1"' : ''}${prompt(v.prompt)} showErrorMessage="1" sqref="${v.range}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
  });
  const prompts = (spec.prompts ?? []).map((p) => `<dataValidation allowBlank="1"${prompt(p)} sqref="${p.range}"/>`);
  const all = [...lists, ...prompts];
  return all.length ? `<dataValidations count="${all.length}">${all.join('')}</dataValidations>` : '';
}

function colsXml(spec: SheetSpec): string {
  const cols = Object.entries(spec.columnWidths)
    .map(([letters, width]) => ({ col: columnNumber(letters), width }))
    .sort((a, b) => a.col - b.col)
    .map(({ col, width }) => `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`);
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

export function newSheetXml(spec: SheetSpec, formatOf: FormatOf, look?: SheetLook): string {
  const cells = new Map<string, CellSpec | undefined>(Object.entries(spec.cells));
  // Empty cells of a merged area, formatted as the anchor (and those the copied look formats).
  for (const merge of spec.merges) {
    const m = parseRange(merge);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (!cells.has(toA1(r, c))) cells.set(toA1(r, c), undefined);
  }
  for (const address of look?.formats.keys() ?? []) if (!cells.has(address)) cells.set(address, undefined);
  const rows = new Map<number, { col: number; xml: string }[]>();
  let bottom = 1;
  let right = 1;
  for (const [address, cell] of cells) {
    const { row, col } = parseA1(address);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
    const list = rows.get(row) ?? [];
    rows.set(row, list);
    list.push({ col, xml: cellXml(address, cell, formatOf(address, cell)) });
  }
  const heights = new Map<number, string>(look?.rows);
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) heights.set(Number(row), ` ht="${height}" customHeight="1"`);
  for (const row of heights.keys()) if (!rows.has(row)) rows.set(row, []);
  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const list = (rows.get(row) ?? []).sort((a, b) => a.col - b.col);
      return `<row r="${row}"${heights.get(row) ?? ''}>${list.map((c) => c.xml).join('')}</row>`;
    })
    .join('');
  const merges = spec.merges.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
    `<dimension ref="A1:${toA1(bottom, right)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `${look?.cols ?? colsXml(spec)}<sheetData>${sheetData}</sheetData>${merges}${validationsXml(spec)}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>'
  );
}
