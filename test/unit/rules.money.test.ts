import { allRules } from '../../src/engine/rules/run';
import { nameMatchScore } from '../../src/engine/rules/moneyKeyTasks';
import { formatAmount } from '../../src/engine/rules/moneyText';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { cloneSpec, setCell } from '../../src/sample/variants';
import type { WorkbookSpec } from '../../src/engine/schema';
import { byRule, DEPT, findingsOf, noteWhere, notesOf, where } from './ruleFindings';
import { SEED_SHEETS } from '../fixtures/seedIndicators';

const PROJECT_SHEETS = SEED_SHEETS.filter(([, kind]) => kind === 'project').map(([name]) => name);
/** The seed's 2026年预算金额 (B8 of each project sheet), in 元, as the seed text writes them. */
const PROJECT_AMOUNTS = [115200, 7412, 305000, 300000, 497650, 300000, 100000, 480000, 540000];
/** The seed's 拟投入的资金（元）, D12:D20 of the department sheet. */
const KEY_TASK_AMOUNTS = [252900, 40000, 42000, 497650, 135000, 270000, 580000, 64600, 70000];
/** 项目支出 567.61 万元 in 元, worked out by hand: 567.61 × 10,000. */
const SPENDING_YUAN = 5676100;

const money = (spec: WorkbookSpec, lang: 'zh' | 'en' = 'zh') => byRule(findingsOf(spec, lang), 'money.');
/** Read facts that ask for nothing (unit from the form's convention, totals): notes, not findings. */
const moneyNotes = (spec: WorkbookSpec, lang: 'zh' | 'en' = 'zh') => byRule(notesOf(spec, lang), 'money.');

describe('money rules on the seed', () => {
  const findings = money(seedWorkbookSpec());
  const notes = moneyNotes(seedWorkbookSpec());
  const notesEn = moneyNotes(seedWorkbookSpec(), 'en');

  test('the catalogue holds every money rule with basis, zh/en message and a fix', () => {
    const ids = allRules().filter((r) => r.family === 'money').map((r) => r.id).sort();
    expect(ids).toEqual([
      'money.identity-funding',
      'money.identity-level',
      'money.key-task-vs-project',
      'money.key-tasks-total',
      'money.negative',
      'money.not-a-number',
      'money.projects-over-spending',
      'money.projects-total',
      'money.text-amount',
      'money.total-mismatch',
      'money.unit-inferred',
    ]);
    for (const rule of allRules().filter((r) => r.family === 'money')) {
      expect(rule.basis.zh).toMatch(/表样|财预〔2021〕101号|常识/);
      expect(rule.basis.en).toMatch(/form|common sense|101/);
      expect(rule.suggestion).toBeDefined();
    }
  });

  test('no money error or warning: the identities hold and no key task clearly matches a project with another amount', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 6,336.55 + 567.61 = 6,904.16 = 6,904.16 + 0.00 = 6,904.16 + 0.00, so neither identity fires.
    expect(byRule(findings, 'money.identity-funding')).toEqual([]);
    expect(byRule(findings, 'money.identity-level')).toEqual([]);
    // 筑牢金融风险防线 580,000 vs 广东省地方金融风险监测防控中心服务经费 480,000 share only 金融风险 (4 characters).
    expect(byRule(findings, 'money.key-task-vs-project')).toEqual([]);
  });

  test('unit-inferred: the nine project amount cells, each a note saying which unit was assumed and why (not a finding)', () => {
    const inferred = byRule(notes, 'money.unit-inferred');
    expect(noteWhere(inferred)).toEqual(PROJECT_SHEETS.map((s) => `${s}!B8 note`));
    expect(byRule(findings, 'money.unit-inferred')).toEqual([]);
    expect(inferred[0].message).toBe('2026年预算金额为115,200.00，未注明单位，按金额大小推定为元');
    expect(inferred[1].message).toBe('2026年预算金额为7,412.00，未注明单位，按表样惯例推定为元');
    expect(notesEn.filter((f) => f.rule === 'money.unit-inferred')[0].message).toBe(
      '2026年预算金额 115,200.00 states no unit; 元 was assumed from the size of the amount (10,000 or more)',
    );
  });

  test('key-tasks-total: 9 tasks total 1,952,150 元 against 项目支出 5,676,100 元 (a note on C6)', () => {
    const total = KEY_TASK_AMOUNTS.reduce((a, b) => a + b, 0); // whole yuan: exact in integers
    expect(total).toBe(1952150);
    expect(SPENDING_YUAN - total).toBe(3723950);
    const [hit, ...rest] = byRule(notes, 'money.key-tasks-total');
    expect(rest).toEqual([]);
    expect(noteWhere([hit])).toEqual([`${DEPT}!C6 note`]);
    expect(hit.message).toBe(
      '年度重点工作任务9项拟投入资金合计1,952,150.00元（195.215万元），项目支出为567.61万元（5,676,100.00元），相差3,723,950.00元',
    );
    expect(hit.related).toEqual(['D12', 'D13', 'D14', 'D15', 'D16', 'D17', 'D18', 'D19', 'D20']);
  });

  test('projects-total: 9 project sheets total 2,645,262 元, less than 项目支出 (a note on C6)', () => {
    const total = PROJECT_AMOUNTS.reduce((a, b) => a + b, 0);
    expect(total).toBe(2645262);
    expect(SPENDING_YUAN - total).toBe(3030838);
    const hits = byRule(notes, 'money.projects-total');
    expect(noteWhere(hits)).toEqual([`${DEPT}!C6 note`]);
    expect(hits[0].message).toBe(
      '本工作簿9张项目表的年度预算金额合计2,645,262.00元（264.5262万元），项目支出为567.61万元（5,676,100.00元），相差3,030,838.00元',
    );
    expect(hits[0].related).toEqual(PROJECT_SHEETS.map((s) => `${s}!B8`));
    expect(notesEn.find((f) => f.rule === 'money.projects-total')?.message).toBe(
      'The annual budgets of the 9 project sheets total 2,645,262.00 yuan = 264.5262 (10k yuan); 项目支出 is 567.61 (10k yuan) = 5,676,100.00 yuan: a difference of 3,030,838.00 yuan',
    );
  });

  test('the seed has no money finding, and exactly these money notes', () => {
    expect(findings).toEqual([]);
    expect(notes.map((f) => f.rule).sort()).toEqual(
      ['money.key-tasks-total', 'money.projects-total', ...PROJECT_SHEETS.map(() => 'money.unit-inferred')].sort(),
    );
  });

  test('projects adding up to more than 项目支出 is a warning over 项目支出 and every project amount', () => {
    const spec = setCell(seedWorkbookSpec(), '援派干部经费', 'B8', 115200 + 3030838 + 1);
    const [over] = byRule(money(spec), 'money.projects-over-spending');
    expect(where([over])).toEqual([`${DEPT}!C6 warning`]);
    expect(over.cells).toEqual(['C6', ...PROJECT_SHEETS.map((s) => `${s}!B8`)]);
    expect(over.message).toBe(
      '本工作簿9张项目表的年度预算金额合计5,676,101.00元（567.6101万元），超过了部门整体表的项目支出567.61万元（5,676,100.00元），多出1.00元',
    );
    expect(byRule(moneyNotes(spec), 'money.projects-total')).toEqual([]);
  });
});

