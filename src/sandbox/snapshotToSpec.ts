// A snapshot (from an .xlsx the user picked) as the sandbox's editable cell maps. The inverse of
// specToSnapshot: specToSnapshot(snapshotToSpec(s)) gives s back, so the engine sees the same workbook.
import { parseRange, toA1 } from '../engine/a1';
import type { SheetFormatting } from '../xlsx/formattingFromExcelJs';
import type { CellSpec, SheetSnapshot, SheetSpec, WorkbookSnapshot, WorkbookSpec } from '../engine/schema';

export function snapshotToSpec(snapshot: WorkbookSnapshot): WorkbookSpec {
  return { sheets: snapshot.sheets.map(sheetToSpec) };
}

function sheetToSpec(sheet: SheetSnapshot): SheetSpec {
  const merges = sheet.merges.map((m) => parseRange(m));
  const covered = (row: number, col: number) =>
    merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  const cells: Record<string, CellSpec> = {};
  sheet.values.forEach((rowValues, r) =>
    rowValues.forEach((value, c) => {
      const row = sheet.origin.row + r;
      const col = sheet.origin.col + c;
      // A merge's other cells show the anchor; specToSnapshot fills them in again.
      if (covered(row, col)) return;
      const formula = sheet.formulas[r][c];
      const numFmt = sheet.numberFormats[r][c];
      // Empty cells are kept only for a number format of their own.
      if (value === '' && formula === '' && numFmt === 'General') return;
      const cell: CellSpec = { value };
      if (formula !== '') cell.formula = formula;
      if (numFmt !== 'General') cell.numFmt = numFmt;
      cells[toA1(row, col)] = cell;
    }),
  );
  return { name: sheet.name, cells, merges: [...sheet.merges], columnWidths: {}, validations: [] };
}

/**
 * The file's look over the cells read: widths, heights and styles. A styled empty cell is kept (with
 * the value '') so its fill shows; the engine sees no difference, as an empty cell holds nothing.
 */
export function withFormatting(spec: WorkbookSpec, formatting: Map<string, SheetFormatting>): WorkbookSpec {
  return {
    sheets: spec.sheets.map((sheet) => {
      const look = formatting.get(sheet.name);
      if (!look) return sheet;
      const merges = sheet.merges.map((m) => parseRange(m));
      const cells = { ...sheet.cells };
      for (const [address, style] of Object.entries(look.styles)) {
        const { top, left } = parseRange(address);
        // A merged area shows its anchor's look; the covered cells' own styles are hidden in Excel too.
        if (merges.some((m) => top >= m.top && top <= m.bottom && left >= m.left && left <= m.right && (top !== m.top || left !== m.left))) continue;
        cells[address] = { ...(cells[address] ?? { value: '' }), style };
      }
      const rowHeights = Object.keys(look.rowHeights).length > 0 ? { rowHeights: { ...look.rowHeights } } : {};
      return { ...sheet, cells, columnWidths: { ...look.columnWidths }, ...rowHeights };
    }),
  };
}
