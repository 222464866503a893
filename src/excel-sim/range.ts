// Range, its format, data validation and merged areas in the simulated Excel.
// Reference: https://learn.microsoft.com/javascript/api/excel/excel.range (and the linked classes).
import { quoteSheetName, rangeToA1, toA1, type RangeRef } from '../engine/a1';
import { coerceEntry } from './coerce';
import { SimContext, SimObject, fail, jsonBytes, MAX_CELLS_PER_GET } from './context';
import { SimConditionalFormatCollection } from './conditionalFormats';
import { guardProtection } from './guard';
import { cellGrid, overlaps, writeEntry, type SimSheet } from './model';
import { SimDataValidation, SimRangeFormat } from './rangeFormat';
import { simError } from './simErrors';
import type { SimWorksheet } from './worksheet';

const GRIDS = new Set(['values', 'text', 'formulas', 'numberFormat']);
/** More merged areas than this and getMergedAreasOrNullObject fails outright (kept from the adapter's notes). */
const MAX_MERGED_AREAS = 512;

export class SimRange extends SimObject {
  readonly format: SimRangeFormat;
  readonly conditionalFormats: SimConditionalFormatCollection;
  readonly dataValidation: SimDataValidation;
  private nullable?: () => boolean;
  constructor(
    ctx: SimContext,
    readonly worksheet: SimWorksheet,
    private locate: () => RangeRef,
  ) {
    super(ctx, worksheet);
    this.format = new SimRangeFormat(this);
    this.conditionalFormats = new SimConditionalFormatCollection(ctx, worksheet, () => [this.area('conditionalFormats')]);
    this.dataValidation = new SimDataValidation(this);
  }

  markNullable(exists: () => boolean): void {
    this.nullable = exists;
    this.queueNullness(exists);
  }

  area(where: string): RangeRef {
    this.checkPath(where);
    return this.locate();
  }

  sheet(where: string): SimSheet {
    return this.worksheet.state(where);
  }

  protected read(names: string[]): Map<string, unknown> {
    if (this.nullable && !this.nullable()) return new Map([['isNullObject', true]]);
    const sheet = this.sheet('Range.load');
    const area = this.area('Range.load');
    const grid = cellGrid(area);
    const count = grid.length * (grid[0]?.length ?? 0);
    const values = new Map<string, unknown>([['isNullObject', false]]);
    for (const name of names) {
      if (name === 'address') values.set(name, `${quoteSheetName(sheet.name)}!${rangeToA1(area)}`);
      else if (name === 'rowCount') values.set(name, area.bottom - area.top + 1);
      else if (name === 'columnCount') values.set(name, area.right - area.left + 1);
      else if (GRIDS.has(name)) values.set(name, count > MAX_CELLS_PER_GET ? null : grid.map((row) => row.map((a) => cellGridValue(sheet, a, name))));
      else fail('InvalidArgument', `Range.load(${name})`);
      if (this.ctx.measuring) this.ctx.addResponse(jsonBytes(values.get(name)));
    }
    return values;
  }

