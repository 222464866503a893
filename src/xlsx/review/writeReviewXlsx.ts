// The 审核意见 workbook (汇总 / 意见明细 / 质量评分 / 同比) as .xlsx bytes, written directly as
// SpreadsheetML and zipped with fflate: no Node API and no exceljs, so the task pane (lazily) and the
// command line share this one writer. Every part Excel, WPS and LibreOffice expect is here, so the
// file opens without repair.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { concatBytes } from '../bytes';
import { quoteSheetName } from '../../engine/a1';
import type { ReviewTable } from '../../engine/review';
import { escapeXml } from '../package/xml';
import { reviewSheetXml, SharedStrings, SheetWriter, xmlText, type SheetNames, type SheetStream } from './reviewSheet';
import { StyleSheet } from './reviewStyles';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** A sheet whose bytes went out as they were written (see SheetStream): whoever took them zips them. */
export class StreamedPart {
  constructor(readonly sheet: string) {}
}

export type ReviewPart = [name: string, data: Uint8Array | StreamedPart];

export interface ReviewXlsxOptions {
  /** docProps/core.xml's created and modified time (now by default). */
  created?: Date;
  /** Zips the parts (fflate by default; the command line passes Node's faster native zlib, and zips its streamed sheet). */
  zip?: (parts: ReviewPart[]) => Uint8Array;
}

/** fflate at level 4: for 200 forms' findings (8 MB of XML) half the time of level 6, for a file 3 % larger. */
function zipWithFflate(parts: ReviewPart[]): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of parts) {
    if (data instanceof StreamedPart) throw new Error(`sheet ${data.sheet} was streamed: its zip must be given`);
    zippable[name] = [data, { level: 4 }];
  }
  return zipSync(zippable);
}

function contentTypes(sheets: number): string {
  const overrides = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ...Array.from({ length: sheets }, (_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, SHEET_TYPE]),
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

function relationships(rels: [id: string, type: string, target: string][]): string {
  return XML_HEAD + `<Relationships xmlns="${PKG_REL_NS}">` + rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') + '</Relationships>';
}

const packageRels = relationships([
  ['rId1', `${REL_NS}/officeDocument`, 'xl/workbook.xml'],
  ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ['rId3', `${REL_NS}/extended-properties`, 'docProps/app.xml'],
]);

function workbookRels(sheets: number): string {
  const sheetRels = Array.from({ length: sheets }, (_, i): [string, string, string] => [`rId${i + 1}`, `${REL_NS}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  return relationships([...sheetRels, [`rId${sheets + 1}`, `${REL_NS}/styles`, 'styles.xml'], [`rId${sheets + 2}`, `${REL_NS}/sharedStrings`, 'sharedStrings.xml']]);
}

/** The sheets, and per sheet the filter range (_FilterDatabase) and the repeated heading (Print_Titles). */
function workbookXml(names: string[], ranges: SheetNames[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const defined = names.flatMap((name, i) => {
    const sheet = xmlText(quoteSheetName(name));
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${sheet}!${ranges[i].filter}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheet}!${ranges[i].printTitles}</definedName>`,
    ];
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr defaultThemeVersion="124226"/>' +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000" activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    `<definedNames>${defined.join('')}</definedNames>` +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

function sharedStringsXml(strings: SharedStrings): string {
  const items = strings.items.map((text) => `<si><t xml:space="preserve">${xmlText(text)}</t></si>`).join('');
  return XML_HEAD + `<sst xmlns="${MAIN_NS}" count="${strings.count}" uniqueCount="${strings.items.length}">${items}</sst>`;
}

function coreXml(created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:title>审核意见</dc:title><dc:creator>budget-check</dc:creator><cp:lastModifiedBy>budget-check</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(names: string[]): string {
  const titles = names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('');
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>budget-check</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>${escapeXml('工作表')}</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    '<AppVersion>16.0300</AppVersion></Properties>'
  );
}

/**
 * The 审核意见 workbook being written: its styles and shared strings are the workbook's, so a sheet
 * written row by row as a review goes (sheetWriter) joins the tables given at the end.
 */
export class ReviewBook {
  private readonly styles = new StyleSheet();
  private readonly strings = new SharedStrings();

  /** A sheet written row by row; with `stream`, its bytes go out as they are written (never the sheet shown first). */
  sheetWriter(table: Pick<ReviewTable, 'name' | 'columns'>, stream?: SheetStream): SheetWriter {
    return new SheetWriter(table, this.styles, this.strings, stream);
  }

  /** The sheets in order as one .xlsx workbook: tables, or sheets written row by row (finished here). */
  write(sheets: (ReviewTable | SheetWriter)[], options: ReviewXlsxOptions = {}): Uint8Array {
    const { styles, strings } = this;
    const parts = sheets.map((sheet, i) => {
      const selected = i === 0;
      return sheet instanceof SheetWriter ? sheet.finish({}, selected) : reviewSheetXml(sheet, styles, strings, selected);
    });
    const names = sheets.map((t) => t.name);
    const files: ReviewPart[] = [
      ['[Content_Types].xml', strToU8(contentTypes(sheets.length))],
      ['_rels/.rels', strToU8(packageRels)],
      ['docProps/core.xml', strToU8(coreXml(options.created ?? new Date()))],
      ['docProps/app.xml', strToU8(appXml(names))],
      ['xl/workbook.xml', strToU8(workbookXml(names, parts.map((s) => s.names)))],
      ['xl/_rels/workbook.xml.rels', strToU8(workbookRels(sheets.length))],
      ...parts.map((s, i): ReviewPart => {
        const sheet = sheets[i];
        return [`xl/worksheets/sheet${i + 1}.xml`, sheet instanceof SheetWriter && sheet.streamed ? new StreamedPart(sheet.name) : utf8Pieces(s.pieces)];
      }),
      ['xl/styles.xml', strToU8(styles.toXml())],
      ['xl/sharedStrings.xml', strToU8(sharedStringsXml(strings))],
    ];
    return (options.zip ?? zipWithFflate)(files);
  }
}

/** The tables as one .xlsx workbook, one sheet each, in order. */
export function writeReviewXlsx(tables: ReviewTable[], options: ReviewXlsxOptions = {}): Uint8Array {
  return new ReviewBook().write(tables, options);
}

/** The pieces one after another, the texts as UTF-8. */
function utf8Pieces(pieces: (string | Uint8Array)[]): Uint8Array {
  return concatBytes(pieces.map((piece) => (typeof piece === 'string' ? strToU8(piece) : piece)));
}
