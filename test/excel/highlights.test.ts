import type { Finding } from '../../src/engine/schema';
import { MAX_ADDRESS_LENGTH, markerFormula } from '../../src/excel/highlightPlan';
import { SETTINGS_KEYS } from '../../src/excel/settingsStore';
import { HostError } from '../../src/host/workbookHost';
import { reopen, setup } from './sampleWorkbook';

function finding(sheet: string, cell: string, severity: Finding['severity'], rule = 'r'): Finding {
  return { sheet, cell, severity, rule, message: 'm' };
}

const FINDINGS: Finding[] = [
  finding('部门整体', 'C6', 'error'),
  finding('部门整体', 'E4', 'error'),
  finding('部门整体', 'C6', 'warning'), // same cell: the error wins
  finding('部门整体', 'D8', 'warning'),
  finding('部门整体', 'E8', 'info'),
  finding('项目 A', 'C4', 'error'),
];

/** A user's own rules, which the add-in must never delete. */
function addUserRules(s: ReturnType<typeof setup>): void {
  s.workbook.conditionalFormats.push(
    { id: 'user-1', sheet: '部门整体', address: 'C4:C6', type: 'Custom', formula: '=C4>6000', fill: '#FF0000' },
    { id: 'user-2', sheet: '部门整体', address: 'A1:E8', type: 'CellValue' },
  );
}

describe('applyHighlights / clearHighlights', () => {
  it('adds one conditional format per sheet and severity in one sync, touching no cell format', async () => {
    const s = setup();
    const cellsBefore = JSON.stringify(s.workbook.sheets.map((sh) => [...sh.cells]));
    await s.host.applyHighlights(FINDINGS);

    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.runs).toEqual([{ delayForCellEdit: true }]);
    const ours = s.workbook.conditionalFormats.map(({ sheet, address, type, formula, fill }) => ({
      sheet,
      address,
      type,
      formula,
      fill,
    }));
    expect(ours).toEqual([
      { sheet: '部门整体', address: 'E8', type: 'Custom', formula: '=N("budget-check:info")=0', fill: '#DDEBF7' },
      { sheet: '部门整体', address: 'D8', type: 'Custom', formula: '=N("budget-check:warning")=0', fill: '#FFEB9C' },
      { sheet: '部门整体', address: 'C6,E4', type: 'Custom', formula: '=N("budget-check:error")=0', fill: '#FFC7CE' },
      { sheet: '项目 A', address: 'C4', type: 'Custom', formula: '=N("budget-check:error")=0', fill: '#FFC7CE' },
    ]);
    expect(s.workbook.formatWrites()).toEqual([]);
    expect(JSON.stringify(s.workbook.sheets.map((sh) => [...sh.cells]))).toBe(cellsBefore);
    expect(JSON.parse(s.settings.persisted.get(SETTINGS_KEYS.highlights) as string)).toEqual([
      { sheet: '部门整体', severity: 'info', address: 'E8', id: '{CF-1}' },
      { sheet: '部门整体', severity: 'warning', address: 'D8', id: '{CF-2}' },
      { sheet: '部门整体', severity: 'error', address: 'C6,E4', id: '{CF-3}' },
      { sheet: '项目 A', severity: 'error', address: 'C4', id: '{CF-4}' },
    ]);
  });

  it('gives every cell its own rule, still in one sync, where RangeAreas (1.9) is missing', async () => {
    const s = setup({ apiSets: ['1.7', '1.8'] });
    await s.host.applyHighlights(FINDINGS);
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.conditionalFormats.map((cf) => `${cf.sheet}!${cf.address}:${cf.fill}`)).toEqual([
      '部门整体!E8:#DDEBF7',
      '部门整体!D8:#FFEB9C',
      '部门整体!C6:#FFC7CE',
      '部门整体!E4:#FFC7CE',
      '项目 A!C4:#FFC7CE',
    ]);
  });

  it('clears exactly its own rules after the workbook is reopened, in two syncs, leaving cell formats alone', async () => {
    const s = setup();
    addUserRules(s);
    await s.host.applyHighlights(FINDINGS);
    // Reopening gives conditional formats new ids: clearing must not depend on the stored ones.
    s.workbook.conditionalFormats.forEach((cf, i) => (cf.id = `session2-${i}`));
    const again = reopen(s);
    again.workbook.syncs = 0;

    await again.host.clearHighlights();

    expect(again.workbook.syncs).toBe(2); // the recorded sheets' rules and protection, then the deletions
    expect(again.workbook.conditionalFormats.map((cf) => cf.formula ?? cf.type)).toEqual(['=C4>6000', 'CellValue']);
    expect(again.workbook.conditionalFormats[0].fill).toBe('#FF0000');
    expect(again.workbook.formatWrites()).toEqual([]);
    expect(again.workbook.applied.filter((op) => op.what === 'delete()')).toHaveLength(4);
    expect(again.settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(false);
  });

  it('only looks, in two syncs, when there is nothing to clear', async () => {
    const s = setup();
    addUserRules(s);
    await s.host.clearHighlights();
    expect(s.workbook.syncs).toBe(2);
    expect(s.workbook.applied).toEqual([]);
    expect(s.workbook.conditionalFormats).toHaveLength(2);
    expect(s.settings.saves).toBe(0);
  });

  it('replaces earlier highlights when applied again (two syncs)', async () => {
    const s = setup();
    addUserRules(s);
    await s.host.applyHighlights(FINDINGS);
    s.workbook.syncs = 0;
    await s.host.applyHighlights([finding('项目 A', 'C3', 'warning')]);
    expect(s.workbook.syncs).toBe(2);
    expect(s.workbook.conditionalFormats.map((cf) => `${cf.sheet}!${cf.address}:${cf.formula}`)).toEqual([
      '部门整体!C4:C6:=C4>6000',
      '部门整体!A1:E8:undefined',
      `项目 A!C3:${markerFormula('warning')}`,
    ]);
  });

  it('still finds its rules when a highlighted sheet was renamed (searches every sheet)', async () => {
    const s = setup();
    await s.host.applyHighlights(FINDINGS);
    s.workbook.sheets[1].name = '项目 B';
    s.workbook.conditionalFormats.forEach((cf) => cf.sheet === '项目 A' && (cf.sheet = '项目 B'));
    s.workbook.syncs = 0;
    await s.host.clearHighlights();
    expect(s.workbook.conditionalFormats).toEqual([]);
    expect(s.workbook.syncs).toBe(4); // refused read of the recorded sheet, sheet list, rules of every sheet, deletions
  });

  it('splits long address lists below 8,192 characters, covering every cell once, in one sync', async () => {
    const s = setup();
    const many: Finding[] = [];
    for (let row = 1; row <= 2000; row++) many.push(finding('部门整体', `AB${row}`, 'warning'));
    await s.host.applyHighlights(many);
    expect(s.workbook.syncs).toBe(1);
    const addresses = s.workbook.conditionalFormats.map((cf) => cf.address);
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) expect(address.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(addresses.join(',').split(',')).toEqual(many.map((f) => f.cell));
  });

  it('fails with a one-line HostError on an unknown sheet', async () => {
    const s = setup();
    const result = s.host.applyHighlights([finding('没有这张表', 'A1', 'error')]);
    await expect(result).rejects.toBeInstanceOf(HostError);
    await expect(s.host.applyHighlights([finding('没有这张表', 'A1', 'error')])).rejects.toThrow(
      '标出问题单元格失败：找不到工作表或单元格（可能已改名或删除） / Highlighting cells failed: a sheet or cell was not found (renamed or deleted?)',
    );
  });
});
