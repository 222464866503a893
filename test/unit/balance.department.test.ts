// Department identities: 基本支出 + 项目支出 = 财政拨款 + 其他资金 = 省本级使用资金 + 拟用于对下转移支付资金.
import { applyChanges } from '../../src/engine/balance';
import { plan } from './balancePlan';
import { checkWorkbook } from '../../src/engine/check';
import { ruleById } from '../../src/engine/rules/run';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import type { CellSpec } from '../../src/engine/schema';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { mergedVariant, offsetVariant, setCell } from '../../src/sample/variants';
import { FIXTURE_NAMES, fixtureSpec } from '../fixtures/workbooks';

const DEPT = '部门整体预算绩效目标申报表';
const FUNDING = '收支平衡：基本支出+项目支出 = 财政拨款+其他资金';
const LEVEL = '级次平衡：基本支出+项目支出 = 省本级使用资金+拟用于对下转移支付资金';


const money = (value: number): CellSpec => ({ value, numFmt: '#,##0.00' });

describe('department identities', () => {
  test('the seed balances: an empty plan and no balance findings', () => {
    expect(plan(seedWorkbookSpec())).toEqual({ changes: [], findings: [] });
    const result = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' });
    expect(result.plan).toEqual([]);
    expect(result.findings.filter((f) => f.rule.startsWith('balance.'))).toEqual([]);
  });

  test('项目支出 changed: exactly 财政拨款 (E5) and 省本级使用资金 (E8) absorb it, to the 分', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'C6', 600.0);
    const result = plan(spec);
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([
      {
        sheet: DEPT,
        cell: 'E5',
        before: 6904.16,
        after: 6936.55,
        reason: '财政拨款应为支出合计6,936.55万元减去其他资金：以填报的基本支出和项目支出为准，差额由财政拨款补足',
        relation: FUNDING,
      },
      {
        sheet: DEPT,
        cell: 'E8',
        before: 6904.16,
        after: 6936.55,
        reason: '省本级使用资金应为支出合计6,936.55万元减去拟用于对下转移支付资金：以填报的基本支出和项目支出为准，差额由省本级使用资金补足',
        relation: LEVEL,
      },
    ]);
  });

  test('checkWorkbook carries the same plan, and the balance findings among its findings', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'C6', 600);
    expect(checkWorkbook(specToSnapshot(spec), { lang: 'zh' }).plan).toEqual(plan(spec).changes);
    const text = setCell(seedWorkbookSpec(), DEPT, 'C5', '见附表');
    const findings = checkWorkbook(specToSnapshot(text), { lang: 'en' }).findings.filter((f) => f.cell === 'C5' && f.sheet === DEPT);
    // The header amount's own rule (an error) says it; balance.text-part would say it twice.
    expect(findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([[DEPT, 'C5', 'money.not-a-number']]);
  });

  test.each(FIXTURE_NAMES)('the %s variant balances too', (name) => {
    expect(plan(fixtureSpec(name))).toEqual({ changes: [], findings: [] });
  });

  test('English reasons when the report is in English', () => {
    const [first] = plan(setCell(seedWorkbookSpec(), DEPT, 'C6', 600), 'en').changes;
    expect(first.reason).toBe('财政拨款 should be 支出合计 6,936.55 (10k yuan) less 其他资金: 基本支出 and 项目支出 stand as entered, and 财政拨款 takes up the difference');
  });

  test('项目支出 with a fraction of a 分 more than the format shows: the exact amount is written, and the check agrees', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'C6', money(567.615));
    const changes = plan(spec).changes;
    expect(changes.map((c) => [c.cell, c.before, c.after])).toEqual([
      ['E5', 6904.16, 6904.165],
      ['E8', 6904.16, 6904.165],
    ]);
    // The reason names the value written, not the two decimals the cell displays.
    expect(changes[0].reason).toBe('财政拨款应为支出合计6,904.165万元减去其他资金：以填报的基本支出和项目支出为准，差额由财政拨款补足');
    const before = checkWorkbook(specToSnapshot(spec), { lang: 'zh' }).findings.filter((f) => f.rule.startsWith('money.identity'));
    expect(before.map((f) => [f.cell, f.rule])).toEqual([
      ['E5', 'money.identity-funding'],
      ['E8', 'money.identity-level'],
    ]);
    const applied = applyChanges(spec, changes);
    expect(applied.sheets[0].cells.E5).toEqual(money(6904.165));
    const after = checkWorkbook(specToSnapshot(applied), { lang: 'zh' });
    expect(after.findings.filter((f) => f.rule.startsWith('money.identity'))).toEqual([]);
    expect(after.plan).toEqual([]);
    // The cell still displays two decimals: that is Excel's display, not the value.
    expect(specToSnapshot(applied).sheets[0].text[4][4]).toBe('6,904.17');
  });

  test('基本支出 with three decimals: 财政拨款 and 省本级使用资金 take the exact sum', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'C5', money(6336.555));
    expect(plan(spec).changes.map((c) => [c.cell, c.after])).toEqual([
      ['E5', 6904.165],
      ['E8', 6904.165],
    ]);
  });

  test('a wrong 财政拨款 constant is fixed and the level side is left alone', () => {
    const changes = plan(setCell(seedWorkbookSpec(), DEPT, 'E5', money(6900))).changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ cell: 'E5', before: 6900, after: 6904.16, relation: FUNDING });
  });

  test('a wrong 省本级使用资金 constant is fixed and the funding side is left alone', () => {
    const changes = plan(setCell(seedWorkbookSpec(), DEPT, 'E8', money(1))).changes;
    expect(changes.map((c) => [c.cell, c.before, c.after, c.relation])).toEqual([['E8', 1, 6904.16, LEVEL]]);
  });

  test('其他资金 and 拟用于对下转移支付资金 are leaves: the residuals absorb them', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'E6', money(100.5));
    spec = setCell(spec, DEPT, 'E9', money(4.16));
    expect(plan(spec).changes.map((c) => [c.cell, c.after])).toEqual([
      ['E5', 6803.66],
      ['E8', 6900],
    ]);
  });

  test('a 财政拨款 formula that computes the total is left alone', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'E5', { value: 6904.16, formula: 'C5+C6-E6', numFmt: '#,##0.00' });
    expect(plan(spec)).toEqual({ changes: [], findings: [] });
  });

  test('a formula whose result disagrees is not rewritten: balance.undecided on it', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'E5', { value: 6336.55, formula: 'C5', numFmt: '#,##0.00' });
    spec = setCell(spec, DEPT, 'E8', { value: 6336.55, formula: 'E5', numFmt: '#,##0.00' });
    const result = plan(spec);
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ['E5', 'balance.undecided', 'warning'],
      ['E8', 'balance.undecided', 'warning'],
    ]);
    expect(result.findings[0].message).toBe(`无法自动平衡（${FUNDING}）：E5是公式，结果6,336.55与应有的6,904.16不符；公式不自动改写`);
  });

  test('a text part (基本支出 written as words) is reported once (money.not-a-number), with nothing planned', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'C5', '见附表');
    const result = plan(spec);
    expect(result.changes).toEqual([]);
    expect(result.findings).toEqual([]);
    const onCell = checkWorkbook(specToSnapshot(spec), { lang: 'zh' }).findings.filter((f) => f.cell === 'C5' && f.sheet === DEPT);
    expect(onCell.map((f) => [f.rule, f.severity])).toEqual([['money.not-a-number', 'error']]);
    // The planner still sees the text part: the identities are neither settled nor reported as undecided.
    expect(checkWorkbook(specToSnapshot(spec), { lang: 'zh' }).findings.filter((f) => f.rule === 'balance.undecided')).toEqual([]);
  });

  test('a text 其他资金 blocks only the funding side; the level side is still settled', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'E6', '暂无数据');
    spec = setCell(spec, DEPT, 'C6', 600);
    const result = plan(spec);
    expect(result.changes.map((c) => c.cell)).toEqual(['E8']);
    expect(result.findings).toEqual([]);
  });

  test('a negative residual is not guessed', () => {
    const result = plan(setCell(seedWorkbookSpec(), DEPT, 'E6', money(7000)));
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => [f.cell, f.rule])).toEqual([['E5', 'balance.undecided']]);
  });

  test('merged labels and another origin: the same fixes at the moved cells', () => {
    const merged = setCell(mergedVariant(seedWorkbookSpec()), DEPT, 'C6', 600);
    expect(plan(merged).changes.map((c) => [c.cell, c.after])).toEqual([
      ['E5', 6936.55],
      ['E8', 6936.55],
    ]);
    // 3 rows down, 2 columns right: 项目支出 is E9, 财政拨款 G8, 省本级使用资金 G11, 拟用于对下转移支付资金 G12
    const offset = setCell(offsetVariant(seedWorkbookSpec(), 3, 2), DEPT, 'E9', 600);
    expect(plan(offset).changes.map((c) => [c.cell, c.before, c.after])).toEqual([
      ['G8', 6904.16, 6936.55],
      ['G11', 6904.16, 6936.55],
    ]);
    const transfer = setCell(offsetVariant(seedWorkbookSpec(), 3, 2), DEPT, 'G12', 600);
    expect(plan(transfer).changes.map((c) => [c.cell, c.before, c.after])).toEqual([['G11', 6904.16, 6304.16]]);
  });
});

