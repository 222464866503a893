// Range, its format, data validation and merged areas in the simulated Excel.
// Reference: https://learn.microsoft.com/javascript/api/excel/excel.range (and the linked classes).
import { quoteSheetName, rangeToA1, toA1, type RangeRef } from '../engine/a1';
import { coerceEntry } from './coerce';
import { SimContext, SimObject, fail, jsonBytes, MAX_CELLS_PER_GET } from './context';
import { SimConditionalFormatCollection } from './conditionalFormats';
import { cellGrid, overlaps, writeEntry, type SimSheet } from './model';
import { simError } from './simErrors';
import type { SimWorksheet } from './worksheet';

const GRIDS = new Set(['values', 'text', 'formulas', 'numberFormat']);
/** More merged areas than this and getMergedAreasOrNullObject fails outright (kept from the adapter's notes). */
const MAX_MERGED_AREAS = 512;

/** Throws as Excel does when a protected sheet refuses a change of cell content or format. */
export function guardProtection(sheet: SimSheet, area: RangeRef | RangeRef[], kind: 'content' | 'format', where: string): void {
  if (!sheet.protection.protected) return;
  // WorksheetProtectionOptions.allowFormatCells lets formats change on a protected sheet.
  if (kind === 'format') {
    if (!sheet.protection.options.allowFormatCells) throw simError('InvalidOperation', where);
    return;
  }
  // Content: only unlocked cells (Range.format.protection.locked = false) take it.
  for (const rect of Array.isArray(area) ? area : [area]) {
    for (const row of cellGrid(rect)) for (const address of row) if (sheet.isLocked(address)) throw simError('InvalidOperation', where);
  }
}

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

/** Range.format: writes only (the adapter never reads formats back). Every write is a format change. */
class SimRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  readonly protection: SimFormatProtection;
  constructor(private range: SimRange) {
    const set = (what: string, apply?: (sheet: SimSheet, area: RangeRef, value: unknown) => void) => (value: unknown) =>
      range.ctx.enqueue(`format.${what}`, () => {
        const sheet = range.sheet(`format.${what}`);
        const area = range.area(`format.${what}`);
        guardProtection(sheet, area, 'format', `format.${what}`);
        apply?.(sheet, area, value);
      });
    const setFill = set('fill.color', (sheet, area, value) => cellGrid(area).flat().forEach((a) => (sheet.touch(a).fill = String(value))));
    this.fill = { set color(value: string) { setFill(value); }, get color(): string { return fail('PropertyNotLoaded', 'fill.color'); }, clear: () => set('fill.clear', (sheet, area) => cellGrid(area).flat().forEach((a) => delete sheet.touch(a).fill))(null) };
    this.font = writeOnly(set, 'font');
    this.borders = { getItem: (edge: string) => writeOnly(set, `borders.${edge}`) };
    this.protection = new SimFormatProtection(range);
  }
  set columnWidth(points: number) {
    this.range.ctx.enqueue('format.columnWidth', () => {
      const sheet = this.range.sheet('format.columnWidth');
      const area = this.range.area('format.columnWidth');
      guardProtection(sheet, area, 'format', 'format.columnWidth');
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set wrapText(_: boolean) {
    this.write('wrapText');
  }
  set horizontalAlignment(_: string) {
    this.write('horizontalAlignment');
  }
  set verticalAlignment(_: string) {
    this.write('verticalAlignment');
  }
  private write(what: string): void {
    this.range.ctx.enqueue(`format.${what}`, () => guardProtection(this.range.sheet(what), this.range.area(what), 'format', `format.${what}`));
  }
}

/**
 * Range.format.protection (ExcelApi 1.2): `locked` is true, false, or null when the cells differ
 * (https://learn.microsoft.com/javascript/api/excel/excel.formatprotection). Changing it is a format
 * change, refused on a protected sheet.
 */
class SimFormatProtection extends SimObject {
  constructor(private range: SimRange) {
    super(range.ctx, range);
  }
  protected read(names: string[]): Map<string, unknown> {
    const sheet = this.range.sheet('protection.load');
    const cells = cellGrid(this.range.area('protection.load')).flat();
    const locked = cells.map((a) => sheet.isLocked(a));
    const value = locked.every(Boolean) ? true : locked.some(Boolean) ? null : false;
    return new Map(names.map((n) => [n, n === 'locked' ? value : fail('InvalidArgument', `protection.load(${n})`)]));
  }
  get locked(): boolean | null {
    return this.get$('locked');
  }
  set locked(value: boolean | null) {
    this.ctx.enqueue('format.protection.locked', () => {
      const sheet = this.range.sheet('protection.locked');
      const area = this.range.area('protection.locked');
      guardProtection(sheet, area, 'format', 'format.protection.locked');
      for (const a of cellGrid(area).flat()) sheet.touch(a).locked = Boolean(value);
    });
  }
}

function writeOnly(set: (what: string) => (value: unknown) => void, prefix: string): Record<string, unknown> {
  return new Proxy({}, { set: (_, prop, value) => (set(`${prefix}.${String(prop)}`)(value), true) });
}

/** Range.dataValidation (ExcelApi 1.8). */
class SimDataValidation {
  constructor(private range: SimRange) {}
  private write(what: 'rule' | 'ignoreBlanks' | 'prompt', value: unknown): void {
    this.range.ctx.enqueue(`dataValidation.${what}`, () => {
      const sheet = this.range.sheet('dataValidation');
      const area = this.range.area('dataValidation');
      guardProtection(sheet, area, 'content', 'dataValidation');
      let entry = sheet.validations.find((v) => rangeToA1(v.area) === rangeToA1(area));
      if (!entry) sheet.validations.push((entry = { area }));
      (entry as unknown as Record<string, unknown>)[what] = value;
    }, { api: '1.8' });
  }
  set rule(value: unknown) {
    this.write('rule', value);
  }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value);
  }
  set prompt(value: unknown) {
    this.write('prompt', value);
  }
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
