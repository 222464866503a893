/**
 * A small fake of exactly the Office.js surface src/excel uses, where office-addin-mock cannot follow
 * (collections, RangeAreas, conditional formats, null objects). It behaves like Excel where it matters:
 * loaded properties are readable only after a sync (reading earlier throws, as Office.js does);
 * writes are queued and take effect at the next sync, in order, stopping at the first failing command
 * (earlier commands stay done, as in Excel); every sync is counted and every applied write and call is
 * recorded, so tests assert the real effects.
 */
import { columnLetters, parseA1, parseRange, quoteSheetName, rangeToA1, toA1, type RangeRef } from '../../src/engine/a1';
import type { SheetSnapshot } from '../../src/engine/schema';

export type Value = string | number | boolean;

export interface FakeCell {
  value: Value;
  formula?: string;
  text?: string;
  numberFormat?: string;
}

export interface FakeSheetSeed {
  name: string;
  cells: Record<string, FakeCell>;
  merges?: string[];
  protected?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeConditionalFormat {
  id: string;
  sheet: string;
  address: string;
  type: string;
  formula?: string;
  fill?: string;
}

export interface AppliedOp {
  /** "Sheet!A1", "Sheet", "workbook" or "cf:<id>". */
  target: string;
  /** A property path that was set ("format.fill.color", "values") or a method name with "()". */
  what: string;
  value?: unknown;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[];
  protected: boolean;
  validations: { address: string; what: string; value: unknown }[] = [];
  printArea?: string;
  columnWidths = new Map<string, number>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  constructor(
    public name: string,
    seed?: FakeSheetSeed,
  ) {
    for (const [address, cell] of Object.entries(seed?.cells ?? {})) this.cells.set(address, { ...cell });
    this.merges = [...(seed?.merges ?? [])];
    this.protected = seed?.protected ?? false;
    this.visibility = seed?.visibility ?? 'Visible';
  }
  cell(address: string): FakeCell | undefined {
    return this.cells.get(address);
  }
  usedRange(): RangeRef | null {
    const refs = [...this.cells.keys()].map((a) => parseA1(a));
    if (refs.length === 0) return null;
    return {
      top: Math.min(...refs.map((r) => r.row)),
      left: Math.min(...refs.map((r) => r.col)),
      bottom: Math.max(...refs.map((r) => r.row)),
      right: Math.max(...refs.map((r) => r.col)),
    };
  }
}

export class CodedError extends Error {
  constructor(
    public code: string,
    message = code,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** The workbook's state, shared by every context that runs over it. */
export class FakeWorkbook {
  sheets: FakeSheet[];
  conditionalFormats: FakeConditionalFormat[] = [];
  applied: AppliedOp[] = [];
  syncs = 0;
  runs: { delayForCellEdit?: boolean }[] = [];
  activeSheet?: string;
  selected?: string;
  /** Simulates Excel on the web's response cap: a sync loading more grid cells than this fails. */
  maxCellsPerSync = Infinity;
  /** Simulates the silent null of huge reads: a range over this many cells loads null grids. */
  nullGridsAbove = Infinity;
  /** Excel returns the merged areas of a range only up to this many. */
  maxMergedAreas = 512;
  private nextId = 1;

  constructor(seeds: FakeSheetSeed[]) {
    this.sheets = seeds.map((seed) => new FakeSheet(seed.name, seed));
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new CodedError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return sheet;
  }
  writableSheet(name: string): FakeSheet {
    const sheet = this.requireSheet(name);
    if (sheet.protected) throw new CodedError('InvalidOperation', 'The cell or chart is on a protected sheet.');
    return sheet;
  }
  newConditionalFormatId(): string {
    return `{CF-${this.nextId++}}`;
  }
  /** Makes the command that records `what` fail with this error code, as Excel would mid-batch. */
  failWhen?: { what: string; code: string };
  record(target: string, what: string, value?: unknown): void {
    if (this.failWhen && this.failWhen.what === what) throw new CodedError(this.failWhen.code);
    this.applied.push({ target, what, value });
  }
  /** Applied writes whose path names a cell format (fill, font, borders, alignment, wrap, width). */
  formatWrites(): AppliedOp[] {
    return this.applied.filter((op) => op.what.startsWith('format.'));
  }
}

export function sheetAddress(sheet: string, range: RangeRef): string {
  return `${quoteSheetName(sheet)}!${rangeToA1(range)}`;
}

export function cellsOf(range: RangeRef): string[][] {
  const rows: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: string[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(`${columnLetters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

export const WHOLE_SHEET: RangeRef = { top: 1, left: 1, bottom: 1048576, right: 16384 };

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function parseAreas(address: string): RangeRef[] {
  return address.split(',').map((part) => parseRange(part.trim()));
}

/** Every cell of a snapshot's grid, so the fake's used range is exactly the snapshot's. */
export function fakeSheetFromSnapshot(sheet: SheetSnapshot): FakeSheetSeed {
  const cells: Record<string, FakeCell> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      cells[toA1(sheet.origin.row + r, sheet.origin.col + c)] = {
        value,
        formula: sheet.formulas[r][c] || undefined,
        text: sheet.text[r][c],
        numberFormat: sheet.numberFormats[r][c],
      };
    }),
  );
  return { name: sheet.name, cells, merges: sheet.merges };
}
