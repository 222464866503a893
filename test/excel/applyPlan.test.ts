import type { Change } from '../../src/engine/schema';
import { MemorySettingsStore, SETTINGS_KEYS } from '../../src/excel/settingsStore';
import { HostError } from '../../src/host/workbookHost';
import { fakeRunner } from './fakeContext';
import { reopen, setup } from './sampleWorkbook';
import { createExcelHost } from '../../src/excel/excelHost';
import { CodedError } from './fakeWorkbook';

function change(sheet: string, cell: string, before: Change['before'], after: Change['after']): Change {
  return { sheet, cell, before, after, reason: '收支平衡', relation: '基本支出+项目支出 = 财政拨款+其他资金' };
}

const PLAN: Change[] = [change('部门整体', 'E4', 6904.16, 6903.16), change('项目 A', 'C3', 100000, 120000)];

function valueOf(s: ReturnType<typeof setup>, sheet: string, cell: string) {
  return s.workbook.sheet(sheet)?.cell(cell)?.value;
}

describe('applyPlan / undoPlan', () => {
  it('re-reads, then writes every change in one more sync, waiting for cell edit', async () => {
    const s = setup();
    expect(await s.host.applyPlan(PLAN)).toEqual({ written: 2 });
    expect(s.workbook.syncs).toBe(2);
    expect(s.workbook.runs).toEqual([{ delayForCellEdit: true }]);
    expect(valueOf(s, '部门整体', 'E4')).toBe(6903.16);
    expect(valueOf(s, '项目 A', 'C3')).toBe(120000);
    expect(s.workbook.sheet('部门整体')?.cell('E4')?.numberFormat).toBe('#,##0.00');
    expect(s.workbook.applied.map((op) => `${op.target} ${op.what} ${JSON.stringify(op.value)}`)).toEqual([
      '部门整体!E4 values [[6903.16]]',
      '项目 A!C3 values [[120000]]',
    ]);
    expect(await s.host.canUndoPlan()).toBe(true);
  });

  it('refuses, writing nothing, when a target no longer holds its before-value', async () => {
    const s = setup();
    const stale = [PLAN[0], change('项目 A', 'C3', 99999, 120000)];
    await expect(s.host.applyPlan(stale)).rejects.toThrow(
      '项目 A!C3 已被修改（现为 100000，检查时为 99999），未写入任何单元格 / 项目 A!C3 has changed (now 100000, was 99999 when checked); nothing was written',
    );
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.applied).toEqual([]);
    expect(valueOf(s, '部门整体', 'E4')).toBe(6904.16);
    expect(await s.host.canUndoPlan()).toBe(false);
  });

  it('refuses to overwrite a formula, or a cell on a protected sheet', async () => {
    const s = setup();
    await expect(s.host.applyPlan([change('部门整体', 'C6', 6904.16, 1)])).rejects.toThrow(/C6 含公式 =C4\+C5/);
    s.workbook.sheet('项目 A')!.protected = true;
    await expect(s.host.applyPlan(PLAN)).rejects.toThrow(
      '工作表“项目 A”受保护，未写入任何单元格；请先撤销保护 / Sheet "项目 A" is protected; nothing was written. Unprotect it first',
    );
    expect(s.workbook.applied).toEqual([]);
  });

  it('compares text without surrounding spaces and numbers exactly', async () => {
    const s = setup();
    await s.host.applyPlan([change('部门整体', 'B3', ' 市府办 ', '市政府办公室')]);
    expect(valueOf(s, '部门整体', 'B3')).toBe('市政府办公室');
    await expect(s.host.applyPlan([change('部门整体', 'C4', 6336.5500001, 1)])).rejects.toBeInstanceOf(HostError);
    await expect(s.host.applyPlan([change('部门整体', 'C4', '6336.55', 1)])).rejects.toBeInstanceOf(HostError);
  });

  it('writes text that looks like a number or formula as text', async () => {
    const s = setup();
    await s.host.applyPlan([change('部门整体', 'E8', '≥90%', '=1+1'), change('部门整体', 'A3', '部门名称', '001')]);
    expect(s.workbook.applied.map((op) => op.value)).toEqual([[["'=1+1"]], [["'001"]]]);
    expect(valueOf(s, '部门整体', 'E8')).toBe('=1+1');
    expect(s.workbook.sheet('部门整体')?.cell('E8')?.formula).toBeUndefined();
  });

  it('undo restores the before-values after a reopen, then has nothing left to undo', async () => {
    const s = setup();
    await s.host.applyPlan(PLAN);
    const again = reopen(s);
    again.workbook.syncs = 0;
    expect(await again.host.canUndoPlan()).toBe(true);
    expect(await again.host.undoPlan()).toBe(true);
    expect(again.workbook.syncs).toBe(2);
    expect(valueOf(again, '部门整体', 'E4')).toBe(6904.16);
    expect(valueOf(again, '项目 A', 'C3')).toBe(100000);
    expect(await again.host.canUndoPlan()).toBe(false);
    expect(again.settings.persisted.has(SETTINGS_KEYS.undo)).toBe(false);
    expect(await again.host.undoPlan()).toBe(false);
  });

  it('undo refuses, writing nothing and keeping the record, if a cell changed since', async () => {
    const s = setup();
    await s.host.applyPlan(PLAN);
    s.workbook.sheet('项目 A')!.cells.set('C3', { value: 125000 });
    const written = s.workbook.applied.length;
    await expect(s.host.undoPlan()).rejects.toThrow(/项目 A!C3 已被修改（现为 125000，检查时为 120000）/);
    expect(s.workbook.applied.length).toBe(written);
    expect(valueOf(s, '部门整体', 'E4')).toBe(6903.16);
    expect(await s.host.canUndoPlan()).toBe(true);
  });

  it('turns an Excel error into one line in Chinese and English', async () => {
    const s = setup();
    const failing = createExcelHost({
      run: async () => {
        throw new CodedError('InvalidOperationInCellEditMode', 'long\nstack');
      },
      settings: s.settings,
      supports: () => true,
    });
    await expect(failing.applyPlan(PLAN)).rejects.toThrow(
      '写入平衡方案失败：请先结束单元格编辑（按 Enter 或 Esc） / Applying the plan failed: finish editing the cell first (press Enter or Esc)',
    );
    const unknown = createExcelHost({ run: fakeRunner(s.workbook), settings: s.settings, supports: () => true });
    await expect(unknown.applyPlan([change('无此表', 'A1', 1, 2)])).rejects.toThrow(/^写入平衡方案失败：找不到工作表/);
    expect(s.workbook.applied).toEqual([]);
  });

  it('reports the cells as written, with no undo, when the undo record cannot be saved', async () => {
    const s = setup();
    class FailingSave extends MemorySettingsStore {
      override async save(): Promise<void> {
        throw new HostError('无法把检查状态保存到工作簿', "could not save the checker's state in the workbook");
      }
    }
    const settings = new FailingSave();
    const host = createExcelHost({ run: fakeRunner(s.workbook), settings, supports: () => true });
    expect(await host.applyPlan(PLAN)).toEqual({ written: 2 });
    expect(valueOf(s, '部门整体', 'E4')).toBe(6903.16);
    expect(valueOf(s, '项目 A', 'C3')).toBe(120000);
    expect(s.workbook.syncs).toBe(2);
    expect(await host.canUndoPlan()).toBe(false);
    expect(await host.undoPlan()).toBe(false);
    expect(valueOf(s, '项目 A', 'C3')).toBe(120000);
  });

  it('reports an undo whose cells are restored as done, even when forgetting the record cannot be saved', async () => {
    const s = setup();
    await s.host.applyPlan(PLAN);
    s.settings.save = async () => {
      throw new HostError('无法把检查状态保存到工作簿', "could not save the checker's state in the workbook");
    };
    expect(await s.host.undoPlan()).toBe(true);
    expect(valueOf(s, '部门整体', 'E4')).toBe(6904.16);
    expect(await s.host.canUndoPlan()).toBe(false);
  });

  it('writes nothing and calls Excel not at all for an empty plan', async () => {
    const s = setup();
    expect(await s.host.applyPlan([])).toEqual({ written: 0 });
    expect(s.workbook.runs).toEqual([]);
  });
});

describe('select', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const s = setup();
    await s.host.select('项目 A', 'C4');
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.activeSheet).toBe('项目 A');
    expect(s.workbook.selected).toBe('项目 A!C4');
  });

  it('rejects an unknown sheet with a HostError', async () => {
    const s = setup();
    await expect(s.host.select('无此表', 'A1')).rejects.toThrow(/^定位单元格失败：找不到工作表/);
  });
});
