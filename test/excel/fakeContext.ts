/* The proxies of the fake (see fakeWorkbook.ts): what Office.js objects look like to the adapter. */
import type { ExcelRunner } from '../../src/excel/runtime';
import { CodedError, FakeSheet, WHOLE_SHEET, type FakeWorkbook } from './fakeWorkbook';
import { FakeObject } from './fakeObject';
import { parseAddress, RangeAreasProxy, RangeProxy } from './fakeRange';

/** Excel.run over the fake: a fresh context per run, options recorded. */
export function fakeRunner(workbook: FakeWorkbook): ExcelRunner {
  return async (batch, options) => {
    workbook.runs.push({ ...options });
    return batch(new FakeContext(workbook) as unknown as Excel.RequestContext);
  };
}

export class FakeContext {
  private queue: (() => void)[] = [];
  gridCells = 0;
  readonly workbook: { worksheets: WorksheetsProxy };
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = { worksheets: new WorksheetsProxy(this) };
  }
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.wb.syncs += 1;
    this.gridCells = 0;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op(); // like Excel: commands before a failing one stay done
  }
}

class WorksheetsProxy extends FakeObject {
  protected resolve(names: string[]): void {
    const items = this.ctx.wb.sheets.map((sheet) => {
      const proxy = new WorksheetProxy(this.ctx, sheet.name);
      proxy.set$('isNullObject', false);
      if (names.some((n) => n === 'items/name' || n === 'name')) proxy.set$('name', sheet.name);
      if (names.includes('items/protection/protected')) proxy.protection.set$('protected', sheet.protected);
      if (names.includes('items/visibility')) proxy.set$('visibility', sheet.visibility);
      return proxy;
    });
    this.loaded.set('items', items);
  }
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, name);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, name, true);
    proxy.autoLoad();
    return proxy;
  }
  add(name: string): WorksheetProxy {
    this.ctx.enqueue(() => {
      if (this.ctx.wb.sheet(name)) throw new CodedError('ItemAlreadyExists');
      this.ctx.wb.sheets.push(new FakeSheet(name));
      this.ctx.wb.record('workbook', 'worksheets.add()', name);
    });
    return new WorksheetProxy(this.ctx, name);
  }
}

export class WorksheetProxy extends FakeObject {
  readonly protection: ProtectionProxy;
  readonly pageLayout: { setPrintArea(address: string): void };
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private nullable = false,
  ) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, this);
    this.pageLayout = {
      setPrintArea: (address: string) =>
        ctx.enqueue(() => {
          this.writable().printArea = address;
          ctx.wb.record(this.sheetName, 'pageLayout.setPrintArea()', address);
        }),
    };
  }
  autoLoad(): void {
    this.autoLoadNullness(() => this.ctx.wb.sheet(this.sheetName) !== undefined);
  }
  state(): FakeSheet {
    return this.ctx.wb.requireSheet(this.sheetName);
  }
  writable(): FakeSheet {
    return this.ctx.wb.writableSheet(this.sheetName);
  }
  protected resolve(names: string[]): void {
    const sheet = this.nullable ? this.ctx.wb.sheet(this.sheetName) : this.state();
    this.loaded.set('isNullObject', !sheet);
    if (sheet && names.includes('name')) this.loaded.set('name', sheet.name);
    if (sheet && names.includes('visibility')) this.loaded.set('visibility', sheet.visibility);
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): FakeSheet['visibility'] {
    return this.read('visibility');
  }
  set visibility(value: FakeSheet['visibility']) {
    this.ctx.enqueue(() => {
      this.state().visibility = value;
      this.ctx.wb.record(this.sheetName, 'visibility', value);
    });
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.state();
      this.ctx.wb.activeSheet = this.sheetName;
      this.ctx.wb.record(this.sheetName, 'activate()');
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.state();
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((s) => s !== sheet);
      this.ctx.wb.record(this.sheetName, 'delete()');
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, address === undefined ? WHOLE_SHEET : parseAddress(address));
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this, address);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this, { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly) throw new Error('the fake models getUsedRangeOrNullObject(false) only');
    const range = new RangeProxy(this.ctx, this, 'used');
    range.autoLoad();
    return range;
  }
}

class ProtectionProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private sheet: WorksheetProxy,
  ) {
    super(ctx);
  }
  protected resolve(): void {
    this.loaded.set('protected', this.sheet.state().protected);
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

