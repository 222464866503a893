// Ignored findings are kept in a very hidden worksheet `budget-check` that travels with the file:
// A1:E1 the titles 工作表 | 单元格 | 规则 | 原因 | 时间, then one text row per ignored finding.
import { SETTINGS_KEYS } from '../../src/excel/settingsStore';
import type { IgnoredFinding } from '../../src/host/workbookHost';
import type { SimWorkbook } from '../../src/excel-sim';
import { reopen, sampleSpec, setup } from './sampleWorkbook';

const A: IgnoredFinding = { sheet: '项目 A', cell: 'C4', rule: 'value.missing-annual', reason: '年度指标另表填报' };
const B: IgnoredFinding = { sheet: '部门整体', cell: 'E8', rule: 'value.word-operator', reason: '=原文如此' };
const C: IgnoredFinding = { sheet: '部门整体', cell: 'C6', rule: 'money.identity-funding', reason: '001' };

/** A clock the test moves by hand. */
function clock(start: string) {
  let now = new Date(start);
  return { now: () => now, set: (at: string) => (now = new Date(at)) };
}

/** The hidden sheet as rows of values, A1 first (what a reviewer or the command line reads). */
function rowsOf(workbook: SimWorkbook): string[][] {
  const sheet = workbook.sheet('budget-check');
  if (!sheet) throw new Error('no budget-check sheet');
  const range = sheet.usedRange(true);
  const rows: string[][] = [];
  for (let r = 1; r <= (range?.bottom ?? 0); r++) {
    const row = ['A', 'B', 'C', 'D', 'E'].map((col) => String(sheet.cell(`${col}${r}`)?.value ?? ''));
    if (row.some((v) => v !== '')) rows.push(row);
  }
  return rows;
}

