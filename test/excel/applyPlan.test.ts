import type { Change } from '../../src/engine/schema';
import { MemorySettingsStore, SETTINGS_KEYS } from '../../src/excel/settingsStore';
import { HostError } from '../../src/host/workbookHost';
import { reopen, setup, syncsOf } from './sampleWorkbook';

function change(sheet: string, cell: string, before: Change['before'], after: Change['after']): Change {
  return { sheet, cell, before, after, reason: '收支平衡', relation: '基本支出+项目支出 = 财政拨款+其他资金' };
}

const PLAN: Change[] = [change('部门整体', 'E4', 6904.16, 6903.16), change('项目 A', 'C3', 100000, 120000)];

class FailingSave extends MemorySettingsStore {
  override async save(): Promise<void> {
    throw new HostError('无法保存', 'cannot save');
  }
}

describe('applyPlan / undoPlan on the simulated Excel', () => {
  it('re-reads, then writes every change in one more sync, waiting for cell edit, keeping number formats', async () => {
    const s = setup();
    expect(await syncsOf(s, () => s.host.applyPlan(PLAN))).toBe(2);
    expect(s.workbook.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(s.workbook.valueAt('部门整体', 'E4')).toBe(6903.16);
    expect(s.workbook.valueAt('项目 A', 'C3')).toBe(120000);
    expect(s.workbook.requireSheet('部门整体').text('E4')).toBe('6,903.16');
    expect(await s.host.canUndoPlan()).toBe(true);
  });

  it('refuses after one sync, writing nothing, when a target no longer holds its before-value', async () => {
    const s = setup();
    const stale = [PLAN[0], change('项目 A', 'C3', 99999, 120000)];
    s.workbook.syncs = 0;
    await expect(s.host.applyPlan(stale)).rejects.toThrow(
      '项目 A!C3 已被修改（现为 100000，检查时为 99999），未写入任何单元格 / 项目 A!C3 has changed (now 100000, was 99999 when checked); nothing was written',
    );
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.valueAt('部门整体', 'E4')).toBe(6904.16);
    expect(await s.host.canUndoPlan()).toBe(false);
  });

  it('refuses to overwrite a formula, or a locked cell of a protected sheet', async () => {
    const s = setup();
    await expect(s.host.applyPlan([change('部门整体', 'C6', 6904.16, 1)])).rejects.toThrow(/C6 含公式 =C4\+C5/);
    s.workbook.requireSheet('项目 A').protection.protected = true;
    await expect(s.host.applyPlan(PLAN)).rejects.toThrow('项目 A!C3 在受保护工作表上且已锁定');
    expect(s.workbook.valueAt('部门整体', 'E4')).toBe(6904.16);
  });

  it('compares text without surrounding spaces and numbers exactly', async () => {
    const s = setup();
    await s.host.applyPlan([change('部门整体', 'B3', ' 市府办 ', '市政府办公室')]);
    expect(s.workbook.valueAt('部门整体', 'B3')).toBe('市政府办公室');
    await expect(s.host.applyPlan([change('部门整体', 'C4', 6336.5500001, 1)])).rejects.toThrow(/已被修改/);
  });

  it('writes text that Excel would parse (formula, number, percentage, date) as text, without a visible apostrophe', async () => {
    const s = setup();
    const texts = ['=C4*2', '-5', '007', '12.5%', '2026/1/5', 'TRUE'];
    const cells = ['A10', 'A11', 'A12', 'A13', 'A14', 'A15'];
    for (const cell of cells) s.workbook.requireSheet('部门整体').touch(cell).value = '旧';
    await s.host.applyPlan(cells.map((cell, i) => change('部门整体', cell, '旧', texts[i])));
    expect(cells.map((cell) => s.workbook.valueAt('部门整体', cell))).toEqual(texts);
    expect(cells.map((cell) => s.workbook.requireSheet('部门整体').cell(cell)?.formula)).toEqual(cells.map(() => undefined));
  });

  it('undo restores the before-values after a reopen, then has nothing left to undo', async () => {
    const s = setup();
    await s.host.applyPlan(PLAN);
    const r = reopen(s);
    expect(await r.host.canUndoPlan()).toBe(true);
    expect(await syncsOf(r, () => r.host.undoPlan())).toBe(2);
    expect(r.workbook.valueAt('部门整体', 'E4')).toBe(6904.16);
    expect(r.workbook.valueAt('项目 A', 'C3')).toBe(100000);
    expect(await r.host.canUndoPlan()).toBe(false);
    expect(await r.host.undoPlan()).toBe(false);
  });

  it('undo refuses, writing nothing and keeping the record, if a cell changed since', async () => {
    const s = setup();
    await s.host.applyPlan(PLAN);
    s.workbook.userType('项目 A', 'C3', 130000);
    await expect(s.host.undoPlan()).rejects.toThrow(/项目 A!C3 已被修改（现为 130000，检查时为 120000）/);
    expect(s.workbook.valueAt('部门整体', 'E4')).toBe(6903.16);
    expect(s.settings.get(SETTINGS_KEYS.undo)).toHaveLength(2);
  });

  it('turns an Excel error into one line in Chinese and English', async () => {
    const s = setup();
    await expect(s.host.applyPlan([change('没有这张表', 'A1', 1, 2)])).rejects.toThrow(
      '写入平衡方案失败：找不到工作表或单元格（可能已改名或删除） / Applying the plan failed: a sheet or cell was not found (renamed or deleted?)',
    );
  });

  it('reports the cells as written, with no undo, when the undo record cannot be saved', async () => {
    const s = setup({ settings: new FailingSave() });
    expect(await s.host.applyPlan(PLAN)).toEqual({ written: 2 });
    expect(s.workbook.valueAt('项目 A', 'C3')).toBe(120000);
    expect(await s.host.canUndoPlan()).toBe(false);
  });

  it('writes nothing and calls Excel not at all for an empty plan', async () => {
    const s = setup();
    expect(await s.host.applyPlan([])).toEqual({ written: 0 });
    expect(s.workbook.syncs).toBe(0);
  });
});

describe('select on the simulated Excel', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const s = setup();
    expect(await syncsOf(s, () => s.host.select('项目 A', 'C3'))).toBe(1);
    expect(s.workbook.activeSheet).toBe('项目 A');
    expect(s.workbook.selected).toBe('项目 A!C3');
  });

  it('rejects an unknown sheet with a HostError', async () => {
    const s = setup();
    await expect(s.host.select('没有', 'A1')).rejects.toBeInstanceOf(HostError);
  });
});
