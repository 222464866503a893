import { yearOf } from '../../src/engine/rules/projectFields';
import { allRules } from '../../src/engine/rules/run';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { clearCell, setCell } from '../../src/sample/variants';
import type { WorkbookSpec } from '../../src/engine/schema';
import { byRule, findingsOf, where } from './ruleFindings';

const YUANPAI = '援派干部经费';
const ZHENGCE = '政策性农村住房保险保费补贴资金';

const project = (spec: WorkbookSpec, lang: 'zh' | 'en' = 'zh') => byRule(findingsOf(spec, lang), 'project.');

describe('project rules on the seed', () => {
  const findings = project(seedWorkbookSpec());

  test('the catalogue holds the five project rules, each with basis and fix', () => {
    const rules = allRules().filter((r) => r.family === 'project');
    expect(rules.map((r) => r.id).sort()).toEqual([
      'project.end-before-start',
      'project.ended-before-budget-year',
      'project.not-a-year',
      'project.required-empty',
      'project.start-after-budget-year',
    ]);
    for (const rule of rules) {
      expect(rule.basis.zh).toMatch(/表样|财预〔2021〕101号|常识/);
      expect(rule.suggestion).toBeDefined();
    }
  });

  test('only the empty or "-" 项目概述 (B10) of eight sheets, as info; 2099 is a year; no error', () => {
    expect(where(findings)).toEqual(
      [
        '援派干部经费',
        '遗属补助经费',
        '市政府办宣传办刊及慰问经费',
        '决策咨询工作经费',
        '市政府办网站运行监测经费',
        '金融稳定发展协调费',
        '预防和处置非法集资经费',
        '广东省地方金融风险监测防控中心服务经费',
      ].map((s) => `${s}!B10 info`),
    );
    expect(findings.every((f) => f.rule === 'project.required-empty')).toBe(true);
    expect(findings[0].message).toBe('项目概述未填写');
    expect(findings[1].message).toBe('项目概述未填写（只有“-”）');
    expect(findings[0].suggestion).toBe('在B10填写项目概述');
  });
});

describe('project.required-empty', () => {
  test.each([
    ['B2', '项目名称', 'error'],
    ['C7', '起始年度', 'error'],
    ['E7', '到期年度', 'error'],
    ['B8', '2026年预算金额', 'error'],
    ['B12', '实施周期总目标', 'error'],
    ['B14', '2026年度目标', 'error'],
    ['B3', '项目类型', 'warning'],
    ['B5', '省级主管部门', 'warning'],
    ['B6', '用款单位', 'warning'],
    ['B9', '设立依据', 'warning'],
  ])('%s (%s) cleared → %s on that cell', (cell, label, severity) => {
    const hits = byRule(project(clearCell(seedWorkbookSpec(), ZHENGCE, cell)), 'project.required-empty').filter((f) => f.sheet === ZHENGCE);
    expect(where(hits)).toEqual([`${ZHENGCE}!${cell} ${severity}`]);
    expect(hits[0].message).toBe(`${label}未填写`);
  });

  test('a dash in a required field counts as empty', () => {
    const hits = byRule(project(setCell(seedWorkbookSpec(), ZHENGCE, 'B6', '—')), 'project.required-empty').filter((f) => f.sheet === ZHENGCE);
    expect(where(hits)).toEqual([`${ZHENGCE}!B6 warning`]);
    expect(hits[0].message).toBe('用款单位未填写（只有“—”）');
  });

  test('in English', () => {
    const hits = byRule(project(clearCell(seedWorkbookSpec(), ZHENGCE, 'B2'), 'en'), 'project.required-empty').filter((f) => f.sheet === ZHENGCE);
    expect(hits[0].message).toBe('项目名称 is not filled in');
    expect(hits[0].suggestion).toBe('Fill in 项目名称 in B2');
  });
});