describe('money.identity-funding and money.identity-level', () => {
  test('财政拨款 7,000.00: one error on E5 naming every cell and amount, related to the other three', () => {
    const hits = byRule(money(setCell(seedWorkbookSpec(), DEPT, 'E5', 7000)), 'money.identity-funding');
    expect(where(hits)).toEqual([`${DEPT}!E5 error`]);
    expect(hits[0].message).toBe(
      '基本支出（C5）6,336.55 + 项目支出（C6）567.61 = 6,904.16万元，但财政拨款（E5）7,000.00 + 其他资金（E6）0.00 = 7,000.00万元，相差95.84万元',
    );
    expect(hits[0].suggestion).toBe('核对各项金额；若基本支出和项目支出无误，财政拨款应为6,904.16万元（其他资金不变）');
    expect(hits[0].related).toEqual(['C5', 'C6', 'E6']);
    expect(hits[0].basis).toContain('表样');
  });

  test('the level identity: 省本级使用资金 6,900.00 → an error on E8, related C5 C6 E9, in English too', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'E8', 6900);
    const zh = byRule(money(spec), 'money.identity-level');
    expect(where(zh)).toEqual([`${DEPT}!E8 error`]);
    expect(zh[0].related).toEqual(['C5', 'C6', 'E9']);
    expect(zh[0].message).toContain('相差4.16万元');
    const en = byRule(money(spec, 'en'), 'money.identity-level');
    expect(en[0].message).toBe(
      '基本支出 (C5) 6,336.55 + 项目支出 (C6) 567.61 = 6,904.16 (10k yuan), but 省本级使用资金 (E8) 6,900.00 + 拟用于对下转移支付资金 (E9) 0.00 = 6,900.00 (10k yuan): they differ by 4.16 (10k yuan)',
    );
    expect(byRule(money(spec), 'money.identity-funding')).toEqual([]);
  });

  test('exact decimals: 0.1 + 0.2 = 0.3 holds (binary floats would say 0.30000000000000004)', () => {
    let spec = seedWorkbookSpec();
    for (const [cell, value] of [['C5', 0.1], ['C6', 0.2], ['E5', 0.3], ['E6', 0], ['E8', 0.3], ['E9', 0]] as const) {
      spec = setCell(spec, DEPT, cell, value);
    }
    const hits = money(spec).filter((f) => f.rule.startsWith('money.identity'));
    expect(hits).toEqual([]);
    // … and one fen off is found.
    const off = byRule(money(setCell(spec, DEPT, 'E5', 0.31)), 'money.identity-funding');
    expect(off[0].message).toContain('相差0.01万元');
  });

  test('compared in one unit: 基本支出 stated in 元 (63,365,500 元 = 6,336.55 万元) still balances', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'B5', '基本支出（元）');
    spec = setCell(spec, DEPT, 'C5', 63365500);
    expect(money(spec).filter((f) => f.rule.startsWith('money.identity'))).toEqual([]);
    const broken = byRule(money(setCell(spec, DEPT, 'C5', 63365600)), 'money.identity-funding');
    expect(broken[0].message).toBe(
      '基本支出（C5）63,365,600.00元 + 项目支出（C6）567.61 = 6,904.17万元，但财政拨款（E5）6,904.16 + 其他资金（E6）0.00 = 6,904.16万元，相差0.01万元',
    );
  });

  test('only when every part is a number: a textual 其他资金 gives not-a-number, not an identity error', () => {
    const findings = money(setCell(setCell(seedWorkbookSpec(), DEPT, 'E6', '待定'), DEPT, 'E5', 7000));
    expect(byRule(findings, 'money.identity-funding')).toEqual([]);
    expect(where(byRule(findings, 'money.not-a-number'))).toEqual([`${DEPT}!E6 error`]);
  });
});

