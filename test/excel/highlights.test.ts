import type { Finding } from '../../src/engine/schema';
import { HIGHLIGHT_FILL } from '../../src/engine/highlight';
import { columnRuns, isMarkerFormula, markerFormula } from '../../src/excel/highlightPlan';
import { MemorySettingsStore, SETTINGS_KEYS } from '../../src/excel/settingsStore';
import { HostError } from '../../src/host/workbookHost';
import { reopen, setup, syncsOf, type Setup } from './sampleWorkbook';

function finding(sheet: string, cell: string, severity: Finding['severity'], rule = 'r'): Finding {
  return { sheet, cell, severity, rule, message: 'm' };
}

const FINDINGS: Finding[] = [
  finding('部门整体', 'C6', 'error'),
  finding('部门整体', 'C5', 'error'),
  finding('部门整体', 'C6', 'warning'), // same cell: the error wins
  finding('部门整体', 'D8', 'warning'),
  finding('部门整体', 'E8', 'info'),
  finding('项目 A', 'C4', 'error'),
];

/** The add-in's rules as "sheet!address severity-fill". */
function marks(s: Setup): string[] {
  return s.workbook.sheets.flatMap((sheet) =>
    sheet.conditionalFormats
      .filter((cf) => cf.type === 'Custom' && isMarkerFormula(cf.formula))
      .map((cf) => `${sheet.name}!${cf.areas.map((a) => `${a.top},${a.left}-${a.bottom},${a.right}`).join()} ${cf.fill}`),
  );
}

function addUserRules(s: Setup): void {
  s.workbook.userAddRule('部门整体', { type: 'Custom', areas: [{ top: 4, left: 3, bottom: 6, right: 3 }], formula: '=C4>6000', fill: '#FF0000' });
  s.workbook.userAddRule('部门整体', { type: 'ColorScale', areas: [{ top: 1, left: 1, bottom: 8, right: 5 }] });
}

describe('applyHighlights / clearHighlights on the simulated Excel', () => {
  it('adds one marked rule per column run and severity in one sync, touching no cell format', async () => {
    const s = setup();
    expect(await syncsOf(s, () => s.host.applyHighlights(FINDINGS))).toBe(1);
    expect(marks(s).sort()).toEqual(
      [
        `部门整体!5,3-6,3 ${HIGHLIGHT_FILL.error}`,
        `部门整体!8,4-8,4 ${HIGHLIGHT_FILL.warning}`,
        `部门整体!8,5-8,5 ${HIGHLIGHT_FILL.info}`,
        `项目 A!4,3-4,3 ${HIGHLIGHT_FILL.error}`,
      ].sort(),
    );
    const formulas = s.workbook.sheets.flatMap((sh) => sh.conditionalFormats.map((cf) => cf.formula));
    expect(new Set(formulas)).toEqual(new Set([markerFormula('error'), markerFormula('warning'), markerFormula('info')]));
    expect(s.workbook.sheets.flatMap((sh) => [...sh.cells.values()].filter((c) => c.fill !== undefined))).toEqual([]);
    expect(s.settings.get(SETTINGS_KEYS.highlights)).toHaveLength(4);
  });

  it('clears exactly its own rules after the workbook is reopened, in two syncs, keeping the user’s rules', async () => {
    const s = setup();
    addUserRules(s);
    await s.host.applyHighlights(FINDINGS);
    const r = reopen(s);
    expect(await syncsOf(r, () => r.host.clearHighlights())).toBe(2);
    expect(marks(r)).toEqual([]);
    expect(r.workbook.requireSheet('部门整体').conditionalFormats.map((cf) => cf.type)).toEqual(['Custom', 'ColorScale']);
    expect(r.settings.get(SETTINGS_KEYS.highlights)).toBeUndefined();
  });

  it('only looks, in two syncs, when there is nothing to clear', async () => {
    const s = setup();
    expect(await syncsOf(s, () => s.host.clearHighlights())).toBe(2);
  });

  it('replaces earlier highlights when applied again (two syncs)', async () => {
    const s = setup();
    await s.host.applyHighlights(FINDINGS);
    expect(await syncsOf(s, () => s.host.applyHighlights([finding('项目 A', 'C2', 'warning')]))).toBe(2);
    expect(marks(s)).toEqual([`项目 A!2,3-2,3 ${HIGHLIGHT_FILL.warning}`]);
  });

  it('still finds its rules when a highlighted sheet was renamed, and on a copy of it', async () => {
    const s = setup();
    await s.host.applyHighlights(FINDINGS);
    s.workbook.requireSheet('项目 A').name = '项目 B';
    s.workbook.userCopySheet('部门整体', '部门整体 (2)');
    await s.host.clearHighlights();
    expect(marks(s)).toEqual([]);
  });

  it('refuses, changing nothing, when a sheet to highlight is protected against formatting (after one read)', async () => {
    const s = setup();
    await s.host.applyHighlights(FINDINGS);
    s.workbook.requireSheet('项目 A').protection.protected = true;
    await expect(s.host.applyHighlights([finding('项目 A', 'C2', 'warning')])).rejects.toThrow(/工作表“项目 A”受保护/);
    expect(marks(s)).toHaveLength(4);
  });

  it('takes back what it added when a sheet turns out protected part-way (nothing recorded yet)', async () => {
    const s = setup();
    s.workbook.requireSheet('项目 A').protection.protected = true;
    await expect(s.host.applyHighlights(FINDINGS)).rejects.toThrow(/工作表“项目 A”受保护/);
    expect(marks(s)).toEqual([]);
    expect(s.settings.get(SETTINGS_KEYS.highlights)).toBeUndefined();
  });

  it('refuses to clear, deleting nothing, when one of its rules is on a sheet protected since', async () => {
    const s = setup();
    await s.host.applyHighlights(FINDINGS);
    s.workbook.requireSheet('部门整体').protection.protected = true;
    await expect(s.host.clearHighlights()).rejects.toThrow(/工作表“部门整体”受保护/);
    expect(marks(s)).toHaveLength(4);
  });

  it('takes back the rules it added when the settings save fails, and reports the save', async () => {
    class FailingSave extends MemorySettingsStore {
      override async save(): Promise<void> {
        throw new HostError('无法把检查状态保存到工作簿', 'could not save');
      }
    }
    const s = setup({ settings: new FailingSave() });
    await expect(s.host.applyHighlights(FINDINGS)).rejects.toThrow('无法把检查状态保存到工作簿');
    expect(marks(s)).toEqual([]);
  });

  it('fails with a one-line HostError on an unknown sheet, adding nothing', async () => {
    const s = setup();
    await expect(s.host.applyHighlights([finding('没有', 'A1', 'error')])).rejects.toBeInstanceOf(HostError);
    expect(marks(s)).toEqual([]);
  });

  it('joins adjacent cells of a column into runs', () => {
    expect(columnRuns(['B3', 'B4', 'B5', 'D2', 'B7', '$B$8'])).toEqual(['B3:B5', 'B7:B8', 'D2']);
  });
});
