// A new sheet added to a workbook by patching its package: a new worksheet part, its <sheet> in
// workbook.xml (with its print area as a sheet-scoped name), its relationship and content type, the
// formats it needs appended to styles.xml, and its title in docProps/app.xml when that lists titles.
// Every other part is copied byte for byte, so nothing the workbook holds is lost.
import { parseA1, parseRange, toA1 } from '../../engine/a1';
import type { SheetSpec } from '../../engine/schema';
import { CellFormats } from './cellFormats';
import { addPart } from './contentParts';
import { newSheetXml, type SheetLook } from './newSheetXml';
import { STYLES_REL, STYLES_TYPE } from './patchWorkbook';
import { MINIMAL_STYLES } from './stylesPatch';
import { workbookPartsOf } from './workbookParts';
import { PackageError, PartSet, readParts, writeParts } from './zip';
import { attr, elements, escapeXml, prefixOf } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** Elements that follow <definedNames> in a workbook (CT_Workbook order). */
const AFTER_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** The sheet name is taken (sheet names compare without case in Excel). */
export class SheetExistsError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet exists: ${sheet}`);
  }
}

export interface AddSheetOptions {
  /** An existing sheet whose look (formats, column widths, row heights) the new sheet copies. */
  lookFrom?: string;
}

export function addSheetToPackage(input: Uint8Array, spec: SheetSpec, options: AddSheetOptions = {}): Uint8Array {
  const parts = new PartSet(readParts(input));
  const where = workbookPartsOf(parts);
  let workbookXml = parts.text(where.workbook) as string;
  const wp = prefixOf(workbookXml, 'workbook');
  const sheetTags = elements(workbookXml, `${wp}sheet`).map((s) => s.tag);
  // Chartsheets and dialog sheets count too: Excel refuses a second sheet of the same name.
  const taken = sheetTags.map((tag) => attr(tag, 'name') ?? '');
  const same = taken.find((name) => name.toLowerCase() === spec.name.toLowerCase());
  if (same !== undefined) throw new SheetExistsError(same);

  let stylesName = where.styles && parts.get(where.styles) ? where.styles : undefined;
  if (!stylesName) {
    stylesName = `${where.workbook.slice(0, where.workbook.lastIndexOf('/') + 1)}styles.xml`;
    addPart(parts, where.workbook, stylesName, MINIMAL_STYLES, STYLES_TYPE, STYLES_REL);
  }
  const formats = new CellFormats(parts.text(stylesName) as string);
  const from = options.lookFrom?.toLowerCase();
  const look = from === undefined ? undefined : lookOf(parts, [...where.sheets].find(([name]) => name.toLowerCase() === from)?.[1]);
  const xml = newSheetXml(spec, (address, cell) => {
    const copied = look?.formats.get(address);
    if (copied !== undefined) return cell?.numFmt ? formats.withNumFmt(copied, cell.numFmt) : copied;
    if (look) return cell?.numFmt ? formats.format({}, cell.numFmt) : 0;
    return cell ? formats.format(cell.style, cell.numFmt) : anchorFormat(spec, address, formats);
  }, look);
  if (formats.changed) parts.setText(stylesName, formats.toXml());

  const folder = where.workbook.slice(0, where.workbook.lastIndexOf('/') + 1);
  let n = 1;
  while (parts.get(`${folder}worksheets/sheet${n}.xml`)) n++;
  const id = addPart(parts, where.workbook, `${folder}worksheets/sheet${n}.xml`, xml, WORKSHEET_TYPE, `${REL}/worksheet`);

  const sheetId = Math.max(0, ...sheetTags.map((tag) => Number(attr(tag, 'sheetId')) || 0)) + 1;
  const rPrefix = new RegExp(`xmlns:([\\w.-]+)="${REL.replace(/[./]/g, '\\$&')}"`).exec(workbookXml)?.[1];
  const rid = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${REL}" r:id="${id}"`;
  const sheets = elements(workbookXml, `${wp}sheets`)[0];
  if (!sheets || sheets.tag.endsWith('/>')) throw new PackageError('文件已损坏：工作簿部件没有工作表列表', 'the file is damaged: the workbook part has no list of sheets');
  const close = sheets.end - `</${wp}sheets>`.length;
  workbookXml = `${workbookXml.slice(0, close)}<${wp}sheet name="${escapeXml(spec.name)}" sheetId="${sheetId}" ${rid}/>${workbookXml.slice(close)}`;
  if (spec.printArea) workbookXml = withPrintArea(workbookXml, wp, spec.name, spec.printArea, sheetTags.length);
  parts.setText(where.workbook, workbookXml);
  addTitle(parts, spec.name);
  return writeParts(parts.parts);
}

