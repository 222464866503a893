/**
 * The same adapter functions over office-addin-mock 4 (TOOLCHAIN.md's traps apply: no null in the
 * data, methods seeded, Excel.run seeded as run(cb) → cb(this.context)). Syncs are counted by
 * wrapping the mock context's sync.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost } from '../../src/excel/excelHost';
import { MemorySettingsStore, officeSettingsStore } from '../../src/excel/settingsStore';
import type { ExcelRunner } from '../../src/excel/runtime';
import type { Change } from '../../src/engine/schema';

interface CountingMock {
  run: ExcelRunner;
  mock: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  syncs: () => number;
}

function countingMock(data: Record<string, unknown>): CountingMock {
  const mock = new OfficeMockObject({ host: 'excel', ...data }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs += 1;
    await sync();
  };
  const run: ExcelRunner = (batch) => mock.run(batch);
  return { run, mock, syncs: () => syncs };
}

function notFound(): Error {
  return Object.assign(new Error('The requested resource does not exist.'), { code: 'ItemNotFound' });
}

/** Calls the adapter made, kept outside the mock (the mock turns seeded scalars into "not loaded"). */
let calls: string[] = [];

function workbookData() {
  calls = [];
  return {
    context: {
      workbook: {
        worksheets: {
          project: {
            protection: { protected: false },
            cells: {
              C3: { values: [[100000]], formulas: [[100000]], select: () => calls.push('select C3') },
              C4: { values: [[0.9]], formulas: [[0.9]], select: () => calls.push('select C4') },
              C5: { values: [[100000]], formulas: [['=C3']], select: () => calls.push('select C5') },
            },
            activate: () => calls.push('activate'),
            getRange(address: string) {
              return (this.cells as Record<string, unknown>)[address];
            },
          },
          getItem(name: string) {
            if (name !== '项目 A') throw notFound();
            return this.project;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
}

function change(cell: string, before: number, after: number): Change {
  return { sheet: '项目 A', cell, before, after, reason: 'r', relation: 'x' };
}

describe('adapter over office-addin-mock', () => {
  it('select: activates the sheet and selects the cell in one sync', async () => {
    const { run, syncs } = countingMock(workbookData());
    const host = createExcelHost({ run, settings: new MemorySettingsStore(), supports: () => true });
    await host.select('项目 A', 'C4');
    expect(syncs()).toBe(1);
    expect(calls).toEqual(['activate', 'select C4']);
    await expect(host.select('无此表', 'A1')).rejects.toThrow(/^定位单元格失败：找不到工作表/);
  });

  it('applyPlan: writes after the re-read (two syncs) and refuses stale or formula cells', async () => {
    const { run, mock, syncs } = countingMock(workbookData());
    const settings = new MemorySettingsStore();
    const host = createExcelHost({ run, settings, supports: () => true });
    const cells = mock.context.workbook.worksheets.project.cells;

    await expect(host.applyPlan([change('C3', 100000, 1), change('C4', 0.8, 1)])).rejects.toThrow(
      /项目 A!C4 已被修改（现为 0.9，检查时为 0.8）/,
    );
    expect(syncs()).toBe(1);
    expect(cells.C3.values).toEqual([[100000]]);

    await expect(host.applyPlan([change('C5', 100000, 1)])).rejects.toThrow(/C5 含公式 =C3/);
    expect(cells.C5.values).toEqual([[100000]]);

    expect(await host.applyPlan([change('C3', 100000, 120000), change('C4', 0.9, 0.95)])).toEqual({ written: 2 });
    expect(syncs()).toBe(4);
    expect(cells.C3.values).toEqual([[120000]]);
    expect(cells.C4.values).toEqual([[0.95]]);
    expect(await host.canUndoPlan()).toBe(true);
  });
});

describe('officeSettingsStore', () => {
  it('reads, writes and saves through Office.context.document.settings', async () => {
    const saved = new Map<string, unknown>();
    const live = new Map<string, unknown>();
    const settings = {
      get: (key: string) => (live.has(key) ? live.get(key) : null),
      set: (key: string, value: unknown) => void live.set(key, value),
      remove: (key: string) => void live.delete(key),
      saveAsync: (callback: (result: { status: string }) => void) => {
        saved.clear();
        live.forEach((v, k) => saved.set(k, v));
        callback({ status: 'succeeded' });
      },
    };
    (globalThis as Record<string, unknown>).Office = { AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
    const store = officeSettingsStore(settings as unknown as Office.Settings);
    expect(store.get('budgetCheck.ignored')).toBeUndefined();
    store.set('budgetCheck.ignored', [{ sheet: 'a' }]);
    await store.save();
    expect(saved.get('budgetCheck.ignored')).toEqual([{ sheet: 'a' }]);
    store.remove('budgetCheck.ignored');
    await store.save();
    expect(saved.has('budgetCheck.ignored')).toBe(false);

    settings.saveAsync = (callback) => callback({ status: 'failed', error: { message: 'disk full' } } as never);
    await expect(store.save()).rejects.toThrow("无法把检查状态保存到工作簿 / could not save the checker's state in the workbook: disk full");
    delete (globalThis as Record<string, unknown>).Office;
  });
});
