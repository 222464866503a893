// What the reader (exceljs) is given: the input's package checked against limits before anything is
// parsed, and normalised where valid files trip exceljs — sheet names longer than Excel's 31 characters
// (LibreOffice writes them), absolute relationship targets (openpyxl), rows and cells without r, merges
// reaching far past the cells (a merge is not content). Parts that cannot be read end as a PackageError
// with the real cause, never as a workbook read without them. The user's file is never changed.
import { parseRange, rangeToA1, toA1 } from '../../engine/a1';
import { relationshipsOf, workbookPartsOf } from './workbookParts';
import { PartSet, readParts, writeParts } from './zip';
import { attr, prefixOf, withAttr } from './xml';
import { formatCount, packageErrors } from './packageErrors';

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
  const parts = new PartSet(readParts(input, limits.xmlBytes));
  let changed = false;
  const where = workbookPartsOf(parts);
  for (const part of parts.parts) {
    if (/\.(xml|rels|vml)$/i.test(part.name)) checkEncoding(part.name, part.data);
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

  const usesSharedStrings = { value: false };
  let cells = 0;
  for (const [sheet, part] of where.sheets) {
    const xml = parts.text(part);
    if (xml === undefined) throw packageErrors.missingSheet(sheet);
    const read = normaliseSheet(xml, limits.cells - cells);
    cells += read.cells;
    if (read.sharedStrings) usesSharedStrings.value = true;
    if (read.xml !== xml) {
      parts.setText(part, read.xml);
      changed = true;
    }
  }
  const shared = relationshipsOf(parts, where.workbook).find((rel) => rel.type.endsWith('/sharedStrings'));
  if (usesSharedStrings.value && (!shared || !parts.get(shared.target))) throw packageErrors.missingSharedStrings();
  return { bytes: changed ? writeParts(parts.parts, 1) : input, realNames };
}

/** Only UTF-8 and UTF-16 are valid for the parts of a package; other encodings are said, not misread. */
function checkEncoding(name: string, data: Uint8Array): void {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return;
  const head = new TextDecoder('latin1').decode(data.subarray(0, 100));
  const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  if (declared && !/^utf-?(8|16)$/i.test(declared)) throw packageErrors.encoding(name, declared);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw packageErrors.encoding(name, 'UTF-8?');
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

function relativePath(folder: string, target: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

interface SheetRead {
  xml: string;
  cells: number;
  sharedStrings: boolean;
}

/**
 * Counts cells (refusing past `allowed`, as soon as it is passed), gives every row and cell its r, and
 * clips merges to the rows and columns holding cells.
 */
function normaliseSheet(xml: string, allowed: number): SheetRead {
  const p = prefixOf(xml, 'worksheet');
  let cells = 0;
  let sharedStrings = false;
  let bottom = 0;
  let right = 0;
  let row = 0;
  const rowPattern = new RegExp(`<${p}row(?=[\\s/>])[^>]*>`, 'g');
  const cellPattern = new RegExp(`<${p}c(?=[\\s/>])[^>]*>`, 'g');
  let col = 0;
  // One pass over the start tags of rows and cells, in document order.
  const tags = new RegExp(`${rowPattern.source}|${cellPattern.source}`, 'g');
  const out = xml.replace(tags, (tag) => {
    if (tag.startsWith(`<${p}row`)) {
      const r = attr(tag, 'r');
      row = r ? Number(r) : row + 1;
      col = 0;
      bottom = Math.max(bottom, row);
      return r ? tag : withAttr(tag, 'r', String(row));
    }
    if (++cells > allowed) throw packageErrors.tooManyCells(formatCount(READ_LIMITS.cells));
    if (attr(tag, 't') === 's') sharedStrings = true;
    const r = attr(tag, 'r');
    const letters = r ? /^\$?([A-Za-z]{1,3})/.exec(r)?.[1] : undefined;
    col = letters ? parseRange(r as string).left : col + 1;
    right = Math.max(right, col);
    return letters ? tag : withAttr(tag, 'r', toA1(row, col));
  });
  const clipped = out.replace(new RegExp(`<${p}mergeCell\\s[^>]*>`, 'g'), (tag) => {
    const ref = attr(tag, 'ref');
    if (!ref) return tag;
    try {
      const m = parseRange(ref);
      if (m.bottom <= bottom && m.right <= right) return tag;
      if (m.top > bottom || m.left > right) return '';
      const inside = { ...m, bottom: Math.min(m.bottom, Math.max(bottom, m.top)), right: Math.min(m.right, Math.max(right, m.left)) };
      return withAttr(tag, 'ref', rangeToA1(inside));
    } catch {
      return tag;
    }
  });
  return { xml: clipped, cells, sharedStrings };
}
