/**
 * A workbook for the adapter built from office-addin-mock 4 objects (TOOLCHAIN.md's traps apply: no
 * null in the data, every method seeded, Excel.run seeded as run(cb) → cb(this.context)). Loading,
 * "not loaded" reads and context.sync() are the mock's own; syncs are counted by wrapping the mock
 * context's sync. Two seeded shims stand in for what the mock cannot do itself, each as narrow as it
 * can be:
 * - Collections. Office.js loads a collection's items with `load('items/name,…')`; the mock keeps a
 *   seeded `items` array as one scalar and throws "Property name needs to be present in object model
 *   before load is called." for `items/name`. `collectionLoad` loads `items` the mock's way and
 *   forwards each `items/…` path to every item that is itself a mock object.
 * - Null objects. Office.js sets `isNullObject` on every *OrNullObject proxy at the sync; the mock
 *   only when `isNullObject` itself is loaded (otherwise it reads the truthy "not loaded" string), so
 *   the seeded *OrNullObject methods load it.
 * Seeded methods throw at the call (the mock has no way to fail a queued call at the next sync, as
 * Excel does); `getItem` of a missing sheet therefore fails before, not at, the sync.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { collectionLoad, notFound, writableRange, type Mock } from './officeAddinMockParts';
import { parseA1, rangeToA1 } from '../../src/engine/a1';
import type { SheetSnapshot } from '../../src/engine/schema';
import type { ExcelRunner, RunOptions } from '../../src/excel/runtime';

/* eslint-disable @typescript-eslint/no-explicit-any */
export { NOT_LOADED, type Mock } from './officeAddinMockParts';

/** A conditional format already in the workbook (the add-in's from an earlier session, or the user's). */
export interface FormatSeed {
  type: string;
  formula: string;
}

export interface SheetSeed {
  snapshot: SheetSnapshot;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  protected?: boolean;
  /** Merged areas as Excel lists them, or none (the merged-areas object is then a null object). */
  merges?: string[];
  formats?: FormatSeed[];
  /**
   * Single cells the adapter reaches by getRange("C5"): value and formula from the snapshot, and
   * their own fill and font colour when given.
   */
  cells?: Record<string, { fill?: string; fontColor?: string }>;
  /**
   * The used range comes back one row short (Excel may return incomplete grids for a huge read; the
   * mock takes no null, so a short grid stands for it). getRangeByIndexes gives the full rows.
   */
  truncated?: boolean;
  /** Other addresses the adapter writes through getRange (see rangeData). */
  ranges?: string[];
}

export interface NewSheetSeed {
  /** Every address the adapter will pass to the new sheet's getRange; any other one throws. */
  ranges: string[];
}

export interface WorkbookLog {
  /** Seeded method calls, in order: "activate 项目A", "merge 项目A!A1:D1", "delete format …". */
  calls: string[];
  /** Conditional formats added: where (sheet, the address the range came from) and the mock object. */
  added: { sheet: string; address: string; format: Mock }[];
}

export interface ExcelMock {
  run: ExcelRunner;
  mock: Mock;
  syncs: () => number;
  runOptions: (RunOptions | undefined)[];
  log: WorkbookLog;
  /** The sheet mock by name (existing sheets and the ones added). */
  sheet: (name: string) => Mock;
  /** The conditional formats on a sheet now, as mocks. */
  formats: (name: string) => Mock[];
  /**
   * The conditional formats on a sheet now, as seeds for a reopened workbook: those seeded as they
   * were seeded, those added as the adapter wrote them (read without a load, so without a sync).
   */
  formatSeeds: (name: string) => FormatSeed[];
  /** The sheet a worksheets.add made, or undefined. */
  addedSheet: () => Mock;
}

const FORMAT_SLOTS = 4;

/**
 * The worksheets of `sheets` (in order) as mocks, each with its used range from the snapshot: values,
 * text and number formats as given, formulas as Excel returns them (a constant's value where there
 * is no formula), address with the sheet name. `newSheet` seeds what worksheets.add returns.
 */
