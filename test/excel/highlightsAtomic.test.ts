// Highlights are all or nothing: whatever fails (a protected sheet, a sheet renamed since the check,
// the settings save), no conditional format of the add-in is left behind without a record, and
// 清除标记 finds the add-in's rules on every sheet, recorded or not.
import type { Finding } from '../../src/engine/schema';
import { createExcelHost } from '../../src/excel/excelHost';
import { markerFormula } from '../../src/excel/highlightPlan';
import { MemorySettingsStore, SETTINGS_KEYS } from '../../src/excel/settingsStore';
import { HostError } from '../../src/host/workbookHost';
import { fakeRunner } from './fakeContext';
import { FakeWorkbook } from './fakeWorkbook';
import { sampleSeeds, setup } from './sampleWorkbook';

function finding(sheet: string, cell: string, severity: Finding['severity'] = 'error'): Finding {
  return { sheet, cell, severity, rule: 'r', message: 'm' };
}

/** Findings on both data sheets; 部门整体 comes first, so its rules are added first. */
const BOTH: Finding[] = [finding('部门整体', 'C6'), finding('部门整体', 'D8', 'warning'), finding('项目 A', 'C4')];
const USER_RULE = { id: 'user-1', sheet: '项目 A', address: 'C3', type: 'Custom', formula: '=C3>0', fill: '#FF0000' };

/** A settings store whose saves fail, as Office's saveAsync does on a read-only or busy document. */
class FailingSettings extends MemorySettingsStore {
  override async save(): Promise<void> {
    this.saves += 1;
    throw new HostError('无法把检查状态保存到工作簿', "could not save the checker's state in the workbook");
  }
}

const ours = (workbook: FakeWorkbook) => workbook.conditionalFormats.filter((cf) => cf.formula?.includes('budget-check'));

