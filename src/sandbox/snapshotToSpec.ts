// A snapshot (from an .xlsx the user picked) as the sandbox's editable cell maps. The inverse of
// specToSnapshot: specToSnapshot(snapshotToSpec(s)) gives s back, so the engine sees the same workbook.
import { parseRange, toA1 } from '../engine/a1';
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
