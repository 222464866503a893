// What an indicator table's header cell says its column holds.
import { memoByText } from '../memo';
import { normaliseLabel } from './label';

export type ColumnRole = 'label' | 'level1' | 'level2' | 'level3' | 'period' | 'annual' | 'target' | 'operator' | 'unit' | 'extra';

const ROLES: Array<[ColumnRole, string[]]> = [
  ['label', ['绩效指标', '本年度绩效指标', '年度绩效指标', '项目绩效指标']],
  ['level1', ['一级指标', '一级']],
  ['level2', ['二级指标', '二级']],
  ['level3', ['三级指标', '三级', '指标内容', '指标名称', '三级指标名称', '三级指标内容']],
  ['period', [
    '实施周期指标值', '实施周期目标值', '实施期指标值', '实施期目标值', '中长期指标值', '中长期目标值', '长期指标值', '长期目标值',
    '实施周期目标', '长期目标', '中长期目标', '实施周期', '整体目标值', '总体目标值', '项目期指标值',
  ]],
  ['annual', ['年度指标值', '当年度指标值', '本年度指标值', '当年指标值', '年度数值', '年度目标值', '年度指标目标值', '年度目标', '全年指标值', '年度', '当年预期实现值', '本年预期实现值', '年度预期实现值', '本年度指标值及单位']],
  ['target', ['指标值', '目标值', '指标目标值', '指标值及单位', '目标值及单位', '指标值(含单位)', '预期实现值', '预期目标值', '预期指标值', '绩效目标值']],
  ['operator', ['指标值类型', '指标性质', '计算符号', '符号', '运算符号', '比较符号', '关系符号', '指标值符号', '指标符号', '运算符']],
  ['unit', ['度量单位', '计量单位', '单位', '指标单位', '指标值单位']],
  ['extra', [
    '备注', '权重', '分值', '绩效标准', '指标值内容', '指标说明', '评分标准', '指标解释', '指标值说明', '评分规则', '指标权重',
    '序号', '编号', '数据来源', '评价标准', '计算方法', '指标方向',
  ]],
];

const ROLE_OF = new Map<string, ColumnRole>(ROLES.flatMap(([role, names]) => names.map((n): [string, ColumnRole] => [n, role])));

/** A year before an annual header (2026年度指标值, 2025年指标值) names the budget year. */
const YEAR_PREFIX = /^[0-9]{4}年度?/;
/** A span of years before a header (2024-2026年指标值) names the whole implementation period. */
const YEAR_RANGE_PREFIX = /^[0-9]{4}(年)?[-~～至到][0-9]{4}年度?/;
/** A note in brackets anywhere: 年度指标值(2026年), 实施周期(2024-2026年)指标值. */
const NOTE = /\([^()]*\)/g;
/** An English gloss beside the Chinese (三级指标 Level-3, 一级指标\nLevel 1). */
const LATIN_GLOSS = /[A-Za-z][A-Za-z0-9 .\-_/]*$/;

/**
 * What a table header cell says its column holds, or null for anything else. Remembered per text: the
 * reader asks it of every short cell of every row while it looks for header rows.
 */
export const columnRoleOf: (headerText: string) => ColumnRole | null = memoByText((headerText) => roleOfText(headerText));

function roleOfText(headerText: string): ColumnRole | null {
  const text = normaliseLabel(headerText);
  const exact = ROLE_OF.get(text);
  if (exact) return exact;
  const withoutNote = text.replace(NOTE, '').replace(LATIN_GLOSS, '');
  const noted = withoutNote !== text ? ROLE_OF.get(withoutNote) : undefined;
  if (noted) return noted;
  if (YEAR_RANGE_PREFIX.test(withoutNote)) {
    const rest = withoutNote.replace(YEAR_RANGE_PREFIX, '');
    if (['指标值', '目标值', '数值', '目标', ''].includes(rest)) return 'period';
  }
  if (YEAR_PREFIX.test(withoutNote)) {
    const rest = withoutNote.replace(YEAR_PREFIX, '');
    if (['指标值', '目标值', '数值', '目标'].includes(rest)) return 'annual';
  }
  return null;
}
