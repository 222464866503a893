// What the reader (exceljs) is given: the input's package checked against limits before anything is
// parsed, and normalised where valid files trip exceljs — sheet names longer than Excel's 31 characters
// (LibreOffice writes them), absolute relationship targets (openpyxl), rows and cells without r, merges
// reaching far past the cells (a merge is not content). Parts that cannot be read end as a PackageError
// with the real cause, never as a workbook read without them. The user's file is never changed.
import { refuseTooManyCells } from './cellCount';
import { addPart } from './contentParts';
import { STYLES_REL, STYLES_TYPE } from './patchWorkbook';
import type { CellScan } from './cellScan';
import { sheetForReading } from './sheetForReading';
import { MINIMAL_STYLES } from './stylesPatch';
import { relationshipsOf, relativePath, relsNameOf, workbookPartsOf } from './workbookParts';
import { PartSet, readParts, writeParts, type PackagePart } from './zip';
import type { Inflate } from './zipDirectory';
import { attr, elements, prefixOf, withAttr } from './xml';
import { packageErrors } from './packageErrors';

export const READ_LIMITS = {
  /** Cells (<c> elements) in the whole workbook: real forms hold thousands; exceljs needs ~1 KB each. */
  cells: 300_000,
  /** Uncompressed XML of all parts together, from the zip's central directory. */
  xmlBytes: 200 * 1024 * 1024,
};

export interface ReaderCopy {
  bytes: Uint8Array;
  /** The name exceljs sees → the sheet's real name, for the sheets renamed to fit exceljs. */
  realNames: Map<string, string>;
}

const MAX_NAME = 31;

export function readerCopy(input: Uint8Array, limits = READ_LIMITS): ReaderCopy {
  const read = readerParts(input, limits);
  return { bytes: read.changed ? writeParts(read.parts.parts, 1) : input, realNames: read.realNames };
}

export interface ReaderParts {
  /** The package's parts, checked and normalised as exceljs is given them. */
  parts: PartSet;
  /** Whether any part differs from the input. */
  changed: boolean;
  realNames: Map<string, string>;
  /** Each worksheet part's rows and cells as the check scanned them, for the fast reader (see scanCells). */
  scans: Map<string, CellScan>;
}

/** The checks and normalisations of readerCopy, without writing the zip back (the fast reader reads the parts). */
export function readerParts(input: Uint8Array, limits = READ_LIMITS, inflate?: Inflate): ReaderParts {
  refuseTooManyCells(input, limits.cells);
  const parts = new PartSet(readParts(input, limits.xmlBytes, inflate));
  let changed = false;
  const where = workbookPartsOf(parts);
  for (const part of parts.parts) {
    if (/\.(xml|rels|vml)$/i.test(part.name)) checkEncoding(parts, part);
  }
  const realNames = new Map<string, string>();
  const workbookXml = parts.text(where.workbook) as string;
  let renamed = workbookXml;
  let n = 0;
  for (const name of where.sheets.keys()) {
    if (name.length <= MAX_NAME) continue;
    let short: string;
    do short = `${name.slice(0, MAX_NAME - 4)}~${++n}`;
    while (where.sheets.has(short));
    realNames.set(short, name);
    renamed = renamed.replace(/<([\w.-]*:)?sheet\s[^>]*>/g, (tag) => (attr(tag, 'name') === name ? withAttr(tag, 'name', short) : tag));
  }
  if (renamed !== workbookXml) {
    parts.setText(where.workbook, renamed);
    changed = true;
  }
  changed = relativeTargets(parts) || changed;

  const shared = relationshipsOf(parts, where.workbook).find((rel) => rel.type.endsWith('/sharedStrings'));
  const sharedXml = shared && parts.text(shared.target);
  let stylesXml = where.styles && parts.text(where.styles);
  if (stylesXml === undefined) {
    // exceljs cannot read cells without a styles part; Excel shows them in its default format.
    stylesXml = MINIMAL_STYLES;
    addPart(parts, where.workbook, `${where.workbook.slice(0, where.workbook.lastIndexOf('/') + 1)}styles.xml`, MINIMAL_STYLES, STYLES_TYPE, STYLES_REL);
    changed = true;
  }
  const context = {
    sharedStrings: sharedXml ? countOf(sharedXml, 'si') : 0,
    formats: stylesXml ? countOf(elements(stylesXml, `${prefixOf(stylesXml, 'styleSheet')}cellXfs`)[0]?.text ?? '', 'xf') : 0,
    limit: limits.cells,
  };
  let cells = 0;
  const scans = new Map<string, CellScan>();
  for (const [sheet, part] of where.sheets) {
    const xml = parts.text(part);
    if (xml === undefined) throw packageErrors.missingSheet(sheet);
    if (sharedXml === undefined && /<([\w.-]+:)?c\s[^>]*\bt="s"/.test(xml)) throw packageErrors.missingSharedStrings();
    const read = sheetForReading(withoutMissingParts(parts, part, xml), { ...context, sheet, allowed: limits.cells - cells });
    cells += read.cells;
    if (read.scan) scans.set(part, read.scan);
    if (read.xml !== xml) {
      parts.setText(part, read.xml);
      changed = true;
    }
  }
  return { parts, changed, realNames, scans };
}

