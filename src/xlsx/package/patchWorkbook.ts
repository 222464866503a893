// The checked copy of a workbook, made by patching its package rather than re-writing it: every part
// is copied unchanged except those the patch is for — styles.xml gains the highlight fills (appended),
// the flagged cells' style indexes are retargeted, planned values are written, and when values
// change the calculation chain is dropped and Excel is asked to recalculate on load. The same writer
// is meant to serve every command that hands a user a changed copy; comments (批注) are added as new
// comment and VML parts.
import { parseA1 } from '../../engine/a1';
import type { CellValue } from '../../engine/schema';
import { addComments, type CommentEdit } from './comments';
import { addPart, dropPart } from './contentParts';
import { extentOf, mergesOf, patchSheet, type CellEdit, type SheetEdits } from './sheetPatch';
import { MINIMAL_STYLES, StylesPatch } from './stylesPatch';
import { workbookPartsOf } from './workbookParts';
import { PackageError, PartSet, readParts, writeParts } from './zip';
import { elements, prefixOf, withAttr } from './xml';

export interface FillEdit {
  sheet: string;
  /** A1; a cell inside a merged area fills the whole area, as Excel formats a merged cell. */
  cell: string;
  /** "#RRGGBB" or "RRGGBB". */
  color: string;
}

export interface ValueEdit {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface WorkbookPatch {
  fills?: FillEdit[];
  values?: ValueEdit[];
  /** Notes (批注) on cells, as new comment and VML parts (or appended to the sheet's own). */
  comments?: CommentEdit[];
}

export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

export function patchWorkbook(input: Uint8Array, patch: WorkbookPatch): Uint8Array {
  const parts = new PartSet(readParts(input));
  const where = workbookPartsOf(parts);
  const fills = patch.fills ?? [];
  const values = (patch.values ?? []).filter((v) => where.sheets.has(v.sheet));
  let stylesName = where.styles;
  if (fills.length && (stylesName === undefined || !parts.get(stylesName))) {
    stylesName = `${where.workbook.slice(0, where.workbook.lastIndexOf('/') + 1)}styles.xml`;
    addPart(parts, where.workbook, stylesName, MINIMAL_STYLES, STYLES_TYPE, STYLES_REL);
  }
  const styles = new StylesPatch(stylesName ? (parts.text(stylesName) ?? MINIMAL_STYLES) : MINIMAL_STYLES);

  for (const [sheet, part] of where.sheets) {
    const sheetFills = fills.filter((f) => f.sheet === sheet);
    const sheetValues = values.filter((v) => v.sheet === sheet);
    const sheetComments = (patch.comments ?? []).filter((c) => c.sheet === sheet);
    if (!sheetFills.length && !sheetValues.length && !sheetComments.length) continue;
    const xml = parts.text(part);
    if (xml === undefined) throw new PackageError(`文件已损坏：找不到工作表「${sheet}」的部件`, `the file is damaged: the part of sheet "${sheet}" is missing`);
    const edits: SheetEdits = new Map();
    const edit = (row: number, col: number): CellEdit => {
      const cols = edits.get(row) ?? new Map<number, CellEdit>();
      edits.set(row, cols);
      const found = cols.get(col) ?? {};
      cols.set(col, found);
      return found;
    };
    for (const v of sheetValues) {
      const { row, col } = parseA1(v.cell);
      edit(row, col).value = v.value;
    }
    const extent = extentOf(xml);
    const merges = mergesOf(xml);
    for (const f of sheetFills) {
      const { row, col } = parseA1(f.cell);
      const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
      const area = merge
        ? { ...merge, bottom: Math.max(row, Math.min(merge.bottom, extent.bottom)), right: Math.max(col, Math.min(merge.right, extent.right)) }
        : { top: row, bottom: row, left: col, right: col };
      const rgb = f.color.replace(/^#/, '').toUpperCase();
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) edit(r, c).style = (base) => styles.filled(base, rgb);
      }
    }
    parts.setText(part, addComments(parts, part, patchSheet(xml, edits), sheetComments));
  }
  if (stylesName && styles.changed) parts.setText(stylesName, styles.toXml());
  if (values.length) recalculateOnLoad(parts, where.workbook, where.calcChain);
  return writeParts(parts.parts);
}

/** Cached results of formulas are stale once values change: Excel recomputes them all on opening. */
function recalculateOnLoad(parts: PartSet, workbook: string, calcChain: string | undefined): void {
  if (calcChain) dropPart(parts, workbook, calcChain);
  const xml = parts.text(workbook) as string;
  const p = prefixOf(xml, 'workbook');
  const calcPr = elements(xml, `${p}calcPr`)[0];
  if (calcPr) {
    parts.setText(workbook, xml.slice(0, calcPr.start) + withAttr(calcPr.tag, 'fullCalcOnLoad', '1') + xml.slice(calcPr.start + calcPr.tag.length));
    return;
  }
  // calcPr comes after definedNames and before the elements that may follow it in CT_Workbook.
  const element = `<${p}calcPr fullCalcOnLoad="1"/>`;
  for (const next of ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']) {
    const found = elements(xml, `${p}${next}`)[0];
    if (found) {
      parts.setText(workbook, xml.slice(0, found.start) + element + xml.slice(found.start));
      return;
    }
  }
  parts.setText(workbook, xml.replace(new RegExp(`</${p}workbook>\\s*$`), `${element}</${p}workbook>`));
}