describe('money.not-a-number, money.negative', () => {
  test('text in an amount cell: the project amount and a key-task amount, exact cells and wording', () => {
    let spec = setCell(seedWorkbookSpec(), '遗属补助经费', 'B8', '七千四百一十二元');
    spec = setCell(spec, DEPT, 'D13', '四万');
    const hits = byRule(money(spec), 'money.not-a-number');
    expect(where(hits)).toEqual([`${DEPT}!D13 error`, '遗属补助经费!B8 error']);
    expect(hits[0].message).toBe('重点工作任务「强化督查督办」的拟投入资金应填金额，但单元格内容“四万”不是数字，无法参与合计');
    expect(hits[1].message).toBe('2026年预算金额应填金额，但单元格内容“七千四百一十二元”不是数字，无法参与合计');
  });

  test('a dash in an optional amount is not flagged as text', () => {
    const findings = money(setCell(seedWorkbookSpec(), DEPT, 'C8', '-'));
    expect(byRule(findings, 'money.not-a-number')).toEqual([]);
  });

  test('negative amounts: 项目支出 and a project amount', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'C6', -567.61);
    spec = setCell(spec, '援派干部经费', 'B8', -115200);
    const hits = byRule(money(spec), 'money.negative');
    expect(where(hits)).toEqual([`${DEPT}!C6 error`, '援派干部经费!B8 error']);
    expect(hits[0].message).toBe('项目支出为负数：-567.61万元');
    expect(hits[1].message).toBe('2026年预算金额为负数：-115,200.00元');
  });

  test('a unit typed into the amount cell itself is not reported as inferred', () => {
    const spec = setCell(seedWorkbookSpec(), '援派干部经费', 'B8', '11.52万元');
    expect(byRule(moneyNotes(spec), 'money.unit-inferred').map((f) => f.sheet)).not.toContain('援派干部经费');
  });

  test('a stated unit is not reported as inferred', () => {
    const spec = setCell(seedWorkbookSpec(), '援派干部经费', 'A8', '2026年预算金额（元）');
    const inferred = byRule(moneyNotes(spec), 'money.unit-inferred');
    expect(inferred.map((f) => f.sheet)).not.toContain('援派干部经费');
    expect(inferred).toHaveLength(8);
  });
});

