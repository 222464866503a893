// Relations settle to a fixed point: a plan leaves nothing for a second run, whatever the order of
// the relations, and a circular layout is reported rather than half-planned.
import fc from 'fast-check';
import { applyChanges } from '../../src/engine/balance';
import { solve } from '../../src/engine/balance/solve';
import type { SumRelation } from '../../src/engine/balance/relations';
import type { Term } from '../../src/engine/balance/terms';
import type { CellSpec, WorkbookSpec } from '../../src/engine/schema';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { insertRows, setCell } from '../../src/sample/variants';
import { plan } from './balancePlan';

const DEPT = '部门整体预算绩效目标申报表';
const money = (value: number): CellSpec => ({ value, numFmt: '#,##0.00' });

/** The seed's department form with a 合计 row under 基本支出 / 项目支出 and 财政拨款 / 其他资金 (row 7). */
function withTotalRow(): WorkbookSpec {
  let spec = insertRows(seedWorkbookSpec(), DEPT, 7);
  spec = setCell(spec, DEPT, 'B7', '合计');
  spec = setCell(spec, DEPT, 'C7', money(6904.16));
  spec = setCell(spec, DEPT, 'D7', '合计');
  return setCell(spec, DEPT, 'E7', money(6904.16));
}

/** …and a 合计 row under the key tasks (now D13:D21, 1,952,150.00 元), as row 22. */
function withKeyTaskTotal(): WorkbookSpec {
  let spec = insertRows(withTotalRow(), DEPT, 22);
  spec = setCell(spec, DEPT, 'B22', '合计');
  return setCell(spec, DEPT, 'D22', money(1952150));
}

describe('a 合计 row whose items another relation changes', () => {
  test('the seed with a 合计 row balances', () => {
    expect(plan(withTotalRow())).toEqual({ changes: [], findings: [] });
    expect(plan(withKeyTaskTotal())).toEqual({ changes: [], findings: [] });
  });

  test('项目支出 600: C7, E5, E7 (the 合计 over the new 财政拨款) and E9 are all planned; a second plan is empty', () => {
    const spec = setCell(withTotalRow(), DEPT, 'C6', 600);
    const result = plan(spec);
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => [c.cell, c.before, c.after, c.relation])).toEqual([
      ['E5', 6904.16, 6936.55, '收支平衡：基本支出+项目支出 = 财政拨款+其他资金'],
      ['C7', 6904.16, 6936.55, '合计：C7 = SUM(C5:C6)'],
      ['E7', 6904.16, 6936.55, '合计：E7 = SUM(E5:E6)'],
      ['E9', 6904.16, 6936.55, '级次平衡：基本支出+项目支出 = 省本级使用资金+拟用于对下转移支付资金'],
    ]);
    expect(result.changes[2].reason).toBe('合计应为上方2项之和，即6,936.55');
    const applied = applyChanges(spec, result.changes);
    expect(plan(applied)).toEqual({ changes: [], findings: [] });
  });
});

describe('plan → apply → plan again is empty (random edits of the seed’s money cells)', () => {
  /** Amounts as forms hold them: whole 分, sometimes a fraction of a 分, sometimes blank or words. */
  const amount = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 99_999_999 }).map((fen): CellSpec => money(fen / 100)) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 9_999_999 }).map((li): CellSpec => money(li / 1000)) },
    { weight: 1, arbitrary: fc.constant<CellSpec>({ value: '' }) },
    { weight: 1, arbitrary: fc.constant<CellSpec>({ value: '待定' }) },
  );
  const departmentCells = ['C5', 'C6', 'C7', 'E5', 'E6', 'E7', 'E9', 'E10'];
  const keyTaskCells = ['D13', 'D14', 'D15', 'D16', 'D17', 'D18', 'D19', 'D20', 'D21', 'D22'];
  const edits = fc.array(fc.tuple(fc.constantFrom(...departmentCells, ...keyTaskCells), amount), { minLength: 1, maxLength: 5 });

  test('on the seed with 合计 rows', () => {
    fc.assert(
      fc.property(edits, (list) => {
        let spec = withKeyTaskTotal();
        for (const [cell, value] of list) spec = setCell(spec, DEPT, cell, value);
        const first = plan(spec);
        const applied = applyChanges(spec, first.changes);
        expect(plan(applied).changes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test('on the seed as it is (the department identities only)', () => {
    const seedEdits = fc.array(fc.tuple(fc.constantFrom('C5', 'C6', 'E5', 'E6', 'E8', 'E9'), amount), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(seedEdits, (list) => {
        let spec = seedWorkbookSpec();
        for (const [cell, value] of list) spec = setCell(spec, DEPT, cell, value);
        const applied = applyChanges(spec, plan(spec).changes);
        expect(plan(applied).changes).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('bounded passes', () => {
  const term = (cell: string, value: string): Term => ({
    sheet: 'S',
    label: cell,
    cell,
    state: 'number',
    value,
    raw: Number(value),
    text: value,
    decimals: 0,
    unit: null,
    unitInferred: false,
    write: (amount) => Number(amount),
  });

  test('two totals that each sum the other never settle: nothing is planned, both are reported', () => {
    // A1 = B1 + C1 and B1 = A1 + C1 with C1 = 1 have no solution.
    const a = term('A1', '5');
    const b = term('B1', '5');
    const c = term('C1', '1');
    const relations: SumRelation[] = [
      { kind: 'sum', origin: 'total-row', relation: '合计：A1 = B1+C1', total: a, items: [b, c] },
      { kind: 'sum', origin: 'total-row', relation: '合计：B1 = A1+C1', total: b, items: [a, c] },
    ];
    const result = solve(relations, 'zh');
    expect(result.changes).toEqual([]);
    expect(result.hits.map((h) => [h.cell, h.rule])).toEqual([
      ['A1', 'balance.undecided'],
      ['B1', 'balance.undecided'],
    ]);
    expect(result.hits[0].params?.whyZh).toBe('几处合计互相依赖，反复调整后仍不一致，未作任何调整');
  });

  test('two relations asking different amounts of one cell: the first keeps it, the other is reported, every time', () => {
    const total = term('A1', '5');
    const relations: SumRelation[] = [
      { kind: 'sum', origin: 'total-row', relation: '合计：A1 = B1', total, items: [term('B1', '7')] },
      { kind: 'sum', origin: 'total-row', relation: '合计：A1 = C1', total, items: [term('C1', '9')] },
    ];
    const first = solve(relations, 'zh');
    expect(first.changes.map((c) => [c.cell, c.after])).toEqual([['A1', 7]]);
    expect(first.hits.map((h) => [h.cell, h.rule])).toEqual([
      ['A1', 'balance.undecided'],
      ['A1', 'money.total-mismatch'],
    ]);
    // Once A1 holds 7, the first relation still owns it: the second is reported again, nothing planned.
    const applied = { ...total, value: '7', raw: 7, text: '7' };
    const again = solve(relations.map((r) => ({ ...r, total: applied })), 'zh');
    expect(again.changes).toEqual([]);
    expect(again.hits.map((h) => [h.cell, h.rule])).toEqual([['A1', 'balance.undecided']]);
  });
});
