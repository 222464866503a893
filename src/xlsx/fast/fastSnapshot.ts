// .xlsx parts (as readerParts checked and normalised them) → the WorkbookSnapshot, the ignored
// findings and the column roles, without exceljs: the same reading as snapshotFromExcelJs gives,
// proven on every workbook the tests hold (test/unit/fastReader*.test.ts). A part of a shape this
// reader does not know throws FastReadUnsupported, and the caller reads the file through exceljs.
import { rangeToA1 } from '../../engine/a1';
import { COLUMN_ROLES_FIRST_COLUMN, COLUMN_ROLES_TITLES, parseColumnRoleRows } from '../../engine/columnRolesSheet';
import { IGNORED_SHEET, parseIgnoredRows } from '../../engine/ignoredSheet';
import type { ColumnOverride, IgnoredFinding, WorkbookSnapshot } from '../../engine/schema';
import type { ReaderParts } from '../package/readerCopy';
import { xmlErrorLine } from '../package/wellFormed';
import { relationshipsOf, relsNameOf } from '../package/workbookParts';
import { attr, elements, isPlainXml, parserLineEnds } from '../package/xml';
import type { PartSet } from '../package/zip';
import { sharedStrings } from './sharedStrings';
import { sheetCells, xmlDecode, type SheetCell, type SheetContext } from './sheetCells';
import { sheetSnapshot } from './sheetSnapshot';
import { cellFormatCodes } from './styles';
import { unsupported } from './unsupported';

export interface FastRead {
  snapshot: WorkbookSnapshot;
  ignored: IgnoredFinding[];
  columnRoles: ColumnOverride[];
}

const WORKBOOK = 'xl/workbook.xml';

export function fastRead({ parts, realNames, scans }: ReaderParts): FastRead {
  if (parts.parts.some((part) => part.name.startsWith('/'))) unsupported('part names with a leading slash');
  // exceljs stops at any XML part it parses that is not well-formed (themes it keeps as text); such a
  // file is left to it, for its error.
  for (const part of parts.parts) {
    if (/\.(xml|rels|vml)$/i.test(part.name) && !part.name.startsWith('xl/theme/') && xmlErrorLine(parts.text(part.name) as string) !== undefined) unsupported(`${part.name} is not well-formed`);
  }
  const workbookXml = exactText(parts, WORKBOOK) ?? unsupported('workbook part elsewhere');
  if (!isPlainXml(workbookXml) || /<[\w.-]+:(workbook|sheets|sheet|workbookPr)[\s/>]/.test(workbookXml)) unsupported('workbook markup');
  const office = relationshipsOf(parts, '').find((rel) => rel.type.endsWith('/officeDocument'));
  if (office && office.target !== WORKBOOK) unsupported('workbook part elsewhere');
  const rels = relationshipsOf(parts, WORKBOOK);
  const date1904 = attr(elements(workbookXml, 'workbookPr')[0]?.tag ?? '', 'date1904') === '1';
  const context: SheetContext = {
    strings: sharedStrings(fixedPart(parts, rels, 'sharedStrings', 'xl/sharedStrings.xml')),
    formats: cellFormatCodes(fixedPart(parts, rels, 'styles', 'xl/styles.xml')),
    date1904,
  };
  const rawTargets = rawRelTargets(parts.text('xl/_rels/workbook.xml.rels'));
  const sheets: FastRead['snapshot']['sheets'] = [];
  let record: SheetCell[] | undefined;
  const sheetIds = new Set<number>();
  for (const { tag } of elements(workbookXml, 'sheet')) {
    // exceljs keeps its sheets by sheetId: a missing, zero or repeated id loses a sheet there.
    const sheetId = parseInt(attr(tag, 'sheetId') ?? '', 10);
    if (!(sheetId > 0) || sheetIds.has(sheetId)) unsupported('sheet ids');
    sheetIds.add(sheetId);
    const attrName = attr(tag, 'name') ?? unsupported('sheet without a name');
    if (/[\t\n\r]/.test(attrName)) unsupported('sheet name with line breaks');
    const rawName = xmlDecode(attrName); // exceljs decodes sheet names a second time
    const target = rawTargets.get(tag.match(/\sr:id\s*=\s*"([^"]*)"/)?.[1] ?? '');
    if (target === undefined) continue;
    const key = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(key) || !parts.get(key)) continue; // a chartsheet: exceljs has no sheet for it
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(key) || exactText(parts, key) === undefined) unsupported('worksheet part name');
    const xml = exactText(parts, key) as string;
    const read = sheetCells(xml, context, rawRelTargets(exactRels(parts, key)), scans.get(key));
    const name = realNames.get(rawName) ?? rawName;
    if (rawName === IGNORED_SHEET && attr(tag, 'state') === 'veryHidden') {
      if (read.merges.length > 0 || /<hyperlink\s/.test(xml)) unsupported('merges or links on the record sheet');
      record = read.cells;
      continue;
    }
    sheets.push(sheetSnapshot(name, read));
  }
  if (sheets.length === 0 && !record) unsupported('no worksheets');
  return { snapshot: { sheets }, ignored: ignoredOf(record), columnRoles: columnRolesOf(record) };
}