describe('applyHighlights leaves nothing behind', () => {
  it('refuses before writing when a target sheet is protected (earlier highlights recorded): one read, nothing changed', async () => {
    const s = setup();
    await s.host.applyHighlights([finding('部门整体', 'E4')]);
    const before = JSON.stringify(s.workbook.conditionalFormats);
    const record = s.settings.persisted.get(SETTINGS_KEYS.highlights);
    s.workbook.sheet('项目 A')!.protected = true;
    s.workbook.syncs = 0;
    s.workbook.applied = [];

    await expect(s.host.applyHighlights(BOTH)).rejects.toThrow(
      '工作表“项目 A”受保护，未标出任何单元格；请先撤销保护 / Sheet "项目 A" is protected; nothing was highlighted. Unprotect it first',
    );
    expect(s.workbook.syncs).toBe(1); // the read, then the refusal: no write batch at all
    expect(s.workbook.applied).toEqual([]);
    expect(JSON.stringify(s.workbook.conditionalFormats)).toBe(before);
    expect(s.settings.persisted.get(SETTINGS_KEYS.highlights)).toBe(record);
  });

  it('takes back what it added when a sheet turns out protected part-way (nothing recorded yet)', async () => {
    const s = setup();
    s.workbook.conditionalFormats.push({ ...USER_RULE });
    s.workbook.sheet('项目 A')!.protected = true;

    await expect(s.host.applyHighlights(BOTH)).rejects.toThrow(/^工作表“项目 A”受保护，未标出任何单元格/);
    // write batch (failed after 部门整体's two rules), sheets, every sheet's rules, deletions
    expect(s.workbook.syncs).toBe(4);
    expect(ours(s.workbook)).toEqual([]);
    expect(s.workbook.conditionalFormats).toEqual([USER_RULE]);
    expect(s.settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(false);
  });

  it('writes nothing when a sheet was renamed between the check and the highlight, in one sync', async () => {
    const s = setup();
    s.workbook.sheet('项目 A')!.name = '项目 B';
    await expect(s.host.applyHighlights(BOTH)).rejects.toThrow(/^标出问题单元格失败：找不到工作表或单元格/);
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.conditionalFormats).toEqual([]);
    expect(s.workbook.applied).toEqual([]);
  });

  it('refuses, naming it, when a sheet was renamed after earlier highlights were recorded; then the old ones are still found', async () => {
    const s = setup();
    await s.host.applyHighlights([finding('部门整体', 'E4')]);
    s.workbook.sheet('部门整体')!.name = '部门整体2026';
    s.workbook.conditionalFormats.forEach((cf) => (cf.sheet = '部门整体2026'));
    s.workbook.syncs = 0;

    await expect(s.host.applyHighlights(BOTH)).rejects.toThrow(
      '找不到工作表“部门整体”（可能已改名或删除），未标出任何单元格；请重新检查 / Sheet "部门整体" was not found (renamed or deleted?); nothing was highlighted. Check again',
    );
    expect(s.workbook.syncs).toBe(3); // refused read of the recorded sheets, sheet list, every sheet's rules
    expect(ours(s.workbook).map((cf) => `${cf.sheet}!${cf.address}`)).toEqual(['部门整体2026!E4']);

    s.workbook.syncs = 0;
    await s.host.applyHighlights([finding('部门整体2026', 'C6', 'warning')]);
    expect(s.workbook.syncs).toBe(4); // refused read, sheet list, every sheet's rules, delete + add
    expect(ours(s.workbook).map((cf) => `${cf.sheet}!${cf.address}:${cf.formula}`)).toEqual([
      `部门整体2026!C6:${markerFormula('warning')}`,
    ]);
  });

  it('replaces the highlights of a recorded sheet that was deleted since, in four syncs', async () => {
    const s = setup();
    await s.host.applyHighlights(BOTH);
    s.workbook.sheets = s.workbook.sheets.filter((sheet) => sheet.name !== '项目 A');
    s.workbook.conditionalFormats = s.workbook.conditionalFormats.filter((cf) => cf.sheet !== '项目 A');
    s.workbook.syncs = 0;
    await s.host.applyHighlights([finding('部门整体', 'E4', 'info')]);
    expect(s.workbook.syncs).toBe(4);
    expect(ours(s.workbook).map((cf) => `${cf.sheet}!${cf.address}`)).toEqual(['部门整体!E4']);
  });

  it('takes back the rules it added when the settings save fails, and reports the save', async () => {
    const workbook = new FakeWorkbook(sampleSeeds());
    workbook.conditionalFormats.push({ ...USER_RULE });
    const settings = new FailingSettings();
    const host = createExcelHost({ run: fakeRunner(workbook), settings, supports: () => true });

    await expect(host.applyHighlights(BOTH)).rejects.toThrow(
      "无法把检查状态保存到工作簿 / could not save the checker's state in the workbook",
    );
    expect(workbook.syncs).toBe(2); // the write, then the rollback
    expect(workbook.conditionalFormats).toEqual([USER_RULE]);
    expect(settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(false);
  });
});

describe('clearHighlights searches every sheet', () => {
  it('removes the add-in’s rules on sheets it has no record of, and only those', async () => {
    const s = setup();
    s.workbook.conditionalFormats.push(
      { ...USER_RULE },
      { id: 'lost-1', sheet: '空表', address: 'A1', type: 'Custom', formula: markerFormula('error'), fill: '#FFC7CE' },
      { id: 'lost-2', sheet: '项目 A', address: 'C4', type: 'Custom', formula: markerFormula('info'), fill: '#DDEBF7' },
    );
    await s.host.clearHighlights();
    expect(s.workbook.syncs).toBe(3);
    expect(s.workbook.conditionalFormats).toEqual([USER_RULE]);
  });

  it('refuses, deleting nothing, when one of its rules is on a protected sheet', async () => {
    const s = setup();
    await s.host.applyHighlights(BOTH);
    const before = JSON.stringify(s.workbook.conditionalFormats);
    s.workbook.sheet('项目 A')!.protected = true;
    await expect(s.host.clearHighlights()).rejects.toThrow(
      '工作表“项目 A”受保护，未清除任何标记；请先撤销保护 / Sheet "项目 A" is protected; no highlight was cleared. Unprotect it first',
    );
    expect(JSON.stringify(s.workbook.conditionalFormats)).toBe(before);
    expect(s.settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(true);

    s.workbook.sheet('项目 A')!.protected = false;
    await s.host.clearHighlights();
    expect(s.workbook.conditionalFormats).toEqual([]);
    expect(s.settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(false);
  });
});