test('the balance rules are in the catalogue, as warnings of the balance family', () => {
  for (const id of ['balance.undecided', 'balance.text-part']) {
    expect(ruleById(id)).toMatchObject({ id, family: 'balance', severity: 'warning' });
  }
});

describe('applyChanges', () => {
  const spec = setCell(seedWorkbookSpec(), DEPT, 'C6', 600);

  test('writes the planned values, keeps formats, and the result balances', () => {
    const changes = plan(spec).changes;
    const applied = applyChanges(spec, changes);
    const sheet = applied.sheets[0];
    expect(sheet.cells.E5).toEqual({ value: 6936.55, numFmt: '#,##0.00' });
    expect(sheet.cells.E8).toEqual({ value: 6936.55, numFmt: '#,##0.00' });
    expect(plan(applied)).toEqual({ changes: [], findings: [] });
    // every other cell is untouched
    const before = spec.sheets[0].cells;
    for (const address of Object.keys(before)) if (address !== 'E5' && address !== 'E8') expect(sheet.cells[address]).toEqual(before[address]);
  });

  test('applying a plan twice changes nothing the second time (spec and snapshot)', () => {
    const changes = plan(spec).changes;
    const once = applyChanges(spec, changes);
    expect(applyChanges(once, changes)).toEqual(once);
    const snapshot = specToSnapshot(spec);
    const snapOnce = applyChanges(snapshot, changes);
    expect(snapOnce.sheets[0].values[4][4]).toBe(6936.55);
    expect(snapOnce.sheets[0].text[4][4]).toBe('6,936.55');
    expect(applyChanges(snapOnce, changes)).toEqual(snapOnce);
    expect(snapOnce).toEqual(specToSnapshot(once));
  });

  test('a cell that no longer holds `before` is left as it is', () => {
    const changes = plan(spec).changes;
    const edited = setCell(spec, DEPT, 'E5', money(1));
    const applied = applyChanges(edited, changes);
    expect(applied.sheets[0].cells.E5.value).toBe(1);
    expect(applied.sheets[0].cells.E8.value).toBe(6936.55);
  });
});
