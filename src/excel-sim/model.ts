// The simulated workbook's state: what Excel holds, shared by every request context that runs over
// it, plus the user's own actions (typing, copying a sheet, protecting) that tests and the sandbox
// perform between the add-in's batches. The API surface over it is in context.ts and the proxies.
import { parseA1, parseRange, toA1, type RangeRef } from '../engine/a1';
import { formatCellText } from '../engine/numberFormat';
import { coerceEntry, type SimValue, type StoredEntry } from './coerce';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SimCell extends StoredEntry {
  numberFormat?: string;
  /** Range.format.protection.locked; Excel's default for every cell is locked. */
  locked?: boolean;
  /** Any direct format the user gave the cell (fill colour): written only by the user. */
  fill?: string;
  /** The anchor of the dynamic array this cell is part of (ExcelApi 1.12 spill ranges). */
  spillAnchor?: string;
}

/** WorksheetProtectionOptions (ExcelApi 1.2), the ones the adapter can need. */
export interface ProtectionOptions {
  allowFormatCells: boolean;
  allowInsertRows: boolean;
  allowEditObjects: boolean;
}

export interface SimConditionalFormat {
  id: string;
  /** Excel.ConditionalFormatType: Custom, CellValue, ColorScale, DataBar, IconSet, … */
  type: string;
  areas: RangeRef[];
  formula?: string;
  fill?: string;
  /** A user rule whose rule/format the API cannot return (office-js#6827, #2180). */
  unreadable?: boolean;
}

export interface SimValidation {
  area: RangeRef;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
}

export class SimSheet {
  cells = new Map<string, SimCell>();
  merges: RangeRef[] = [];
  conditionalFormats: SimConditionalFormat[] = [];
  validations: SimValidation[] = [];
  columnWidths = new Map<number, number>();
  visibility: Visibility = 'Visible';
  protection: { protected: boolean; options: ProtectionOptions } = {
    protected: false,
    options: { allowFormatCells: false, allowInsertRows: false, allowEditObjects: false },
  };
  printArea?: string;
  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(address: string): SimCell | undefined {
    return this.cells.get(address);
  }

  /** Creates the cell record on first write. */
  touch(address: string): SimCell {
    let cell = this.cells.get(address);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(address, cell);
    }
    return cell;
  }

  isLocked(address: string): boolean {
    return this.cells.get(address)?.locked ?? true;
  }

  /**
   * Worksheet.getUsedRange(valuesOnly): with valuesOnly false, cells that only carry formatting count
   * as used (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let used: RangeRef | null = null;
    for (const [address, cell] of this.cells) {
      const hasValue = cell.formula !== undefined || cell.value !== '';
      const hasFormat = cell.numberFormat !== undefined || cell.fill !== undefined || cell.locked === false;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const { row, col } = parseA1(address);
      used = used
        ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return used;
  }

  text(address: string): string {
    const cell = this.cells.get(address);
    if (!cell) return '';
    return formatCellText(cell.value, cell.numberFormat ?? 'General');
  }
}

export interface SimOptions {
  /** Office on the web caps a request and a response at 5 MB; desktop Excel does not. */
  platform?: 'web' | 'desktop';
  /** The highest ExcelApi requirement set the simulated Office supports. */
  api?: string;
  /** The list separator of the user's locale (Windows regional settings), ',' or ';'. */
  listSeparator?: ',' | ';';
  /** Workbook.name (ExcelApi 1.7): the file name, e.g. "预算.xlsx"; "Book1" when never saved. */
  name?: string;
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  source: 'Local' | 'Remote';
}

export class SimWorkbook {
  sheets: SimSheet[] = [];
  structureProtected = false;
  activeSheet = '';
  selected = '';
  syncs = 0;
  /** The options of every Excel.run, in order (delayForCellEdit for writes). */
  runOptions: unknown[] = [];
  readonly platform: 'web' | 'desktop';
  readonly api: string;
  readonly listSeparator: ',' | ';';
  readonly name: string;
  /** Each workbook Excel.createWorkbook opened (ExcelApi 1.8), as the Base64 .xlsx it was given. */
  createdWorkbooks: string[] = [];
  /** Worksheet.onChanged handlers (ExcelApi 1.7) by worksheet id. */
  changeHandlers = new Map<string, ((event: ChangeEvent) => unknown)[]>();
  private nextId = 1;
  private listeners = new Set<() => void>();