describe('project years', () => {
  test('到期年度 2020 before 起始年度 2023: an error on E7, related C7', () => {
    const hits = project(setCell(seedWorkbookSpec(), YUANPAI, 'E7', '2020年')).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(where(hits)).toEqual([`${YUANPAI}!E7 error`]);
    expect(hits[0].rule).toBe('project.end-before-start');
    expect(hits[0].message).toBe('到期年度2020早于起始年度2023（C7）');
    expect(hits[0].related).toEqual(['C7']);
  });

  test('起始年度 2027 after the 2026年预算金额: a warning on C7, related A8', () => {
    const hits = project(setCell(seedWorkbookSpec(), YUANPAI, 'C7', '2027年')).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(where(hits)).toEqual([`${YUANPAI}!C7 warning`]);
    expect(hits[0].rule).toBe('project.start-after-budget-year');
    expect(hits[0].message).toBe('起始年度2027晚于「2026年预算金额」（A8）的2026年');
    expect(hits[0].related).toEqual(['A8']);
  });

  test('2021–2025 asking for 2026 money: a warning on the 到期年度 (E7), related A8', () => {
    let spec = setCell(seedWorkbookSpec(), YUANPAI, 'C7', '2021年');
    spec = setCell(spec, YUANPAI, 'E7', '2025年');
    const hits = project(spec).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(where(hits)).toEqual([`${YUANPAI}!E7 warning`]);
    expect(hits[0].rule).toBe('project.ended-before-budget-year');
    expect(hits[0].message).toBe('到期年度2025早于「2026年预算金额」（A8）的2026年：项目在预算年度之前已经结束');
    expect(hits[0].suggestion).toBe('若项目延续到2026年，把到期年度改为2026年或更晚；否则核对预算金额的年度');
    expect(hits[0].related).toEqual(['A8']);
    const en = project(spec, 'en').find((f) => f.rule === 'project.ended-before-budget-year');
    expect(en?.message).toBe('The end year 2025 is before 2026, the year of “2026年预算金额” (A8): the project ends before the budget year');
  });

  test('an end in the budget year itself is fine; an end before the start is the error alone', () => {
    expect(project(setCell(seedWorkbookSpec(), YUANPAI, 'E7', '2026年')).filter((f) => f.rule === 'project.ended-before-budget-year')).toEqual([]);
    expect(project(seedWorkbookSpec()).filter((f) => f.rule === 'project.ended-before-budget-year')).toEqual([]);
  });

  test('a start in the budget year itself is fine (决策咨询工作经费 starts 2026)', () => {
    expect(project(seedWorkbookSpec()).filter((f) => f.rule === 'project.start-after-budget-year')).toEqual([]);
  });

  test.each([
    ['C7', '二〇二三年以后'],
    ['C7', '1989年'],
    ['E7', '2101'],
    ['E7', '99年'],
    ['E7', '长期'],
  ])('%s = %s is not a year: an error on that cell, and no order check', (cell, text) => {
    const hits = project(setCell(seedWorkbookSpec(), YUANPAI, cell, text)).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(where(hits)).toEqual([`${YUANPAI}!${cell} error`]);
    expect(hits[0].rule).toBe('project.not-a-year');
    expect(hits[0].message).toBe(`${cell === 'C7' ? '起始年度' : '到期年度'}“${text}”不是年份（应为1990–2100之间的四位年份）`);
    expect(hits[0].suggestion).toBe('填写四位年份，如2026年');
  });

  test.each([
    ['2023'], ['2023年'], ['２０２３年'], ['2023年度'], [' 2023 '],
    ['二〇二三年'], ['二零二三年度'], ['二〇二三'],
    ['2023年1月'], ['2023年12月31日'], ['2023-01'], ['2023-01-01'], ['2023/1/1'], ['2023.1'], ['1/1/2023'], ['01-01-23'],
  ])('%s is a year', (text) => {
    expect(yearOf(text)).toBe(2023);
  });

  test.each([['2023年13'], ['二〇二'], ['20231'], ['2023年1月1']])('%s is not a year', (text) => {
    expect(yearOf(text)).toBeNull();
  });

  test.each([
    ['二〇二三年'],
    ['2023年1月'],
  ])('起始年度 written as %s: no project.not-a-year', (text) => {
    const hits = project(setCell(seedWorkbookSpec(), YUANPAI, 'C7', text)).filter((f) => f.sheet === YUANPAI && f.rule === 'project.not-a-year');
    expect(hits).toEqual([]);
  });

  test.each([['yyyy"年"'], ['yyyy-mm-dd'], ['yyyy"年"m"月"'], ['mm-dd-yy']])('a date cell (2023-01-01 formatted %s) is read as the year 2023', (numFmt) => {
    const spec = setCell(seedWorkbookSpec(), YUANPAI, 'C7', { value: 44927, numFmt });
    const hits = project(spec).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(hits).toEqual([]);
    // The year is used: a date cell for 2027-01-01 as the start is after the 2026 budget year.
    const late = project(setCell(seedWorkbookSpec(), YUANPAI, 'C7', { value: 46388, numFmt })).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(late.map((f) => `${f.cell} ${f.rule}`)).toEqual(['C7 project.start-after-budget-year']);
  });

  test('a year stored as a number (2023, General format) is a year', () => {
    const hits = project(setCell(seedWorkbookSpec(), YUANPAI, 'C7', 2023)).filter((f) => f.sheet === YUANPAI && f.severity !== 'info');
    expect(hits).toEqual([]);
  });
});
