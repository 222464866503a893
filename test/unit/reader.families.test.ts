import { checkWorkbook } from '../../src/engine/check';
import { toReport } from '../../src/engine/report';
import { ReportSchema } from '../../src/engine/schema';
import { readWorkbook } from '../../src/engine/layout/readSheet';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { FAMILIES, sheetOf } from '../fixtures/families';

describe.each(FAMILIES.map((f) => [f.name, f] as const))('layout family: %s', (_name, family) => {
  const sheet = readWorkbook(specToSnapshot(sheetOf(family.rows, family.merges))).model.sheets[0];

  it('reads every indicator exactly', () => {
    expect(sheet.indicators.map((i) => [i.level1, i.level2, i.level3, i.periodValue, i.annualValue])).toEqual(family.want);
  });

  it('is read as a form with a table', () => {
    expect(sheet.kind).not.toBe('other');
    expect(sheet.table).not.toBeNull();
  });
});

describe('the report says how each column was read', () => {
  const roles = (name: string) => {
    const family = FAMILIES.find((f) => f.name.startsWith(name));
    if (!family) throw new Error(`no family ${name}`);
    return readWorkbook(specToSnapshot(sheetOf(family.rows, family.merges))).model.sheets[0].table;
  };

  it('a header contradicted by content: the content decides, at a lower confidence', () => {
    const table = roles('no 三级 header');
    expect(table?.foundBy).toBe('content');
    expect(table?.roles?.map((r) => [r.column, r.role, r.source, r.header])).toEqual([
      ['A', 'level2', 'content', '一级指标'],
      ['B', 'level3', 'content', '二级指标'],
      ['C', 'extra', 'header+content', '绩效标准'],
      ['D', 'annual', 'header+content', '当年预期实现值'],
    ]);
    const [level2, level3, , annual] = table?.roles ?? [];
    expect(level2.confidence).toBeLessThan(0.9);
    expect(level3.confidence).toBeLessThan(0.9);
    expect(annual.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a header confirmed by content: header+content, sure', () => {
    const table = roles('label column');
    expect(table?.foundBy).toBe('header');
    expect(table?.roles?.map((r) => [r.column, r.role, r.source, r.confidence])).toEqual([
      ['A', 'label', 'header', 0.9],
      ['B', 'level1', 'header+content', 0.95],
      ['C', 'level2', 'header+content', 0.95],
      ['D', 'level3', 'header+content', 0.95],
      ['E', 'annual', 'header+content', 0.95],
    ]);
  });

  it('a fragment without a header: every role from content', () => {
    const table = roles('a fragment');
    expect(table?.roles?.every((r) => r.source === 'content' && r.header === undefined)).toBe(true);
    expect(table?.roles?.map((r) => [r.column, r.role])).toEqual([
      ['A', 'level1'],
      ['B', 'level2'],
      ['C', 'level3'],
      ['D', 'period'],
      ['E', 'annual'],
    ]);
  });
});

describe('the JSON report carries the roles', () => {
  it('validates against ReportSchema with each table and its roles', () => {
    const family = FAMILIES.find((f) => f.name.startsWith('evaluation style')) as (typeof FAMILIES)[number];
    const report = ReportSchema.parse(toReport('f.xlsx', checkWorkbook(specToSnapshot(sheetOf(family.rows)), { lang: 'zh' })));
    expect(report.sheets[0].table?.roles?.map((r) => `${r.column}:${r.role}`)).toEqual(['A:level1', 'B:level2', 'C:level3', 'D:extra', 'E:annual', 'F:extra']);
  });
});
