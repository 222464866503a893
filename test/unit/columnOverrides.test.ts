import { checkWorkbook } from '../../src/engine/check';
import { ColumnOverrideSchema, type ColumnOverride } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { FAMILIES, sheetOf } from '../fixtures/families';

const family = (prefix: string) => FAMILIES.find((f) => f.name.startsWith(prefix)) as (typeof FAMILIES)[number];
const check = (prefix: string, columnRoles: ColumnOverride[]) =>
  checkWorkbook(specToSnapshot(sheetOf(family(prefix).rows, family(prefix).merges, '县区')), { lang: 'zh', columnRoles }).model.sheets[0];

describe('column roles set by the user', () => {
  it('take another county column as the target, marked as the user’s', () => {
    const sheet = check('one target column per county', [{ sheet: '县区', column: 'E', role: 'annual' }]);
    expect(sheet.indicators.map((i) => [i.level3, i.annualValue, i.cells.annualValue])).toEqual([
      ['养护里程', '≥120公里', 'E3'],
      ['养护合格率', '≥95%', 'E4'],
      ['群众满意度', '≥90%', 'E5'],
    ]);
    expect(sheet.table?.roles?.filter((r) => r.col === 5 || r.col === 4).map((r) => [r.column, r.role, r.source, r.confidence])).toEqual([
      ['D', 'extra', 'user', 1],
      ['E', 'annual', 'user', 1],
    ]);
  });

  it('turn a column the reader took for a target into a note', () => {
    const sheet = check('long-term and annual blocks', [{ sheet: '县区', column: 'D', role: 'extra' }]);
    expect(sheet.indicators.map((i) => [i.level3, i.periodValue, i.annualValue])).toEqual([
      ['养护里程', '', '≥120公里'],
      ['完成时限', '', '2025年底前'],
      ['通行条件', '', '明显改善'],
    ]);
  });

  it('leave other sheets alone', () => {
    const sheet = check('one target column per county', [{ sheet: '别的表', column: 'E', role: 'annual' }]);
    expect(sheet.indicators[0].annualValue).toBe('≥300公里');
  });

  it('are validated by their schema', () => {
    expect(ColumnOverrideSchema.safeParse({ sheet: '县区', column: 'e', role: 'annual' }).success).toBe(false);
    expect(ColumnOverrideSchema.safeParse({ sheet: '县区', column: 'E', role: 'tree' }).success).toBe(false);
    expect(ColumnOverrideSchema.parse({ sheet: '县区', column: 'E', role: 'annual' })).toEqual({ sheet: '县区', column: 'E', role: 'annual' });
  });
});
