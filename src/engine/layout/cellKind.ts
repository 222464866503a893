// What one cell of an indicator table holds, judged by its text alone: the evidence behind column roles.
import { memoByText } from '../memo';
import { isQuantitative } from '../values';
import { operatorOnly } from '../values/lexicon';
import { isUnit } from '../values/units';
import { level1Of, level2Of, normaliseLabel } from '../vocabulary';

export type CellKind = 'level1' | 'level2' | 'operator' | 'unit' | 'number' | 'value' | 'long' | 'text';

/** Words of a 指标值类型 / 指标性质 column (the kind of the value, or its direction). */
const TYPE_WORD = /^(定性|定量|定性指标|定量指标|正向|反向|中性|正向指标|反向指标)$/;
const PLAIN_NUMBER = /^[+-]?[0-9]+(\.[0-9]+)?$/;
/** Descriptions (指标解释, 评分标准, 绩效标准) are sentences; names and values are short. */
const LONG = 30;

/** The kind of a cell's text; 成本指标 (一级, or 二级 in older forms) counts as 一级. */
export const cellKind = memoByText((raw: string): CellKind => {
  const text = normaliseLabel(raw);
  if (level1Of(raw)) return 'level1';
  if (level2Of(raw)) return 'level2';
  if (operatorOnly(text) || TYPE_WORD.test(text)) return 'operator';
  if (PLAIN_NUMBER.test(text)) return 'number';
  if (isQuantitative(raw)) return 'value';
  if (isUnit(text)) return 'unit';
  if (text.length > LONG || /[。；;]/.test(text.slice(0, -1))) return 'long';
  return 'text';
});

/**
 * A category name that cannot be an ordinary word: written with its 指标 / 值 suffix, or long enough
 * (经济效益, 服务对象满意度). A bare 数量 or 成本 may head a cost table's column.
 */
export function isStrongCategory(raw: string): boolean {
  const kind = cellKind(raw);
  if (kind !== 'level1' && kind !== 'level2') return false;
  const text = normaliseLabel(raw).replace(/\([^()]*\)分?$/, '');
  return /(指标|值)$/.test(text) || text.replace(/^(\(?[一二三四五六七八九十]+[)、.]|\(?[0-9]+[)、.])/, '').length >= 4;
}
