import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { mergedVariant, percentNumberVariant } from '../../src/sample/variants';
import { SEED_INDICATORS, SEED_SHEETS } from '../fixtures/seedIndicators';

const MINE = /^(structure|layout|value)\./;
const result = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' });
const mine = result.findings.filter((f) => MINE.test(f.rule));
const english = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'en' }).findings.filter((f) => MINE.test(f.rule));

const at = (rule: string) => mine.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
const rowOf = (cell: string) => Number(cell.replace(/^[A-Z]+/, ''));

const DEPARTMENT = '部门整体预算绩效目标申报表';
const PUBLICITY = '市政府办宣传办刊及慰问经费';

describe("the seed's real defects (structure, layout and value rules)", () => {
  it('reports the six projects without 效益指标 as errors on their 效益指标 cell, and no other errors', () => {
    const benefit = mine.filter((f) => f.rule === 'structure.missing-category' && f.message.includes('效益指标'));
    expect(benefit.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual([
      '援派干部经费!B24 error',
      '遗属补助经费!B22 error',
      '市政府办宣传办刊及慰问经费!B25 error',
      '决策咨询工作经费!B25 error',
      '市政府办网站运行监测经费!B27 error',
      '预防和处置非法集资经费!B26 error',
    ]);
    expect(mine.filter((f) => f.severity === 'error')).toEqual(benefit);
  });

  it('reports the missing 满意度 indicators: the department sheet and the projects whose 满意度 row is empty', () => {
    const satisfaction = mine.filter((f) => f.rule === 'structure.missing-category' && f.message.includes('满意度指标'));
    expect(satisfaction.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual([
      '部门整体预算绩效目标申报表!A60 warning',
      '援派干部经费!B27 warning',
      '遗属补助经费!A25 warning',
      '市政府办网站运行监测经费!B30 warning',
    ]);
  });

  it('reports the compound 民兵点验310人次，入队训练61人次 value once, over both target cells', () => {
    expect(at('value.two-measures')).toEqual([`${DEPARTMENT}!D54 warning`]);
    expect(mine.find((f) => f.rule === 'value.two-measures')!.cells).toEqual(['D54', 'E54']);
  });

  it('reports 公报投递（发布）及时率 = 5天内 as a rate given as a time, with no competing word-operator fix on the cell', () => {
    expect(at('value.rate-as-time')).toEqual([`${PUBLICITY}!E24 warning`]);
    // "write ≤5天" would contradict "write a rate": the cell gets one fix.
    expect(at('value.word-operator')).toEqual([]);
    const [time] = mine.filter((f) => f.rule === 'value.rate-as-time');
    expect(time.cells).toEqual(['E24', 'F24']);
    expect(time.message).toBe('「公报投递（发布）及时率」是比率，但实施周期和年度指标值写成了时间“5天内”');
    expect(time.suggestion).toBe('写成比率（如“≥95%”），或把指标名改为时限类（如「公报投递（发布）时限」，指标值“≤5天”）');
    expect(english.find((f) => f.rule === 'value.rate-as-time')!.message).toBe(
      '「公报投递（发布）及时率」 is a rate, but its period and annual target (the same in both) is a time, “5天内”',
    );
  });

  it('reports the 34 shifted rows as one finding per shifted block, none on the 3 rows holding only a category label', () => {
    const blocks = mine.filter((f) => f.rule === 'layout.shifted');
    expect(blocks.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      `${DEPARTMENT}!A58`,
      `${PUBLICITY}!F19`,
      `${PUBLICITY}!B24`,
      `${PUBLICITY}!A28`,
      '市政府办网站运行监测经费!F19',
      '金融稳定发展协调费!F19',
      '金融稳定发展协调费!A28',
      '预防和处置非法集资经费!E19',
      '预防和处置非法集资经费!A29',
      '广东省地方金融风险监测防控中心服务经费!B22',
      '广东省地方金融风险监测防控中心服务经费!A27',
      '政策性农村住房保险保费补贴资金!A26',
    ]);
    const rows = new Set(blocks.flatMap((f) => [f.cell, ...(f.cells ?? [])].map((c) => `${f.sheet}!${rowOf(c)}`)));
    expect(rows.size).toBe(31);
    // Label-only rows: 生态效益 on the department sheet, 满意度 on 遗属补助经费, 时效指标 on the website project.
    for (const row of [`${DEPARTMENT}!59`, '遗属补助经费!25', '市政府办网站运行监测经费!26']) expect(rows.has(row)).toBe(false);
    const website = blocks.find((f) => f.sheet === '市政府办网站运行监测经费')!;
    expect(website.message).toBe('第19–25行的内容不在表头所示的列：实施周期指标值应在E列、年度指标值应在F列');
    expect(website.cells).toEqual(['F19', 'G19', 'F20', 'G20', 'F21', 'G21', 'F22', 'G22', 'F23', 'G23', 'F24', 'G24', 'F25', 'G25']);
    const row58 = blocks.find((f) => f.sheet === DEPARTMENT && f.cell === 'A58')!;
    expect(row58.message).toBe('本行的内容不在表头所示的列：三级指标应在C列、实施周期指标值应在D列、年度指标值应在E列');
    const prevention = blocks.find((f) => f.cell === 'E19')!;
    expect(prevention.message).toBe('第19–23行的内容不在表头所示的列：三级指标应在D列、实施周期指标值应在E列、年度指标值应在F列');
  });

  it('gives no error-severity finding on any of the 90 indicator rows', () => {
    expect(SEED_INDICATORS).toHaveLength(90);
    const rows = new Set(SEED_INDICATORS.map(([sheet, row]) => `${SEED_SHEETS[sheet][0]}!${row}`));
    const onRows = mine.filter((f) => f.severity === 'error' && rows.has(`${f.sheet}!${rowOf(f.cell)}`));
    expect(onRows).toEqual([]);
  });

  it('does not call any seed value unreadable, out of range or a placeholder', () => {
    for (const rule of ['value.unparseable', 'value.rate-over-100', 'value.satisfaction-range', 'structure.placeholder', 'structure.duplicate', 'structure.no-name', 'structure.no-value']) {
      expect([rule, at(rule)]).toEqual([rule, []]);
    }
  });

  it('states a basis and a fix for every finding, in the report language', () => {
    const check = (list: Finding[], script: RegExp) => {
      for (const f of list) {
        expect(f.basis).toMatch(script);
        expect(f.suggestion).toMatch(script);
      }
    };
    check(mine, /[\u4e00-\u9fff]/);
    check(english, /^[A-Za-z]/);
  });

  it('gives the same findings when labels are merged or percentages stored as numbers', () => {
    const withMeaning = /^(structure|layout|value|meaning)\./;
    const key = (list: Finding[]) => list.filter((f) => withMeaning.test(f.rule)).map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity} ${f.message}`);
    const base = key(result.findings);
    // One finding per problem: blocks of shifted rows and period/annual twins are counted once.
    expect(base).toHaveLength(63);
    for (const variant of [mergedVariant(seedWorkbookSpec()), percentNumberVariant(seedWorkbookSpec())]) {
      expect(key(checkWorkbook(specToSnapshot(variant), { lang: 'zh' }).findings)).toEqual(base);
    }
  });
});
