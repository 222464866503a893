// The sandbox's workbook: sheets as SheetSpec cell maps, plus what Excel would show on top of them
// (highlight fills, the selected cell, the active sheet). Highlights live beside the cells, never in
// their styles, so clearing them gives back exactly the cells there were. The grid view subscribes.
import { parseA1, toA1 } from '../engine/a1';
import type { CellValue, Severity, SheetSpec, WorkbookSnapshot, WorkbookSpec } from '../engine/schema';
import { specToSnapshot } from '../engine/specSnapshot';

export interface CellPosition {
  sheet: string;
  /** Normalised A1 address, e.g. "E24". */
  cell: string;
}

/** One written cell of the last applied plan, kept so 撤销 can put the value back. */
export interface UndoEntry extends CellPosition {
  before: CellValue;
  after: CellValue;
}

export class MemoryWorkbook {
  private sheetList: SheetSpec[];
  /** sheet → cell → the most severe highlighted finding there. */
  private highlightMap = new Map<string, Map<string, Severity>>();
  private listeners = new Set<() => void>();
  private versionCounter = 0;
  activeSheet: string;
  selected: CellPosition | null = null;
  undo: UndoEntry[] = [];
  /** Very hidden sheets (the add-in's ignored-findings record): in the file, never in the grid or a read. */
  private hiddenList: SheetSpec[] = [];

  /** sheet → cell → the value when the workbook was opened: the grid marks cells that differ. */
  private openedValues = new Map<string, Map<string, CellValue>>();

  /** `name`: the file name it was opened from (an example's is its key, e.g. seed.xlsx). */
  constructor(
    spec: WorkbookSpec,
    readonly name = 'Book1.xlsx',
  ) {
    // A private copy: the caller's spec (often a shared example) is never changed by the pane.
    this.sheetList = (JSON.parse(JSON.stringify(spec)) as WorkbookSpec).sheets;
    this.activeSheet = this.sheetList[0]?.name ?? '';
    for (const sheet of this.sheetList) {
      this.openedValues.set(sheet.name, new Map(Object.entries(sheet.cells).map(([address, cell]) => [address, cell.value])));
    }
  }

  /** True when the cell of a sheet that was there at opening holds another value now (a written plan). */
  changedSinceOpened(sheet: string, cell: string): boolean {
    const opened = this.openedValues.get(sheet);
    if (!opened) return false; // a sheet the pane added is new as a whole, not a change
    return (opened.get(cell) ?? '') !== this.valueAt(sheet, cell);
  }

  /** Bumped on every change; React reads it through useSyncExternalStore. */
  get version(): number {
    return this.versionCounter;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.versionCounter;

  /** Call after every change so the grid redraws. */
  changed(): void {
    this.versionCounter += 1;
    for (const listener of [...this.listeners]) listener();
  }

  get sheets(): readonly SheetSpec[] {
    return this.sheetList;
  }

  sheet(name: string): SheetSpec | undefined {
    return this.sheetList.find((s) => s.name === name);
  }

  /** Excel compares sheet names without regard to case; a very hidden sheet takes its name too. */
  sheetNamed(name: string): SheetSpec | undefined {
    const lower = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === lower);
  }

  nameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    return this.sheetNamed(name) !== undefined || this.hiddenList.some((s) => s.name.toLowerCase() === lower);
  }

  hiddenSheet(name: string): SheetSpec | undefined {
    return this.hiddenList.find((s) => s.name === name);
  }

  /** Adds or replaces a very hidden sheet. */
  setHiddenSheet(sheet: SheetSpec): void {
    this.hiddenList = [...this.hiddenList.filter((s) => s.name !== sheet.name), JSON.parse(JSON.stringify(sheet)) as SheetSpec];
  }

  spec(): WorkbookSpec {
    return JSON.parse(JSON.stringify({ sheets: this.sheetList })) as WorkbookSpec;
  }

  snapshot(): WorkbookSnapshot {
    return specToSnapshot({ sheets: this.sheetList });
  }

  /** The cell's value as `range.values` would give it: "" for an empty cell. */
  valueAt(sheet: string, cell: string): CellValue {
    return this.sheet(sheet)?.cells[normaliseCell(cell)]?.value ?? '';
  }

  formulaAt(sheet: string, cell: string): string {
    return this.sheet(sheet)?.cells[normaliseCell(cell)]?.formula ?? '';
  }

  /** Typing a value: the cell keeps its number format and style, loses any formula. */
  setValue(sheet: string, cell: string, value: CellValue): void {
    const target = this.sheet(sheet);
    if (!target) throw new Error(`No sheet named ${sheet}`);
    const address = normaliseCell(cell);
    const old = target.cells[address];
    const next = { ...(old ?? {}), value };
    delete next.formula;
    if (value === '' && !next.numFmt && !next.style) delete target.cells[address];
    else target.cells[address] = next;
  }

  addSheet(sheet: SheetSpec): void {
    this.sheetList.push(JSON.parse(JSON.stringify(sheet)) as SheetSpec);
  }

  highlightOf(sheet: string, cell: string): Severity | undefined {
    return this.highlightMap.get(sheet)?.get(cell);
  }

  /** Every highlighted cell, as "Sheet!A1" → severity (tests and the grid's legend). */
  highlights(): Map<string, Severity> {
    const all = new Map<string, Severity>();
    for (const [sheet, cells] of this.highlightMap) for (const [cell, severity] of cells) all.set(`${sheet}!${cell}`, severity);
    return all;
  }

  setHighlights(map: Map<string, Map<string, Severity>>): void {
    this.highlightMap = map;
  }
}

/** "$e$24" → "E24"; throws on anything that is not one cell. */
export function normaliseCell(cell: string): string {
  const { row, col } = parseA1(cell);
  return toA1(row, col);
}
