/* Ranges, their formats, validations and merged areas in the fake (see fakeWorkbook.ts). */
import { parseRange, quoteSheetName, rangeToA1, type RangeRef } from '../../src/engine/a1';
import type { FakeContext, WorksheetProxy } from './fakeContext';
import { ConditionalFormatsProxy } from './fakeConditionalFormats';
import { FakeObject } from './fakeObject';
import { cellsOf, CodedError, FakeSheet, overlaps, parseAreas, sheetAddress, WHOLE_SHEET, type Value } from './fakeWorkbook';

export function parseAddress(address: string): RangeRef {
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(address);
  if (columns) {
    const { left } = parseRange(`${columns[1]}1`);
    const { right } = parseRange(`${columns[2]}1`);
    return { top: 1, left, bottom: 1048576, right };
  }
  return parseRange(address);
}

const GRIDS = ['values', 'text', 'formulas', 'numberFormat'];

export class RangeProxy extends FakeObject {
  readonly format: unknown;
  readonly conditionalFormats: ConditionalFormatsProxy;
  readonly dataValidation: unknown;
  constructor(
    ctx: FakeContext,
    private sheet: WorksheetProxy,
    private ref: RangeRef | 'used',
  ) {
    super(ctx);
    this.format = formatProxy(ctx, this, 'format');
    this.conditionalFormats = new ConditionalFormatsProxy(ctx, sheet, () => [this.area() ?? WHOLE_SHEET]);
    this.dataValidation = validationProxy(ctx, this);
  }
  autoLoad(): void {
    this.autoLoadNullness(() => this.area() !== null);
  }
  area(): RangeRef | null {
    return this.ref === 'used' ? this.sheet.state().usedRange() : this.ref;
  }
  target(): string {
    const area = this.area();
    return `${this.sheet.sheetName}!${area ? rangeToA1(area) : '(none)'}`;
  }
  protected resolve(names: string[]): void {
    const sheet = this.sheet.state();
    const area = this.area();
    this.loaded.set('isNullObject', area === null);
    if (!area) return;
    const cells = cellsOf(area);
    const count = cells.length * (cells[0]?.length ?? 0);
    if (names.some((n) => GRIDS.includes(n))) {
      this.ctx.gridCells += count;
      if (this.ctx.gridCells > this.ctx.wb.maxCellsPerSync) throw new CodedError('ResponsePayloadSizeLimitExceeded');
    }
    const silentNull = count > this.ctx.wb.nullGridsAbove;
    for (const name of names) {
      if (name === 'address') this.loaded.set(name, sheetAddress(sheet.name, area));
      else if (name === 'rowCount') this.loaded.set(name, area.bottom - area.top + 1);
      else if (name === 'columnCount') this.loaded.set(name, area.right - area.left + 1);
      else if (GRIDS.includes(name)) this.loaded.set(name, silentNull ? null : cells.map((row) => row.map((a) => gridValue(sheet, a, name))));
      else throw new Error(`the fake cannot load Range.${name}`);
    }
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): Value[][] {
    return this.read('values');
  }
  set values(grid: Value[][]) {
    this.write('values', grid);
  }
  get text(): string[][] {
    return this.read('text');
  }
  get formulas(): Value[][] {
    return this.read('formulas');
  }
  set formulas(grid: Value[][]) {
    this.write('formulas', grid);
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    this.write('numberFormat', grid);
  }
  private write(what: 'values' | 'formulas' | 'numberFormat', grid: unknown[][]): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet.writable();
      const cells = cellsOf(this.area() as RangeRef);
      if (grid.length !== cells.length || grid.some((row, r) => row.length !== cells[r].length)) {
        throw new CodedError('InvalidArgument', `${what} grid does not match ${this.target()}`);
      }
      cells.forEach((row, r) => row.forEach((address, c) => writeCell(sheet, address, what, grid[r][c])));
      this.ctx.wb.record(this.target(), what, grid);
    });
  }
  merge(across?: boolean): void {
    this.ctx.enqueue(() => {
      this.sheet.writable().merges.push(rangeToA1(this.area() as RangeRef));
      this.ctx.wb.record(this.target(), 'merge()', across);
    });
  }
  /** Range.clear: the fake models "Contents" (values and formulas go, formats stay) and "All". */
  clear(applyTo: 'All' | 'Contents' = 'All'): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet.writable();
      const area = this.area() as RangeRef;
      for (const [address, cell] of [...sheet.cells]) {
        if (!overlaps(parseRange(address), area)) continue;
        if (applyTo === 'All' || !cell.numberFormat) sheet.cells.delete(address);
        else sheet.cells.set(address, { value: '', numberFormat: cell.numberFormat });
      }
      this.ctx.wb.record(this.target(), 'clear()', applyTo);
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.sheet.state();
      this.ctx.wb.selected = this.target();
      this.ctx.wb.record(this.target(), 'select()');
    });
  }
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, this.sheet, () => this.area());
  }
}