describe('ignored findings in the very hidden sheet budget-check', () => {
  it('refuse in one sync, adding no sheet, when the workbook structure is protected', async () => {
    const s = setup();
    s.workbook.structureProtected = true;
    await expect(s.host.saveIgnored([A])).rejects.toThrow(/工作簿结构受保护/);
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.sheet('budget-check')).toBeUndefined();
  });

  it('are written in one batch (two syncs) as text rows under the titles, on a sheet added very hidden', async () => {
    const t = clock('2026-03-05T14:07:00');
    const s = setup({ now: t.now });
    await s.host.saveIgnored([A, B]);

    expect(s.workbook.syncs).toBe(2);
    expect(s.workbook.runOptions).toEqual([{ delayForCellEdit: true }]);
    const sheet = s.workbook.sheet('budget-check');
    expect(sheet?.visibility).toBe('VeryHidden');
    expect(rowsOf(s.workbook)).toEqual([
      ['工作表', '单元格', '规则', '原因', '时间'],
      ['项目 A', 'C4', 'value.missing-annual', '年度指标另表填报', '2026-03-05 14:07'],
      ['部门整体', 'E8', 'value.word-operator', '=原文如此', '2026-03-05 14:07'],
    ]);
    expect(sheet?.cell('D3')?.formula).toBeUndefined(); // "=原文如此" stays text, not a formula
    expect(sheet?.cell('E2')?.numberFormat).toBe('@');
    expect(s.settings.persisted.has(SETTINGS_KEYS.ignored)).toBe(false);
    expect(s.settings.saves).toBe(0);
  });

  it('survive a reopen (two syncs to read), keep the time each was first ignored, and can be removed again', async () => {
    const t = clock('2026-03-05T14:07:00');
    const s = setup({ now: t.now });
    await s.host.saveIgnored([A]);
    t.set('2026-03-06T09:30:00');
    await s.host.saveIgnored([A, C]);

    const again = reopen(s);
    again.workbook.syncs = 0;
    expect(await again.host.loadIgnored()).toEqual([A, C]);
    expect(again.workbook.syncs).toBe(2);
    t.set('2026-04-01T08:00:00');
    await again.host.saveIgnored([C, B]);
    expect(rowsOf(again.workbook)).toEqual([
      ['工作表', '单元格', '规则', '原因', '时间'],
      ['部门整体', 'C6', 'money.identity-funding', '001', '2026-03-06 09:30'],
      ['部门整体', 'E8', 'value.word-operator', '=原文如此', '2026-04-01 08:00'],
    ]);
    expect(again.workbook.sheet('budget-check')?.cell('D2')?.value).toBe('001');

    await again.host.saveIgnored([]);
    expect(rowsOf(again.workbook)).toEqual([['工作表', '单元格', '规则', '原因', '时间']]);
    expect(await reopen(again).host.loadIgnored()).toEqual([]);
  });

  it('are not part of the workbook that is read and checked', async () => {
    const s = setup();
    await s.host.saveIgnored([A]);
    s.workbook.syncs = 0;
    const snapshot = await s.host.readSnapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['部门整体', '项目 A', '空表']);
    expect(s.workbook.syncs).toBe(2);
  });

  it('fall back, in one sync and writing nothing, to the document settings of earlier versions; the sheet wins once it exists', async () => {
    const s = setup();
    s.settings.set(SETTINGS_KEYS.ignored, [A]);
    await s.settings.save();
    expect(await s.host.loadIgnored()).toEqual([A]);
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.sheet('budget-check')).toBeUndefined();

    await s.host.saveIgnored([]);
    expect(await reopen(s).host.loadIgnored()).toEqual([]);
  });

  it('ignore malformed legacy state instead of failing', async () => {
    const s = setup();
    s.settings.set(SETTINGS_KEYS.ignored, '{not json');
    expect(await s.host.loadIgnored()).toEqual([]);
    s.settings.set(SETTINGS_KEYS.ignored, JSON.stringify([{ sheet: 'a', cell: 'B2', rule: 'r', reason: 'x' }, { sheet: 1 }]));
    expect(await s.host.loadIgnored()).toEqual([{ sheet: 'a', cell: 'B2', rule: 'r', reason: 'x' }]);
  });

  it('skip hand-edited rows without a sheet, cell or rule', async () => {
    const spec = sampleSpec();
    spec.sheets.push({
      name: 'budget-check',
      merges: [],
      columnWidths: {},
      validations: [],
      cells: {
        A1: { value: '工作表' }, B1: { value: '单元格' }, C1: { value: '规则' }, D1: { value: '原因' }, E1: { value: '时间' },
        A2: { value: '项目 A' }, B2: { value: 'C4' }, C2: { value: 'value.missing-annual' }, D2: { value: '年度指标另表填报' },
        A3: { value: '只有表名' },
        A4: { value: '部门整体' }, B4: { value: 'E8' }, C4: { value: 'value.word-operator' }, D4: { value: '=原文如此' }, E4: { value: '2026-01-02 03:04' },
      },
    });
    const s = setup({ spec });
    s.workbook.requireSheet('budget-check').visibility = 'VeryHidden';
    expect(await s.host.loadIgnored()).toEqual([A, B]);
  });

  it('refuse, writing nothing, when a visible sheet of that name is the user’s own', async () => {
    const spec = sampleSpec();
    spec.sheets.push({ name: 'budget-check', cells: { A1: { value: '我的预算核对' } }, merges: [], columnWidths: {}, validations: [] });
    const s = setup({ spec });
    await expect(s.host.saveIgnored([A])).rejects.toThrow(
      '工作簿中已有名为“budget-check”的可见工作表，未保存忽略记录；请改名后重试 / A visible sheet named "budget-check" is in the way; the ignored findings were not saved. Rename it and try again',
    );
    expect(rowsOf(s.workbook)).toEqual([['我的预算核对', '', '', '', '']]);
    expect(await s.host.loadIgnored()).toEqual([]);
    expect((await s.host.readSnapshot()).sheets.map((sheet) => sheet.name)).toContain('budget-check');
  });
});