  constructor(options: SimOptions = {}) {
    this.platform = options.platform ?? 'desktop';
    this.api = options.api ?? '1.20';
    this.listSeparator = options.listSeparator ?? ',';
    this.name = options.name ?? 'Book1';
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  /** ExcelApi version comparison, as Office.context.requirements.isSetSupported does. */
  supports(version: string): boolean {
    const [major, minor] = version.split('.').map(Number);
    const [maxMajor, maxMinor] = this.api.split('.').map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  }

  /** Excel compares sheet names without regard to case. */
  sheet(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): SimSheet {
    const sheet = new SimSheet(name, this.newId('WS'));
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  /** Redraw hooks for the sandbox grid. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Worksheet.onChanged fires asynchronously after the change, for the user's and add-ins' edits alike. */
  emitChange(sheet: SimSheet, address: string): void {
    const handlers = this.changeHandlers.get(sheet.id) ?? [];
    const event: ChangeEvent = { worksheetId: sheet.id, address, changeType: 'RangeEdited', source: 'Local' };
    for (const handler of handlers) setTimeout(() => void handler(event), 0);
  }

  // ---- what the user does in Excel's own UI ----

  /** Typing into a cell: the same parsing as a write through Range.values. */
  userType(sheetName: string, address: string, typed: SimValue): void {
    const sheet = this.requireSheet(sheetName);
    const cell = sheet.touch(address);
    writeEntry(cell, coerceEntry(typed, cell.numberFormat));
    this.emitChange(sheet, address);
    this.changed();
  }

  /** Right-click → Move or Copy → Create a copy: cells, formats, rules and protection come along. */
  userCopySheet(sourceName: string, copyName: string): SimSheet {
    const source = this.requireSheet(sourceName);
    const copy = this.addSheet(copyName);
    for (const [address, cell] of source.cells) copy.cells.set(address, { ...cell });
    copy.merges = source.merges.map((m) => ({ ...m }));
    copy.conditionalFormats = source.conditionalFormats.map((cf) => ({ ...cf, id: this.newId('CF'), areas: cf.areas.map((a) => ({ ...a })) }));
    copy.validations = source.validations.map((v) => ({ ...v }));
    copy.protection = { protected: source.protection.protected, options: { ...source.protection.options } };
    this.changed();
    return copy;
  }

  /** A conditional format the user made (any type), e.g. a data bar or a "greater than" rule. */
  userAddRule(sheetName: string, rule: Omit<SimConditionalFormat, 'id'>): SimConditionalFormat {
    const full = { ...rule, id: this.newId('CF') };
    this.requireSheet(sheetName).conditionalFormats.push(full);
    return full;
  }

  requireSheet(name: string): SimSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  /** "Sheet1!A1" → the cell's value (tests and the sandbox's probe). */
  valueAt(sheetName: string, address: string): SimValue {
    return this.sheet(sheetName)?.cell(address)?.value ?? '';
  }
}

export function writeEntry(cell: SimCell, entry: StoredEntry): void {
  cell.value = entry.value;
  cell.formula = entry.formula;
  cell.prefixed = entry.prefixed;
  if (entry.autoFormat && (cell.numberFormat === undefined || cell.numberFormat === 'General')) cell.numberFormat = entry.autoFormat;
}

/** Every cell address of a rectangle, row by row. */
export function cellGrid(range: RangeRef): string[][] {
  const rows: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: string[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(toA1(r, c));
    rows.push(row);
  }
  return rows;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** "A1:B2", "B:D" and "3:5" as Excel's Worksheet.getRange takes them; null when not an address. */
export function parseAddress(address: string): RangeRef | null {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    const a = parseA1(`${columns[1]}1`).col;
    const b = parseA1(`${columns[2]}1`).col;
    return { top: 1, left: Math.min(a, b), bottom: MAX_ROWS, right: Math.max(a, b) };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) return { top: Math.min(+rows[1], +rows[2]), left: 1, bottom: Math.max(+rows[1], +rows[2]), right: MAX_COLS };
  try {
    const range = parseRange(local);
    return range.bottom <= MAX_ROWS && range.right <= MAX_COLS ? range : null;
  } catch {
    return null;
  }
}
