// Column roles the user set are kept in G:J of the very hidden record sheet `budget-check`, beside
// the ignored findings in A:E: G1:J1 the titles 工作表 | 列 | 用途 | 表头, then one text row per column.
import type { ColumnOverride } from '../../src/engine/schema';
import type { IgnoredFinding } from '../../src/host/workbookHost';
import type { SimWorkbook } from '../../src/excel-sim';
import { reopen, sampleSpec, setup, syncsOf } from './sampleWorkbook';

const C3: ColumnOverride = { sheet: '项目 A', column: 'C', role: 'level3', header: '2025' };
const E_ANNUAL: ColumnOverride = { sheet: '部门整体', column: 'E', role: 'annual', header: '' };
const IGNORED: IgnoredFinding = { sheet: '项目 A', cell: 'C4', rule: 'value.missing-annual', reason: '年度指标另表填报' };

/** The record sheet's cells of `columns`, rows 1 to `rows`. */
function block(workbook: SimWorkbook, columns: string[], rows: number): string[][] {
  const sheet = workbook.requireSheet('budget-check');
  return Array.from({ length: rows }, (_, r) => columns.map((col) => String(sheet.cell(`${col}${r + 1}`)?.value ?? '')));
}

describe('column roles in the very hidden sheet budget-check', () => {
  it('are written in one batch (two syncs) as text under the titles in G:J, on a sheet added very hidden', async () => {
    const s = setup();
    expect(await syncsOf(s, () => s.host.saveColumnRoles([C3, E_ANNUAL]))).toBe(2);
    expect(s.workbook.runOptions).toEqual([{ delayForCellEdit: true }]);
    const sheet = s.workbook.requireSheet('budget-check');
    expect(sheet.visibility).toBe('VeryHidden');
    expect(block(s.workbook, ['G', 'H', 'I', 'J'], 4)).toEqual([
      ['工作表', '列', '用途', '表头'],
      ['项目 A', 'C', 'level3', '2025'],
      ['部门整体', 'E', 'annual', ''],
      ['', '', '', ''],
    ]);
    expect(sheet.cell('J2')?.value).toBe('2025'); // text, not the number 2025
    expect(sheet.cell('J2')?.numberFormat).toBe('@');
    expect(block(s.workbook, ['A', 'B', 'C', 'D', 'E'], 1)).toEqual([['', '', '', '', '']]);
  });

  it('read back after a reopen in two syncs (one without a record sheet), and are replaced or removed whole', async () => {
    const s = setup();
    expect(await syncsOf(s, async () => expect(await s.host.loadColumnRoles()).toEqual([]))).toBe(1);
    await s.host.saveColumnRoles([C3, E_ANNUAL]);
    const again = reopen(s);
    expect(await syncsOf(again, async () => expect(await again.host.loadColumnRoles()).toEqual([C3, E_ANNUAL]))).toBe(2);

    await again.host.saveColumnRoles([{ ...E_ANNUAL, role: 'extra' }]);
    expect(block(again.workbook, ['G', 'H', 'I', 'J'], 3)).toEqual([
      ['工作表', '列', '用途', '表头'],
      ['部门整体', 'E', 'extra', ''],
      ['', '', '', ''],
    ]);
    await again.host.saveColumnRoles([]);
    expect(await reopen(again).host.loadColumnRoles()).toEqual([]);
    expect(block(again.workbook, ['G', 'H', 'I', 'J'], 2)).toEqual([
      ['工作表', '列', '用途', '表头'],
      ['', '', '', ''],
    ]);
  });

  it('live beside the ignored findings: saving either keeps the other', async () => {
    const s = setup();
    await s.host.saveIgnored([IGNORED]);
    await s.host.saveColumnRoles([C3]);
    await s.host.saveIgnored([IGNORED]);
    const again = reopen(s);
    expect(await again.host.loadIgnored()).toEqual([IGNORED]);
    expect(await again.host.loadColumnRoles()).toEqual([C3]);
    await again.host.saveColumnRoles([]);
    expect(await reopen(again).host.loadIgnored()).toEqual([IGNORED]);
    expect((await again.host.readSnapshot()).sheets.map((sheet) => sheet.name)).toEqual(['部门整体', '项目 A', '空表']);
  });

  it('refuse in one sync, adding no sheet, when the structure is protected; refuse when a visible sheet of that name is the user’s', async () => {
    const s = setup();
    s.workbook.structureProtected = true;
    await expect(s.host.saveColumnRoles([C3])).rejects.toThrow(/工作簿结构受保护，不能添加工作表，未保存列用途设定/);
    expect(s.workbook.syncs).toBe(1);
    expect(s.workbook.sheet('budget-check')).toBeUndefined();

    const spec = sampleSpec();
    spec.sheets.push({ name: 'budget-check', cells: { G1: { value: '我的' } }, merges: [], columnWidths: {}, validations: [] });
    const mine = setup({ spec });
    await expect(mine.host.saveColumnRoles([C3])).rejects.toThrow('工作簿中已有名为“budget-check”的可见工作表，未保存列用途设定；请改名后重试');
    expect(block(mine.workbook, ['G', 'H'], 2)).toEqual([['我的', ''], ['', '']]);
    expect(await mine.host.loadColumnRoles()).toEqual([]);
  });
});
