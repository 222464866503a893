// Amounts typed as text: the planner reads them as the rules do (a written unit converted exactly to
// the column's), and money.text-amount reports each one on its cell.
import { applyChanges } from '../../src/engine/balance';
import { checkWorkbook } from '../../src/engine/check';
import type { CellSpec, Finding, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { insertRows, setCell } from '../../src/sample/variants';
import { plan } from './balancePlan';

const DEPT = '部门整体预算绩效目标申报表';
const yuan = (value: number): CellSpec => ({ value, numFmt: '#,##0.00' });

/** The seed's key tasks (D12:D20, 1,952,150.00 元; D13 is 40,000.00) with D13 replaced and a 合计 in row 21. */
function keyTasks(d13: CellSpec, total: CellSpec = yuan(1952150)): WorkbookSpec {
  let spec = insertRows(seedWorkbookSpec(), DEPT, 21);
  spec = setCell(spec, DEPT, 'B21', '合计');
  spec = setCell(spec, DEPT, 'D21', total);
  return setCell(spec, DEPT, 'D13', d13);
}

function textAmounts(spec: WorkbookSpec, lang: 'zh' | 'en' = 'zh'): Finding[] {
  return checkWorkbook(specToSnapshot(spec), { lang }).findings.filter((f) => f.rule === 'money.text-amount');
}

describe('amounts typed as text', () => {
  test('"4万元" in a 元 column counts as 40,000 元: the right 合计 is left alone', () => {
    const spec = keyTasks({ value: '4万元' });
    expect(plan(spec)).toEqual({ changes: [], findings: [] });
    const [finding, ...others] = textAmounts(spec);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ sheet: DEPT, cell: 'D13', severity: 'warning', rule: 'money.text-amount' });
    expect(finding.message).toBe('金额“4万元”是文字而不是数字，按40,000.00元计算');
    expect(finding.suggestion).toBe('改为数字40000（单位：元）');
    const [en] = textAmounts(spec, 'en');
    expect(en.message).toBe('The amount “4万元” is text, not a number; it was read as 40,000.00 yuan');
    expect(en.suggestion).toBe('Enter it as the number 40000 (unit: yuan)');
  });

  test('"4万元" with a wrong 合计: the 合计 is recomputed with 40,000 元 for D13', () => {
    const result = plan(keyTasks({ value: '4万元' }, yuan(1882150)));
    expect(result.changes.map((c) => [c.cell, c.before, c.after])).toEqual([['D21', 1882150, 1952150]]);
  });

  test('"40,000元" and full-width "４００００" are read as 40,000 元 and reported', () => {
    for (const text of ['40,000元', '４００００']) {
      const spec = keyTasks({ value: text });
      expect(plan(spec)).toEqual({ changes: [], findings: [] });
      expect(textAmounts(spec).map((f) => [f.cell, f.message, f.suggestion])).toEqual([
        ['D13', `金额“${text}”是文字而不是数字，按40,000.00元计算`, '改为数字40000（单位：元）'],
      ]);
    }
  });

  test('a 合计 typed as "188.215万元" is rewritten in its own unit and stays text', () => {
    const spec = keyTasks(yuan(40000), { value: '188.215万元' });
    const result = plan(spec);
    expect(result.changes.map((c) => [c.cell, c.before, c.after])).toEqual([['D21', '188.215万元', '195.215万元']]);
    const applied = applyChanges(spec, result.changes);
    expect(plan(applied).changes).toEqual([]);
    expect(textAmounts(applied).map((f) => [f.cell, f.message])).toEqual([['D21', '金额“195.215万元”是文字而不是数字，按1,952,150.00元计算']]);
  });

  test('a number entered as a number is not reported; the seed has no amount typed as text', () => {
    expect(textAmounts(keyTasks(yuan(40000)))).toEqual([]);
    expect(textAmounts(seedWorkbookSpec())).toEqual([]);
  });

  test('a department amount typed as text with its unit is reported in the form unit', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'C5', { value: '6,336.55万元' });
    expect(textAmounts(spec).map((f) => [f.cell, f.message, f.suggestion])).toEqual([
      ['C5', '金额“6,336.55万元”是文字而不是数字，按6,336.55万元计算', '改为数字6336.55（单位：万元）'],
    ]);
    expect(plan(spec)).toEqual({ changes: [], findings: [] });
  });
});