export function excelMock(sheets: SheetSeed[], newSheet?: NewSheetSeed): ExcelMock {
  const log: WorkbookLog = { calls: [], added: [] };
  const names = sheets.map((s) => s.snapshot.name);
  const items: Mock[] = [];
  const formatLists: Mock[][] = sheets.map(() => []);
  const seeded = new Map<Mock, FormatSeed>();
  let added: Mock;
  let addedName = '';

  const rangeData = (sheet: () => string, address: string) => writableRange(log.calls, sheet, address);

  const sheetData = (seed: SheetSeed, index: number) => {
    const s = seed.snapshot;
    const name = s.name;
    const address = `'${name}'!${rangeToA1({
      top: s.origin.row,
      left: s.origin.col,
      bottom: s.origin.row + s.values.length - 1,
      right: s.origin.col + s.values[0].length - 1,
    })}`;
    const list = formatLists[index];
    let nextSlot = 0;
    const formatData = (type: string, formula: string, id: string) => ({
      id,
      type,
      custom: { rule: { formula: '' }, format: { fill: { color: '' } } },
      customOrNullObject: { rule: { formula } },
      delete(this: Mock) {
        list.splice(list.indexOf(this), 1);
        log.calls.push(`delete format ${name} ${id}`);
      },
    });
    const conditionalFormats: Record<string, unknown> = {
      items: list,
      load: collectionLoad(list),
      add(this: Mock, type: string) {
        if (nextSlot >= FORMAT_SLOTS) throw new Error(`more than ${FORMAT_SLOTS} formats added on ${name}`);
        const format = this[`new${nextSlot++}`];
        format.type = type;
        list.push(format);
        return format;
      },
    };
    (seed.formats ?? []).forEach((f, i) => (conditionalFormats[`old${i}`] = formatData(f.type, f.formula, `old-${index}-${i}`)));
    for (let i = 0; i < FORMAT_SLOTS; i++) conditionalFormats[`new${i}`] = formatData('', '', `new-${index}-${i}`);
    const mergeItems = (seed.merges ?? []).map((m) => ({ address: `'${name}'!${m}` }));

    // getRange(address) for a cell gives the cell's own mock; getRanges(address) the sheet-wide one,
    // whose conditionalFormats are the sheet's, with the address logged.
    const cells: Record<string, unknown> = {};
    for (const [cell, own] of Object.entries(seed.cells ?? {})) {
      const { row, col } = parseA1(cell);
      const r = row - s.origin.row;
      const c = col - s.origin.col;
      const value = s.values[r]?.[c] ?? '';
      cells[cell] = {
        values: [[value]],
        formulas: [[s.formulas[r]?.[c] || value]],
        format: { fill: { color: own.fill ?? '#FFFFFF' }, font: { color: own.fontColor ?? '#000000' } },
        conditionalFormats: { add: (type: string) => addOn(cell, type) },
      };
    }
    const addOn = (where: string, type: string) => {
      const format = sheetMock(index).whole.conditionalFormats.add(type);
      log.added.push({ sheet: name, address: where, format });
      return format;
    };
    const grids = {
      values: s.values,
      text: s.text,
      formulas: s.formulas.map((row, r) => row.map((f, c) => (f === '' ? s.values[r][c] : f))),
      numberFormat: s.numberFormats,
    };
    const short = seed.truncated ? { values: s.values.slice(0, -1) } : {};
    return {
      name,
      visibility: seed.visibility ?? 'Visible',
      protection: { protected: seed.protected ?? false },
      used: {
        isNullObject: false,
        address,
        rowCount: s.values.length,
        columnCount: s.values[0].length,
        ...grids,
        ...short,
      },
      rows: grids,
      getRangeByIndexes(this: Mock, row: number, column: number, rowCount: number, columnCount: number) {
        log.calls.push(`getRangeByIndexes ${name} ${row},${column} ${rowCount}x${columnCount}`);
        if (row !== s.origin.row - 1 || rowCount !== s.values.length) throw new Error('only whole-range chunks are seeded');
        return this.rows;
      },
      whole: {
        conditionalFormats,
        merged: {
          isNullObject: mergeItems.length === 0,
          areas: { items: mergeItems, load: collectionLoad(mergeItems) },
        },
        getMergedAreasOrNullObject(this: Mock) {
          this.merged.load('isNullObject');
          return this.merged;
        },
      },
      cells: { ...cells, ...Object.fromEntries((seed.ranges ?? []).map((a) => [a, rangeData(() => name, a)])) },
      getUsedRangeOrNullObject(this: Mock) {
        this.used.load('isNullObject');
        return this.used;
      },
      getRange(this: Mock, address?: string) {
        if (address === undefined) return this.whole;
        if (this.cells[address] === undefined) throw new Error(`no range ${address} seeded on ${name}`);
        return this.cells[address];
      },
      getRanges(address: string) {
        return { conditionalFormats: { add: (type: string) => addOn(address, type) } };
      },
      activate: () => log.calls.push(`activate ${name}`),
    };
  };

  const ranges: Record<string, unknown> = {};
  for (const address of newSheet?.ranges ?? []) ranges[address] = rangeData(() => addedName, address);

  const data = {
    context: {
      workbook: {
        worksheets: {
          items,
          load: collectionLoad(items),
          getItem(name: string) {
            const found = names.indexOf(name);
            if (found < 0) throw notFound();
            return items[found];
          },
          getItemOrNullObject(this: Mock, name: string) {
            const found = names.indexOf(name);
            const sheet = found < 0 ? this.missing : items[found];
            sheet.load('isNullObject');
            return sheet;
          },
          add(this: Mock, name: string) {
            if (!newSheet) throw new Error('no new sheet seeded');
            if (names.includes(name)) throw Object.assign(new Error('exists'), { code: 'ItemAlreadyExists' });
            log.calls.push(`add ${name}`);
            addedName = name;
            added = this.added;
            added.name = name;
            names.push(name);
            items.push(added);
            return added;
          },
          missing: { isNullObject: true, name: '', visibility: '' },
          added: {
            isNullObject: false,
            ranges,
            pageLayout: { setPrintArea: (area: string) => log.calls.push(`printArea ${addedName} ${area}`) },
            getRange(this: Mock, address: string) {
              if (this.ranges[address] === undefined) throw new Error(`no range ${address} seeded on the new sheet`);
              return this.ranges[address];
            },
            activate: () => log.calls.push(`activate ${addedName}`),
            delete: () => log.calls.push(`delete sheet ${addedName}`),
          },
          ...Object.fromEntries(sheets.map((seed, i) => [`s${i}`, { ...sheetData(seed, i), isNullObject: false }])),
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };

  const mock: Mock = new OfficeMockObject({ host: 'excel', ...data } as any);
  const worksheets = mock.context.workbook.worksheets;
  const sheetMock = (index: number): Mock => worksheets[`s${index}`];
  sheets.forEach((seed, i) => {
    items.push(sheetMock(i));
    (seed.formats ?? []).forEach((f, k) => {
      const format = sheetMock(i).whole.conditionalFormats[`old${k}`];
      seeded.set(format, f);
      formatLists[i].push(format);
    });
  });

  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs += 1;
    await sync();
  };
  const runOptions: (RunOptions | undefined)[] = [];
  const run: ExcelRunner = (batch, options) => {
    runOptions.push(options);
    return mock.run(batch);
  };
  return {
    run,
    mock,
    syncs: () => syncs,
    runOptions,
    log,
    sheet: (name) => items[names.indexOf(name)],
    formats: (name) => [...formatLists[names.indexOf(name)]],
    formatSeeds: (name) =>
      formatLists[names.indexOf(name)].map((f) => seeded.get(f) ?? { type: f.type, formula: f.custom.rule.formula }),
    addedSheet: () => added,
  };
}