  get address(): string {
    return this.get$('address');
  }
  get rowCount(): number {
    return this.get$('rowCount');
  }
  get columnCount(): number {
    return this.get$('columnCount');
  }
  get values(): unknown[][] {
    return this.get$('values');
  }
  set values(grid: unknown[][]) {
    this.writeGrid('values', grid);
  }
  get text(): string[][] {
    return this.get$('text');
  }
  get formulas(): unknown[][] {
    return this.get$('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid('formulas', grid);
  }
  get numberFormat(): string[][] {
    return this.get$('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    this.writeGrid('numberFormat', grid);
  }

  private writeGrid(what: 'values' | 'formulas' | 'numberFormat', grid: unknown[][]): void {
    const where = `Range.${what}`;
    this.ctx.enqueue(where, () => {
      const sheet = this.sheet(where);
      const area = this.area(where);
      const cells = cellGrid(area);
      if (!Array.isArray(grid) || grid.length !== cells.length || grid.some((row, r) => !Array.isArray(row) || row.length !== cells[r].length)) {
        throw simError('InvalidArgument', where);
      }
      guardProtection(sheet, area, what === 'numberFormat' ? 'format' : 'content', where);
      cells.forEach((row, r) =>
        row.forEach((address, c) => {
          const cell = sheet.touch(address);
          if (what === 'numberFormat') cell.numberFormat = String(grid[r][c]);
          else {
            writeEntry(cell, coerceEntry(grid[r][c], cell.numberFormat));
            breakSpill(sheet, address);
          }
        }),
      );
      if (what !== 'numberFormat') this.ctx.wb.emitChange(sheet, rangeToA1(area));
    }, { requestBytes: this.ctx.measuring ? jsonBytes(grid) : 0 });
  }

  /** Range.merge(across): merged areas may not overlap (Excel refuses with InvalidOperation). */
  merge(across = false): void {
    this.ctx.enqueue('Range.merge', () => {
      const sheet = this.sheet('Range.merge');
      const area = this.area('Range.merge');
      guardProtection(sheet, area, 'format', 'Range.merge');
      const rows = across ? cellGrid(area).map((_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
      for (const rect of rows) {
        if (sheet.merges.some((m) => overlaps(m, rect))) throw simError('InvalidOperation', 'Range.merge');
        sheet.merges.push(rect);
      }
    });
  }

  /** Range.clear(applyTo): "Contents" keeps formats, "Formats" keeps values, "All" removes both. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.ctx.enqueue('Range.clear', () => {
      const sheet = this.sheet('Range.clear');
      const area = this.area('Range.clear');
      guardProtection(sheet, area, applyTo === 'Formats' ? 'format' : 'content', 'Range.clear');
      for (const [address, cell] of [...sheet.cells]) {
        if (!overlaps(parseCell(address), area)) continue;
        if (applyTo !== 'Formats') Object.assign(cell, { value: '', formula: undefined, prefixed: undefined });
        if (applyTo !== 'Contents') Object.assign(cell, { numberFormat: undefined, fill: undefined });
      }
    });
  }

  select(): void {
    this.ctx.enqueue('Range.select', () => {
      const sheet = this.sheet('Range.select');
      if (sheet.name !== this.ctx.wb.activeSheet) throw simError('InvalidOperation', 'Range.select');
      this.ctx.wb.selected = `${sheet.name}!${rangeToA1(this.area('Range.select'))}`;
    });
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): SimRangeAreas {
    const merged = () => {
      const sheet = this.sheet('getMergedAreas');
      const area = this.area('getMergedAreas');
      const within = sheet.merges.filter((m) => overlaps(m, area));
      if (within.length > MAX_MERGED_AREAS) throw simError('GeneralException', 'getMergedAreasOrNullObject');
      return within;
    };
    this.ctx.enqueue('getMergedAreasOrNullObject', () => undefined, { api: '1.13' });
    const areas = new SimRangeAreas(this.ctx, this.worksheet, merged);
    areas.markNullable(() => merged().length > 0);
    return areas;
  }

  /** Range.getSpillParentOrNullObject (ExcelApi 1.12): the anchor of the dynamic array over this cell. */
  getSpillParentOrNullObject(): SimRange {
    const anchor = () => {
      const sheet = this.sheet('getSpillParent');
      const area = this.area('getSpillParent');
      const spill = sheet.cell(toA1(area.top, area.left))?.spillAnchor;
      return spill ? parseCell(spill) : null;
    };
    this.ctx.enqueue('getSpillParentOrNullObject', () => undefined, { api: '1.12' });
    const parent = new SimRange(this.ctx, this.worksheet, () => anchor() ?? fail('ItemNotFound', 'getSpillParent'));
    parent.markNullable(() => anchor() !== null);
    return parent;
  }
}

/** Writing into a spill range blocks the dynamic array: its anchor shows #SPILL!. */
function breakSpill(sheet: SimSheet, address: string): void {
  const cell = sheet.cell(address);
  if (!cell?.spillAnchor || cell.spillAnchor === address) return;
  const anchor = sheet.touch(cell.spillAnchor);
  anchor.value = '#SPILL!';
  delete cell.spillAnchor;
}

function parseCell(address: string): RangeRef {
  const m = /^([A-Z]+)(\d+)$/.exec(address) ?? fail('InvalidArgument', address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { top: +m[2], bottom: +m[2], left: col, right: col };
}

function cellGridValue(sheet: SimSheet, address: string, grid: string): unknown {
  const cell = sheet.cell(address);
  if (grid === 'numberFormat') return cell?.numberFormat ?? 'General';
  if (!cell) return '';
  if (grid === 'values') return cell.value;
  if (grid === 'text') return sheet.text(address);
  // Range.formulas gives a constant's value, without the apostrophe prefix (office-js#6687).
  return cell.formula ?? cell.value;
}

/** RangeAreas (ExcelApi 1.9): several rectangles; conditional formats and `areas`. */
export class SimRangeAreas extends SimObject {
  readonly conditionalFormats: SimConditionalFormatCollection;
  readonly areas: SimObject & { items: { address: string }[] };
  private nullable?: () => boolean;
  constructor(
    ctx: SimContext,
    readonly worksheet: SimWorksheet,
    private locate: () => RangeRef[],
  ) {
    super(ctx, worksheet);
    ctx.enqueue('RangeAreas', () => undefined, { api: '1.9' });
    this.conditionalFormats = new SimConditionalFormatCollection(ctx, worksheet, () => this.rects());
    this.areas = new SimAreas(ctx, this, () => this.rects().map((r) => `${quoteSheetName(worksheet.state('areas').name)}!${rangeToA1(r)}`));
  }
  rects(): RangeRef[] {
    this.checkPath('RangeAreas');
    return this.locate();
  }
  markNullable(exists: () => boolean): void {
    this.nullable = exists;
    this.queueNullness(exists);
  }
  protected read(names: string[]): Map<string, unknown> {
    if (this.nullable && !this.nullable()) return new Map([['isNullObject', true]]);
    return new Map<string, unknown>([['isNullObject', false], ...names.map((n): [string, unknown] => [n, n === 'address' ? this.rects().map(rangeToA1).join(',') : fail('InvalidArgument', n)])]);
  }
}

class SimAreas extends SimObject {
  constructor(
    ctx: SimContext,
    parent: SimObject,
    private addresses: () => string[],
  ) {
    super(ctx, parent);
  }
  protected read(names: string[]): Map<string, unknown> {
    if (names.some((n) => n !== 'items/address')) fail('InvalidArgument', `areas.load(${names.join()})`);
    const items = this.addresses().map((address) => ({ address }));
    if (this.ctx.measuring) this.ctx.addResponse(jsonBytes(items));
    return new Map([['items', items]]);
  }
  get items(): { address: string }[] {
    return this.get$('items');
  }
}