describe('money.key-tasks-total and money.projects-total', () => {
  test('key tasks summing to 项目支出 → no key-tasks-total (252,900 + 3,723,950 in D12)', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'D12', 252900 + 3723950);
    const findings = moneyNotes(spec);
    expect(byRule(findings, 'money.key-tasks-total')).toEqual([]);
    expect(byRule(findings, 'money.projects-total')).toHaveLength(1);
  });

  test('project sheets summing to 项目支出 → no projects-total (115,200 + 3,030,838 on 援派干部经费)', () => {
    const spec = setCell(seedWorkbookSpec(), '援派干部经费', 'B8', 115200 + 3030838);
    const findings = moneyNotes(spec);
    expect(byRule(findings, 'money.projects-total')).toEqual([]);
    expect(byRule(findings, 'money.key-tasks-total')).toHaveLength(1);
  });

  test('a project sheet without a numeric amount is left out and said so', () => {
    const spec = setCell(seedWorkbookSpec(), '援派干部经费', 'B8', '待定');
    const [hit] = byRule(moneyNotes(spec), 'money.projects-total');
    expect(hit.message).toBe(
      '本工作簿8张项目表的年度预算金额合计2,530,062.00元（253.0062万元），项目支出为567.61万元（5,676,100.00元），相差3,146,038.00元（另有1张项目表的金额未填或不是数字，未计入）',
    );
  });

  test('two department forms: which projects belong to which is unknown, so no projects-total', () => {
    const spec = seedWorkbookSpec();
    const copy = cloneSpec(spec);
    const second = { ...copy.sheets[0], name: '部门整体表（二）' };
    const both: WorkbookSpec = { sheets: [...spec.sheets, second] };
    const findings = moneyNotes(both);
    expect(byRule(findings, 'money.projects-total')).toEqual([]);
    // each department form still gets its own key-tasks total
    expect(byRule(findings, 'money.key-tasks-total').map((f) => f.sheet)).toEqual([DEPT, '部门整体表（二）']);
  });
});

describe('money.key-task-vs-project', () => {
  test('a key task named after a project with another amount: a warning on the task amount, related to the project cell', () => {
    let spec = setCell(seedWorkbookSpec(), DEPT, 'B15', '市政府办网站运行监测工作');
    spec = setCell(spec, DEPT, 'D15', 400000);
    const hits = byRule(money(spec), 'money.key-task-vs-project');
    expect(where(hits)).toEqual([`${DEPT}!D15 warning`]);
    expect(hits[0].related).toEqual(['市政府办网站运行监测经费!B8']);
    expect(hits[0].message).toBe(
      '重点工作任务「市政府办网站运行监测工作」拟投入400,000.00元，而项目表「市政府办网站运行监测经费」的2026年预算金额为497,650.00元，相差97,650.00元',
    );
  });

  test('the same amount: no warning', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'B15', '市政府办网站运行监测工作');
    expect(byRule(money(spec), 'money.key-task-vs-project')).toEqual([]);
  });

  test('a long common run (网站运行监测, 6 characters) matches; a short one does not', () => {
    const long = setCell(setCell(seedWorkbookSpec(), DEPT, 'B15', '开展政府网站运行监测'), DEPT, 'D15', 1);
    expect(where(byRule(money(long), 'money.key-task-vs-project'))).toEqual([`${DEPT}!D15 warning`]);
    const short = setCell(setCell(seedWorkbookSpec(), DEPT, 'B15', '网站监测'), DEPT, 'D15', 1);
    expect(byRule(money(short), 'money.key-task-vs-project')).toEqual([]);
  });

  test('name matching: generic words and punctuation removed; weak matches score 0', () => {
    expect(nameMatchScore('决策咨询工作', '决策咨询工作经费')).toBeGreaterThan(1000);
    expect(nameMatchScore('《决策咨询》', '决策咨询工作经费')).toBeGreaterThan(1000);
    expect(nameMatchScore('开展政府网站运行监测', '市政府办网站运行监测经费')).toBe(6);
    expect(nameMatchScore('筑牢金融风险防线', '广东省地方金融风险监测防控中心服务经费')).toBe(0);
    expect(nameMatchScore('宣传', '市政府办宣传办刊及慰问经费')).toBe(0);
    expect(nameMatchScore('项目经费', '金融稳定发展协调费')).toBe(0);
  });
});

test('formatAmount groups thousands and keeps every decimal', () => {
  expect(formatAmount('6336.55')).toBe('6,336.55');
  expect(formatAmount('1952150')).toBe('1,952,150.00');
  expect(formatAmount('264.5262')).toBe('264.5262');
  expect(formatAmount('-0.5')).toBe('-0.50');
  expect(formatAmount('0')).toBe('0.00');
});