/** A part exceljs reads by its fixed name only: the relationship must point there, or to nothing of that kind. */
function fixedPart(parts: PartSet, rels: ReturnType<typeof relationshipsOf>, kind: string, name: string): string | undefined {
  const rel = rels.find((r) => r.type.endsWith(`/${kind}`));
  if (rel && rel.target !== name) unsupported(`${kind} part elsewhere`);
  const part = parts.get(name);
  if (!part) return undefined;
  if (part.name !== name || !rel) unsupported(`${kind} part not linked as exceljs finds it`);
  return exactText(parts, name);
}

function exactText(parts: PartSet, name: string): string | undefined {
  const part = parts.get(name);
  if (!part || part.name !== name) return undefined;
  if ((part.data[0] === 0xff && part.data[1] === 0xfe) || (part.data[0] === 0xfe && part.data[1] === 0xff)) unsupported('UTF-16 part');
  const text = parts.text(name);
  return text === undefined ? undefined : parserLineEnds(text);
}

/** A worksheet's relationships part, read as exceljs finds it (by its fixed name). */
function exactRels(parts: PartSet, sheetPart: string): string | undefined {
  const name = relsNameOf(sheetPart);
  const part = parts.get(name);
  if (part && part.name !== name) unsupported('relationships part name');
  return part && parserLineEnds(parts.text(name) as string);
}

/** Relationship id → Target as written (exceljs resolves it itself). */
function rawRelTargets(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  if (!isPlainXml(xml) || /<[\w.-]+:Relationship[\s/>]/.test(xml)) unsupported('relationships markup');
  for (const { tag } of elements(xml, 'Relationship')) targets.set(attr(tag, 'Id') ?? '', attr(tag, 'Target') ?? '');
  return targets;
}

/** The record sheet's cells as text from row 1 (columns first..last), as exceljs's cell.text gives them. */
function recordRows(cells: SheetCell[], first: number, last: number): unknown[][] {
  const rows: string[][] = [];
  for (const cell of cells) {
    if (cell.col < first || cell.col > last) continue;
    const row = (rows[cell.row - 1] ??= Array<string>(last - first + 1).fill(''));
    row[cell.col - first] = recordText(cell);
  }
  return Array.from(rows, (row) => row ?? []);
}

function recordText(cell: SheetCell): string {
  if (cell.formula !== undefined) unsupported('formula on the record sheet');
  if (cell.value === null) return '';
  if (typeof cell.value === 'string') return cell.value;
  if (typeof cell.value === 'number') return cell.value.toString();
  return unsupported('record sheet value');
}

function ignoredOf(record: SheetCell[] | undefined): IgnoredFinding[] {
  return record ? parseIgnoredRows(recordRows(record, 1, 5))?.ignored ?? [] : [];
}

function columnRolesOf(record: SheetCell[] | undefined): ColumnOverride[] {
  return record ? parseColumnRoleRows(recordRows(record, COLUMN_ROLES_FIRST_COLUMN, COLUMN_ROLES_FIRST_COLUMN + COLUMN_ROLES_TITLES.length - 1)) : [];
}

export { rangeToA1 };