function countOf(xml: string, local: string): number {
  return xml.match(new RegExp(`<([\\w.-]+:)?${local}[\\s/>]`, 'g'))?.length ?? 0;
}

/**
 * The sheet without its links to parts that are not in the package (a drawing, comments, a table) or
 * to relationships that are not there: the reader needs none of them to check the forms, and exceljs
 * stops at the first one missing.
 */
function withoutMissingParts(parts: PartSet, part: string, xml: string): string {
  const rels = relationshipsOf(parts, part);
  const missing = rels.filter((rel) => !rel.external && !parts.get(rel.target));
  const known = new Set(rels.filter((rel) => !missing.includes(rel)).map((rel) => rel.id));
  if (missing.length) {
    const relsName = relsNameOf(part);
    const ids = new Set(missing.map((rel) => rel.id));
    const text = parts.text(relsName) as string;
    parts.setText(relsName, text.replace(/<([\w.-]+:)?Relationship\s[^>]*>/g, (tag) => (ids.has(attr(tag, 'Id') ?? '') ? '' : tag)));
  }
  const linked = /<([\w.-]+:)?(drawing|legacyDrawing|legacyDrawingHF|tablePart|picture|hyperlink|control|oleObject)\s[^>]*>/g;
  return xml.replace(linked, (tag) => {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (id === undefined || known.has(id)) return tag;
    // A hyperlink keeps its place in the sheet without its target; the others go.
    return /hyperlink\s/.test(tag) ? tag.replace(/\s[\w.-]+:id\s*=\s*"[^"]*"/, '') : tag.endsWith('/>') ? '' : tag;
  });
}

const LATIN1 = new TextDecoder('latin1');

/** Only UTF-8 and UTF-16 are valid for the parts of a package; other encodings are said, not misread. */
function checkEncoding(parts: PartSet, part: PackagePart): void {
  const { name, data } = part;
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return;
  const head = LATIN1.decode(data.subarray(0, 100));
  const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  if (declared && !/^utf-?(8|16)$/i.test(declared)) throw packageErrors.encoding(name, declared);
  try {
    parts.partText(part, true); // kept: the reader decodes each part once
  } catch {
    throw packageErrors.notUtf8(name);
  }
}

/** Absolute targets ("/xl/worksheets/sheet1.xml") rewritten relative to their source part. */
function relativeTargets(parts: PartSet): boolean {
  let changed = false;
  for (const part of [...parts.parts]) {
    const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(part.name);
    if (!match) continue;
    const folder = match[1];
    const xml = parts.text(part.name) as string;
    const fixed = xml.replace(/<([\w.-]*:)?Relationship\s[^>]*>/g, (tag) => {
      const target = attr(tag, 'Target');
      if (!target?.startsWith('/') || attr(tag, 'TargetMode') === 'External') return tag;
      return withAttr(tag, 'Target', relativePath(folder, target.slice(1)));
    });
    if (fixed !== xml) {
      parts.setText(part.name, fixed);
      changed = true;
    }
  }
  return changed;
}

