// Edits of a WorkbookSpec that later tests use to break or move the seed: each returns a new spec
// and leaves its input untouched. Formulas are not rewritten (the seed has none).
import { columnLetters, columnNumber, parseA1, parseRange, rangeToA1, toA1, type RangeRef } from '../engine/a1';
import type { CellSpec, CellValue, SheetSpec, WorkbookSpec } from '../engine/schema';

export function cloneSpec(spec: WorkbookSpec): WorkbookSpec {
  return JSON.parse(JSON.stringify(spec)) as WorkbookSpec;
}

/** A copy of the spec with one sheet replaced by what `edit` makes of (a copy of) it. */
export function editSheet(spec: WorkbookSpec, sheetName: string, edit: (sheet: SheetSpec) => SheetSpec): WorkbookSpec {
  const copy = cloneSpec(spec);
  const index = copy.sheets.findIndex((s) => s.name === sheetName);
  if (index < 0) throw new Error(`No sheet named ${sheetName}`);
  copy.sheets[index] = edit(copy.sheets[index]);
  return copy;
}

/**
 * Puts a cell. A bare value replaces the cell's value, formula and number format but keeps its
 * style (as typing into a cell does); a CellSpec replaces the cell entirely.
 */
export function setCell(spec: WorkbookSpec, sheetName: string, a1: string, cell: CellSpec | CellValue): WorkbookSpec {
  return editSheet(spec, sheetName, (sheet) => {
    const { row, col } = parseA1(a1);
    const address = toA1(row, col);
    const old = sheet.cells[address];
    sheet.cells[address] = typeof cell === 'object' ? cell : old?.style ? { value: cell, style: old.style } : { value: cell };
    return sheet;
  });
}

export function clearCell(spec: WorkbookSpec, sheetName: string, a1: string): WorkbookSpec {
  return editSheet(spec, sheetName, (sheet) => {
    const { row, col } = parseA1(a1);
    delete sheet.cells[toA1(row, col)];
    return sheet;
  });
}

/** Every address moved by (rows, cols): cells, merges, validations, print area and column widths. */
export function shiftSheet(sheet: SheetSpec, rows: number, cols: number): SheetSpec {
  return mapAddresses(sheet, (r, c) => ({ row: r + rows, col: c + cols }), (range) => ({
    top: range.top + rows,
    bottom: range.bottom + rows,
    left: range.left + cols,
    right: range.right + cols,
  }), (col) => col + cols);
}

/** Inserts `count` empty rows before `beforeRow`, as Excel does: areas spanning the insertion grow. */
export function insertRows(spec: WorkbookSpec, sheetName: string, beforeRow: number, count = 1): WorkbookSpec {
  const move = (r: number) => (r >= beforeRow ? r + count : r);
  return editSheet(spec, sheetName, (sheet) =>
    mapAddresses(sheet, (r, c) => ({ row: move(r), col: c }), (range) => ({
      ...range,
      top: move(range.top),
      bottom: range.bottom >= beforeRow ? range.bottom + count : range.bottom,
    }), (col) => col),
  );
}

/** Inserts `count` empty columns before `beforeCol` (a number or letters). */
export function insertColumns(spec: WorkbookSpec, sheetName: string, beforeCol: number | string, count = 1): WorkbookSpec {
  const before = typeof beforeCol === 'number' ? beforeCol : columnNumber(beforeCol);
  const move = (c: number) => (c >= before ? c + count : c);
  return editSheet(spec, sheetName, (sheet) =>
    mapAddresses(sheet, (r, c) => ({ row: r, col: move(c) }), (range) => ({
      ...range,
      left: move(range.left),
      right: range.right >= before ? range.right + count : range.right,
    }), move),
  );
}

function mapAddresses(
  sheet: SheetSpec,
  cell: (row: number, col: number) => { row: number; col: number },
  range: (range: RangeRef) => RangeRef,
  column: (col: number) => number,
): SheetSpec {
  const cells: Record<string, CellSpec> = {};
  for (const [address, spec] of Object.entries(sheet.cells)) {
    const { row, col } = parseA1(address);
    const moved = cell(row, col);
    cells[toA1(moved.row, moved.col)] = spec;
  }
  const mapRange = (a1: string) => rangeToA1(range(parseRange(a1)));
  const columnWidths: Record<string, number> = {};
  for (const [letters, width] of Object.entries(sheet.columnWidths)) columnWidths[columnLetters(column(columnNumber(letters)))] = width;
  const moved: SheetSpec = {
    ...sheet,
    cells,
    merges: sheet.merges.map(mapRange),
    columnWidths,
    validations: sheet.validations.map((v) => ({ ...v, range: mapRange(v.range) })),
  };
  if (sheet.printArea !== undefined) moved.printArea = mapRange(sheet.printArea);
  return moved;
}