function gridValue(sheet: FakeSheet, address: string, grid: string): unknown {
  const cell = sheet.cell(address);
  if (grid === 'values') return cell?.value ?? '';
  if (grid === 'text') return cell?.text ?? (cell ? String(cell.value) : '');
  if (grid === 'formulas') return cell?.formula ?? cell?.value ?? '';
  return cell?.numberFormat ?? 'General';
}

function writeCell(sheet: FakeSheet, address: string, what: string, raw: unknown): void {
  const cell = sheet.cells.get(address) ?? { value: '' };
  if (what === 'numberFormat') cell.numberFormat = String(raw);
  else if (what === 'formulas' && typeof raw === 'string' && raw.startsWith('=')) {
    Object.assign(cell, { formula: raw, value: '', text: '' }); // the fake does not calculate
  } else {
    const value = typeof raw === 'string' && raw.startsWith("'") ? raw.slice(1) : (raw as Value);
    Object.assign(cell, { value, formula: undefined, text: String(value) });
  }
  sheet.cells.set(address, cell);
}

/** Records every property set under range.format (fill, font, borders.getItem(edge), widths…). */
function formatProxy(ctx: FakeContext, range: RangeProxy, path: string): unknown {
  return new Proxy(
    {},
    {
      get: (_, prop) =>
        prop === 'getItem'
          ? (item: string) => formatProxy(ctx, range, `${path}.${item}`)
          : formatProxy(ctx, range, `${path}.${String(prop)}`),
      set: (_, prop, value) => {
        ctx.enqueue(() => {
          const sheet = range['sheet'].writable();
          if (`${path}.${String(prop)}` === 'format.columnWidth') {
            sheet.columnWidths.set(rangeToA1(range.area() as RangeRef).replace(/\d+/g, '').split(':')[0], value as number);
          }
          ctx.wb.record(range.target(), `${path}.${String(prop)}`, value);
        });
        return true;
      },
    },
  );
}

function validationProxy(ctx: FakeContext, range: RangeProxy): unknown {
  return new Proxy(
    {},
    {
      set: (_, prop, value) => {
        ctx.enqueue(() => {
          const sheet = range['sheet'].writable();
          sheet.validations.push({ address: rangeToA1(range.area() as RangeRef), what: String(prop), value });
          ctx.wb.record(range.target(), `dataValidation.${String(prop)}`, value);
        });
        return true;
      },
    },
  );
}

export class RangeAreasProxy {
  readonly conditionalFormats: ConditionalFormatsProxy;
  constructor(ctx: FakeContext, sheet: WorksheetProxy, address: string) {
    this.conditionalFormats = new ConditionalFormatsProxy(ctx, sheet, () => parseAreas(address));
  }
}

class MergedAreasProxy extends FakeObject {
  readonly areas: AreasProxy;
  constructor(ctx: FakeContext, sheet: WorksheetProxy, area: () => RangeRef | null) {
    super(ctx);
    const merges = () => {
      const within = area();
      return within ? sheet.state().merges.filter((m) => overlaps(parseRange(m), within)) : [];
    };
    // Excel fails getMergedAreasOrNullObject outright over 512 areas (the code is not documented).
    ctx.enqueue(() => {
      if (merges().length > ctx.wb.maxMergedAreas) throw new CodedError('GeneralException', 'too many merged areas');
    });
    this.autoLoadNullness(() => merges().length > 0);
    this.areas = new AreasProxy(ctx, () => merges().map((m) => `${quoteSheetName(sheet.sheetName)}!${m}`));
  }
  protected resolve(): void {}
}

class AreasProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private addresses: () => string[],
  ) {
    super(ctx);
  }
  protected resolve(names: string[]): void {
    if (!names.includes('items/address')) throw new Error('the fake loads RangeCollection items/address only');
    this.loaded.set('items', this.addresses().map((address) => ({ address })));
  }
  get items(): { address: string }[] {
    return this.read('items');
  }
}