/** An empty cell of a merged area takes its anchor's format; any other empty cell the default. */
function anchorFormat(spec: SheetSpec, address: string, formats: CellFormats): number {
  const { row, col } = parseA1(address);
  for (const merge of spec.merges) {
    const m = parseRange(merge);
    const anchor = spec.cells[toA1(m.top, m.left)];
    if (anchor && row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return formats.format(anchor.style, anchor.numFmt);
  }
  return 0;
}

function withPrintArea(xml: string, p: string, sheet: string, range: string, index: number): string {
  const absolute = range.split(':').map((corner) => corner.replace(/\$/g, '').replace(/^([A-Za-z]+)(\d+)$/, '$$$1$$$2')).join(':');
  const name = `<${p}definedName name="_xlnm.Print_Area" localSheetId="${index}">'${escapeXml(sheet.replace(/'/g, "''"))}'!${absolute}</${p}definedName>`;
  const names = elements(xml, `${p}definedNames`)[0];
  if (names && !names.tag.endsWith('/>')) {
    const close = names.end - `</${p}definedNames>`.length;
    return xml.slice(0, close) + name + xml.slice(close);
  }
  const element = `<${p}definedNames>${name}</${p}definedNames>`;
  if (names) return xml.slice(0, names.start) + element + xml.slice(names.end);
  for (const next of AFTER_NAMES) {
    const found = elements(xml, `${p}${next}`)[0];
    if (found) return xml.slice(0, found.start) + element + xml.slice(found.start);
  }
  return xml.replace(new RegExp(`</${p}workbook>\\s*$`), `${element}</${p}workbook>`);
}

/** docProps/app.xml lists sheet titles after a "Worksheets"/"工作表" heading: the new one joins them. */
function addTitle(parts: PartSet, sheet: string): void {
  const name = 'docProps/app.xml';
  const xml = parts.text(name);
  if (xml === undefined) return;
  const headings = elements(xml, 'vt:variant').map((v) => v.text);
  const titles = elements(xml, 'TitlesOfParts')[0];
  if (!titles || headings.length < 2) return;
  let offset = 0;
  for (let i = 0; i + 1 < headings.length; i += 2) {
    const label = /<vt:lpstr>([^<]*)<\/vt:lpstr>/.exec(headings[i])?.[1] ?? '';
    const countText = /<vt:i4>(\d+)<\/vt:i4>/.exec(headings[i + 1])?.[1];
    if (countText === undefined) return;
    if (!/^(Worksheets|工作表)$/i.test(label)) {
      offset += Number(countText);
      continue;
    }
    const count = Number(countText);
    const lpstrs = elements(titles.text, 'vt:lpstr');
    const at = titles.start + (lpstrs[offset + count - 1]?.end ?? /^<TitlesOfParts>\s*<vt:vector[^>]*>/.exec(titles.text)?.[0].length ?? 0);
    let out = `${xml.slice(0, at)}<vt:lpstr>${escapeXml(sheet)}</vt:lpstr>${xml.slice(at)}`;
    out = out.replace(/(<TitlesOfParts>\s*<vt:vector\s[^>]*?size=")(\d+)"/, (_, head: string, size: string) => `${head}${Number(size) + 1}"`);
    let seen = 0;
    out = out.replace(/<vt:i4>(\d+)<\/vt:i4>/g, (whole, value: string) => (seen++ === i / 2 ? `<vt:i4>${Number(value) + 1}</vt:i4>` : whole));
    parts.setText(name, out);
    return;
  }
}

/** What a copied sheet takes from its source: the format of each cell, the columns and row heights. */
function lookOf(parts: PartSet, part: string | undefined): SheetLook | undefined {
  const xml = part && parts.text(part);
  if (!xml) return undefined;
  const p = prefixOf(xml, 'worksheet');
  const formats = new Map<string, number>();
  const rows = new Map<number, string>();
  let row = 0;
  for (const element of elements(xml, `${p}row`)) {
    const r = Number(attr(element.tag, 'r'));
    row = Number.isInteger(r) && r > row ? r : row + 1;
    const ht = attr(element.tag, 'ht');
    if (ht !== undefined && attr(element.tag, 'customHeight')) rows.set(row, ` ht="${ht}" customHeight="1"`);
    for (const cell of elements(element.text, `${p}c`)) {
      const ref = attr(cell.tag, 'r');
      const s = Number(attr(cell.tag, 's') ?? 0);
      if (ref && /^[A-Z]+\d+$/.test(ref) && s) formats.set(ref, s);
    }
  }
  const cols = elements(xml, `${p}cols`)[0]?.text;
  return { cols: cols && p ? cols.replace(new RegExp(`<(/?)${p}`, 'g'), '<$1') : cols, rows, formats };
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A workbook with no sheet yet, for a new sheet written on its own (Excel needs one sheet: add it). */
export function emptyPackage(): Uint8Array {
  const text: Record<string, string> = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': MINIMAL_STYLES,
  };
  const encoder = new TextEncoder();
  return writeParts(Object.entries(text).map(([name, xml]) => ({ name, data: encoder.encode(xml), method: 8 })));
}
