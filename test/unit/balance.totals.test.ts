// 合计 / 小计 / 总计 rows: the total is recomputed from the item rows above it.
import { applyChanges } from '../../src/engine/balance';
import { plan } from './balancePlan';
import type { CellSpec, WorkbookSpec } from '../../src/engine/schema';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { insertRows, setCell } from '../../src/sample/variants';

const DEPT = '部门整体预算绩效目标申报表';
const COST = '成本测算';


const yuan = (value: number): CellSpec => ({ value, numFmt: '#,##0.00' });

/** The seed's key tasks (D12:D20, 1,952,150.00 元 in all) with a 合计 row added as row 21. */
function keyTasksWithTotal(total: CellSpec): WorkbookSpec {
  let spec = insertRows(seedWorkbookSpec(), DEPT, 21);
  spec = setCell(spec, DEPT, 'B21', '合计');
  return setCell(spec, DEPT, 'D21', total);
}

/** A cost breakdown: two 小计 groups and a 总计 (E column, 元). */
function costSheet(edits: Record<string, CellSpec> = {}): WorkbookSpec {
  const cells: Record<string, CellSpec> = {
    A1: { value: '成本测算明细' },
    A2: { value: '序号' },
    B2: { value: '支出内容' },
    C2: { value: '数量' },
    D2: { value: '单价（元）' },
    E2: { value: '金额（元）' },
    A3: { value: 1 },
    B3: { value: '印刷费' },
    C3: { value: 10 },
    D3: yuan(50),
    E3: yuan(500),
    A4: { value: 2 },
    B4: { value: '差旅费' },
    C4: { value: 2 },
    D4: yuan(1200),
    E4: yuan(2400),
    B5: { value: '小计' },
    E5: yuan(2900),
    A6: { value: 3 },
    B6: { value: '会议费' },
    C6: { value: 1 },
    D6: yuan(3000),
    E6: yuan(3000),
    B7: { value: '小 计' },
    E7: yuan(3000),
    B8: { value: '总计：' },
    E8: yuan(5900),
    ...edits,
  };
  return { sheets: [{ name: COST, cells, merges: [], columnWidths: {}, validations: [] }] };
}

describe('合计 rows', () => {
  test('key tasks: a 合计 off by one item is fixed to the sum of D12:D20', () => {
    const spec = keyTasksWithTotal(yuan(1882150));
    const result = plan(spec);
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([
      {
        sheet: DEPT,
        cell: 'D21',
        before: 1882150,
        after: 1952150,
        reason: '合计应为上方9项之和，即1,952,150.00',
        relation: '合计：D21 = SUM(D12:D20)',
      },
    ]);
    const applied = applyChanges(spec, result.changes);
    expect(applied.sheets[0].cells.D21).toEqual(yuan(1952150));
    expect(plan(applied).changes).toEqual([]);
    expect(applyChanges(applied, result.changes)).toEqual(applied);
  });

  test('key tasks: a right 合计 plans nothing', () => {
    expect(plan(keyTasksWithTotal(yuan(1952150)))).toEqual({ changes: [], findings: [] });
  });

  test('a 合计 that is a formula computing the total is left alone', () => {
    expect(plan(keyTasksWithTotal({ value: 1952150, formula: 'SUM(D12:D20)', numFmt: '#,##0.00' }))).toEqual({ changes: [], findings: [] });
  });

  test('a 合计 formula whose cached result disagrees is reported, not rewritten', () => {
    const result = plan(keyTasksWithTotal({ value: 1882150, formula: 'SUM(D12:D19)', numFmt: '#,##0.00' }));
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => [f.cell, f.rule])).toEqual([['D21', 'balance.undecided']]);
  });

  test('cost breakdown: a balanced table plans nothing', () => {
    expect(plan(costSheet())).toEqual({ changes: [], findings: [] });
  });

  test('cost breakdown: an item changed fixes its 小计 and then the 总计 over the 小计 rows', () => {
    const result = plan(costSheet({ E4: yuan(2500) }));
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => [c.cell, c.before, c.after, c.relation])).toEqual([
      ['E5', 2900, 3000, '小计：E5 = SUM(E3:E4)'],
      ['E8', 5900, 6000, '总计：E8 = E5+E7'],
    ]);
  });

  test('cost breakdown: a wrong 总计 alone is fixed, the 小计 rows stay', () => {
    const result = plan(costSheet({ E8: yuan(5000) }));
    expect(result.changes.map((c) => [c.cell, c.after])).toEqual([['E8', 5900]]);
  });

  test('cost breakdown: an item written as words is a text part and its 小计 is not touched', () => {
    const result = plan(costSheet({ E6: { value: '待定' }, E8: yuan(1) }));
    expect(result.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([['E6', 'balance.text-part', 'warning']]);
    expect(result.changes.map((c) => [c.cell, c.after])).toEqual([['E8', 5900]]);
  });
});
