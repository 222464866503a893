// Workbook, worksheet collection, worksheet and protection proxies of the simulated Excel.
// References: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
// .../excel.worksheet, .../excel.worksheetprotection, .../excel.workbookprotection.
import { SimContext, SimObject, fail } from './context';
import { parseAddress, MAX_COLS, MAX_ROWS, type ChangeEvent, type SimSheet, type Visibility } from './model';
import { SimRange, SimRangeAreas } from './range';
import { simError } from './simErrors';

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

export class SimWorkbookProxy extends SimObject {
  readonly worksheets: SimWorksheetCollection;
  readonly protection: SimWorkbookProtection;
  constructor(ctx: SimContext) {
    super(ctx);
    this.worksheets = new SimWorksheetCollection(ctx);
    this.protection = new SimWorkbookProtection(ctx);
  }
  /** Workbook.name (ExcelApi 1.7), read-only. */
  protected read(names: string[]): Map<string, unknown> {
    return new Map(names.filter((n) => n === 'name').map((n) => [n, this.ctx.wb.name]));
  }
  get name(): string {
    return this.get$('name');
  }
}

/** Workbook.protection (ExcelApi 1.7): structure protection blocks adding, deleting and hiding sheets. */
class SimWorkbookProtection extends SimObject {
  protected read(names: string[]): Map<string, unknown> {
    return new Map(names.filter((n) => n === 'protected').map((n) => [n, this.ctx.wb.structureProtected]));
  }
  get protected(): boolean {
    return this.get$('protected');
  }
}

export class SimWorksheetCollection extends SimObject {
  protected read(names: string[]): Map<string, unknown> {
    const sheets = [...this.ctx.wb.sheets];
    const items = sheets.map((sheet) => {
      const proxy = new SimWorksheet(this.ctx, () => sheet);
      proxy.fill(sheet, names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length)));
      return proxy;
    });
    return new Map([['items', items]]);
  }
  get items(): SimWorksheet[] {
    return this.get$('items');
  }
  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => this.ctx.wb.sheet(name) ?? fail('ItemNotFound', `worksheets.getItem(${name})`));
  }
  getItemOrNullObject(name: string): SimWorksheet {
    const proxy = new SimWorksheet(this.ctx, () => this.ctx.wb.sheet(name) ?? fail('ItemNotFound', `worksheets.getItemOrNullObject(${name})`));
    proxy.markNullable(() => this.ctx.wb.sheet(name) !== undefined);
    return proxy;
  }
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, () => this.ctx.wb.sheet(this.ctx.wb.activeSheet) ?? fail('ItemNotFound', 'getActiveWorksheet'));
  }
  add(name?: string): SimWorksheet {
    let made: SimSheet | undefined;
    const proxy = new SimWorksheet(this.ctx, () => made ?? fail('InvalidObjectPath', 'worksheets.add result'));
    this.ctx.created(proxy);
    this.ctx.enqueue(`worksheets.add(${name})`, () => {
      const wb = this.ctx.wb;
      // Structure protection refuses sheet insertion; Excel reports no specific code for it (issue 13, 8).
      if (wb.structureProtected) throw simError('GeneralException', 'worksheets.add');
      const finalName = name ?? `Sheet${wb.sheets.length + 1}`;
      if (finalName.length > 31 || SHEET_NAME_BAD.test(finalName) || finalName.trim() === '') throw simError('InvalidArgument', 'worksheets.add');
      if (wb.sheet(finalName)) throw simError('ItemAlreadyExists', 'worksheets.add');
      made = wb.addSheet(finalName);
      proxy.addedInBatch = true;
    });
    return proxy;
  }
}

export class SimWorksheet extends SimObject {
  readonly protection: SimWorksheetProtection;
  readonly onChanged: { add(handler: (event: ChangeEvent) => unknown): { remove(): void } };
  readonly pageLayout: { setPrintArea(address: string): void };
  private nullable?: () => boolean;
  /** Set when worksheets.add made this sheet in the batch still running (see activate). */
  addedInBatch = false;
  constructor(
    ctx: SimContext,
    private locate: () => SimSheet,
  ) {
    super(ctx);
    this.protection = new SimWorksheetProtection(ctx, this);
    this.onChanged = {
      add: (handler) => {
        // Worksheet.onChanged (ExcelApi 1.7): registered with the batch.
        this.ctx.enqueue('onChanged.add', () => {
          const sheet = this.state('onChanged.add');
          const list = this.ctx.wb.changeHandlers.get(sheet.id) ?? [];
          list.push(handler);
          this.ctx.wb.changeHandlers.set(sheet.id, list);
        }, { api: '1.7' });
        return { remove: () => undefined };
      },
    };
    this.pageLayout = {
      setPrintArea: (address: string) =>
        this.ctx.enqueue('pageLayout.setPrintArea', () => {
          this.state('setPrintArea').printArea = address;
        }, { api: '1.9' }),
    };
  }

