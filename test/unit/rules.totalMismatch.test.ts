// money.total-mismatch: every planned change is also a finding on its cell (合计 rows, 资金总额 blocks),
// never on top of money.identity-* for the department identities.
import { ruleById } from '../../src/engine/rules/run';
import type { CellSpec, WorkbookSpec } from '../../src/engine/schema';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { insertRows, setCell } from '../../src/sample/variants';
import { provinceExamples } from '../fixtures/provinces';
import { byRule, DEPT, findingsOf } from './ruleFindings';
import { plan } from './balancePlan';

const yuan = (value: number): CellSpec => ({ value, numFmt: '#,##0.00' });

function keyTasksWithTotal(total: CellSpec): WorkbookSpec {
  let spec = insertRows(seedWorkbookSpec(), DEPT, 21);
  spec = setCell(spec, DEPT, 'B21', '合计');
  return setCell(spec, DEPT, 'D21', total);
}

function tianjin(): WorkbookSpec {
  const example = provinceExamples().find((p) => p.name.startsWith('tianjin'));
  if (!example) throw new Error('no tianjin example');
  return example.spec;
}

describe('money.total-mismatch', () => {
  test('is in the catalogue as a money error', () => {
    expect(ruleById('money.total-mismatch')).toMatchObject({ family: 'money', severity: 'error' });
    expect(ruleById('money.total-mismatch')?.basis.zh).toMatch(/^表样勾稽关系/);
  });

  test('a wrong 合计 constant: an error on D21 naming the right value, the same cell the plan changes', () => {
    const spec = keyTasksWithTotal(yuan(1882150));
    const zh = byRule(findingsOf(spec), 'money.total-mismatch');
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatchObject({
      sheet: DEPT,
      cell: 'D21',
      severity: 'error',
      message: '合计为1,882,150.00，不等于各项之和1,952,150.00；可一键重算（加载项“平衡”页，或命令行 --rebalance）',
      suggestion: '改为1,952,150.00（各项之和）',
    });
    expect(zh[0].related).toEqual(['D12', 'D13', 'D14', 'D15', 'D16', 'D17', 'D18', 'D19', 'D20']);
    const en = byRule(findingsOf(spec, 'en'), 'money.total-mismatch');
    expect(en[0].message).toBe('合计 1,882,150.00 is not the sum of its items, 1,952,150.00; it can be recomputed in one step (the add-in’s Rebalance page, or --rebalance on the command line)');
    expect(en[0].suggestion).toBe('Change it to 1,952,150.00 (the sum of the items)');
    expect(plan(spec).changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual([`${DEPT}!D21`]);
  });

  test('a block whose other part is blank (counted as 0) is a warning: the blank may be the mistake', () => {
    const shandong = provinceExamples().find((p) => p.name.startsWith('shandong'))!.spec;
    const spec = setCell(shandong, shandong.sheets[0].name, 'C5', '500');
    const hits = byRule(findingsOf(spec), 'money.total-mismatch');
    expect(hits.map((f) => [f.cell, f.severity, f.message])).toEqual([
      ['C6', 'warning', '财政拨款为438.768，与资金总额不符（资金总额：资金总额 = 财政拨款+其他），应为500.000；可一键重算（加载项“平衡”页，或命令行 --rebalance）'],
    ]);
  });

  test('a right 合计, and the seed itself: no finding', () => {
    expect(byRule(findingsOf(keyTasksWithTotal(yuan(1952150))), 'money.total-mismatch')).toEqual([]);
    expect(byRule(findingsOf(seedWorkbookSpec()), 'money.total-mismatch')).toEqual([]);
  });

  test('a 资金总额 block: the residual part gets the finding, with the block in the message', () => {
    const spec = setCell(tianjin(), tianjin().sheets[0].name, 'B6', '5.0');
    const hits = byRule(findingsOf(spec), 'money.total-mismatch');
    expect(hits.map((f) => [f.cell, f.severity, f.message, f.suggestion])).toEqual([
      ['D6', 'error', '财政拨款为3.0，与项目资金不符（资金总额：项目资金 = 财政拨款+其他资金），应为5.0；可一键重算（加载项“平衡”页，或命令行 --rebalance）', '改为5.0'],
    ]);
    expect(hits[0].related).toEqual(['B6', 'D7']);
  });

  test('a department change the identity rules cannot see (其他资金 blank): money.total-mismatch on E5', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'C6', 600);
    spec = setCell(spec, DEPT, 'E6', { value: '' });
    const findings = findingsOf(spec);
    expect(byRule(findings, 'money.identity-funding')).toEqual([]);
    expect(byRule(findings, 'money.total-mismatch').map((f) => [f.cell, f.severity, f.message])).toEqual([
      ['E5', 'warning', '财政拨款为6,904.16，与支出合计不符（收支平衡：基本支出+项目支出 = 财政拨款+其他资金），应为6,936.55；可一键重算（加载项“平衡”页，或命令行 --rebalance）'],
    ]);
    expect(plan(spec).changes.map((c) => c.cell)).toEqual(['E5', 'E8']);
  });

  test('the department identities keep their own rules: no money.total-mismatch on E5 / E8', () => {
    const findings = findingsOf(setCell(seedWorkbookSpec(), DEPT, 'C6', 600));
    expect(byRule(findings, 'money.total-mismatch')).toEqual([]);
    expect(byRule(findings, 'money.').map((f) => [f.cell, f.rule])).toEqual(
      expect.arrayContaining([
        ['E5', 'money.identity-funding'],
        ['E8', 'money.identity-level'],
      ]),
    );
  });
});