  markNullable(exists: () => boolean): void {
    this.nullable = exists;
    this.queueNullness(exists);
  }

  state(where: string): SimSheet {
    this.checkPath(where);
    return this.locate();
  }

  fill(sheet: SimSheet, names: string[]): void {
    this.loaded.set('isNullObject', false);
    for (const name of names) {
      if (name === 'name' || name === 'id' || name === 'visibility') this.loaded.set(name, sheet[name]);
      else if (name === 'position') this.loaded.set(name, this.ctx.wb.sheets.indexOf(sheet));
      else if (name.startsWith('protection/')) this.protection.setLoaded(name.slice('protection/'.length), protectionValue(sheet, name));
      else fail('InvalidArgument', `Worksheet.load(${name})`);
    }
  }

  protected read(names: string[]): Map<string, unknown> {
    const values = new Map<string, unknown>();
    if (this.nullable && !this.nullable()) return new Map([['isNullObject', true]]);
    const sheet = this.state('Worksheet.load');
    if (names.includes('visibility') && !this.ctx.wb.supports('1.7')) fail('ApiNotFound', 'Worksheet.visibility');
    const probe = new SimWorksheet(this.ctx, () => sheet);
    probe.fill(sheet, names);
    for (const name of ['isNullObject', ...names]) if (!name.startsWith('protection/')) values.set(name, probe.loaded.get(name));
    return values;
  }

  get name(): string {
    return this.get$('name');
  }
  get id(): string {
    return this.get$('id');
  }
  get visibility(): Visibility {
    return this.get$('visibility');
  }
  set visibility(value: Visibility) {
    this.ctx.enqueue('Worksheet.visibility', () => {
      const sheet = this.state('Worksheet.visibility');
      if (this.ctx.wb.structureProtected) throw simError('GeneralException', 'Worksheet.visibility');
      sheet.visibility = value;
    }, { api: '1.7' });
  }

  /**
   * Worksheet.activate. A hidden sheet cannot be activated (issue 13, 9: Excel refuses it as an
   * invalid operation). On the web, a sheet added in the same batch is not activated (issue 13, 3).
   */
  activate(): void {
    this.ctx.enqueue('Worksheet.activate', () => {
      const sheet = this.state('Worksheet.activate');
      if (sheet.visibility !== 'Visible') throw simError('InvalidOperation', 'Worksheet.activate');
      if (this.addedInBatch && this.ctx.wb.platform === 'web') return;
      this.ctx.wb.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.ctx.enqueue('Worksheet.delete', () => {
      const sheet = this.state('Worksheet.delete');
      if (this.ctx.wb.structureProtected) throw simError('GeneralException', 'Worksheet.delete');
      const wb = this.ctx.wb;
      if (wb.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) throw simError('InvalidOperation', 'Worksheet.delete');
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      if (wb.activeSheet === sheet.name) wb.activeSheet = wb.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
    });
  }

  getRange(address?: string): SimRange {
    if (address === undefined) return new SimRange(this.ctx, this, () => ({ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }));
    return new SimRange(this.ctx, this, () => parseAddress(address) ?? fail('InvalidArgument', `getRange(${address})`));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    return new SimRange(this.ctx, this, () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) fail('InvalidArgument', 'getRangeByIndexes');
      return { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    });
  }

  /**
   * Worksheet.getRanges (ExcelApi 1.9). The areas are separated by the locale's list separator, not
   * always a comma (office-js#1167, office-js#1985); an address of 8,192 characters or more is refused
   * (office-js#5198).
   */
  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(this.ctx, this, () => {
      if (address.length >= 8192) fail('InvalidArgument', 'getRanges');
      const parts = address.split(this.ctx.wb.listSeparator);
      return parts.map((part) => parseAddress(part.trim()) ?? fail('InvalidArgument', `getRanges(${address})`));
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    const range = new SimRange(this.ctx, this, () => this.state('getUsedRange').usedRange(valuesOnly) ?? fail('ItemNotFound', 'getUsedRange'));
    range.markNullable(() => !this.isInvalid && this.locate().usedRange(valuesOnly) !== null);
    return range;
  }
}

function protectionValue(sheet: SimSheet, name: string): unknown {
  if (name === 'protection/protected') return sheet.protection.protected;
  if (name === 'protection/options') return { ...sheet.protection.options };
  return fail('InvalidArgument', `Worksheet.load(${name})`);
}

/** Worksheet.protection (ExcelApi 1.2): protected, and the options that loosen it. */
class SimWorksheetProtection extends SimObject {
  constructor(
    ctx: SimContext,
    private sheet: SimWorksheet,
  ) {
    super(ctx, sheet);
  }
  protected read(names: string[]): Map<string, unknown> {
    const state = this.sheet.state('protection.load');
    return new Map(names.map((n) => [n, protectionValue(state, `protection/${n}`)]));
  }
  get protected(): boolean {
    return this.get$('protected');
  }
  get options(): SimSheet['protection']['options'] {
    return this.get$('options');
  }
}
