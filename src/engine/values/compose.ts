// Split layouts (指标值类型 | 目标值 | 度量单位): the parts of one target joined into the text the grammar reads.
import { operatorOnly } from './lexicon';
import { foldWidth, removeSpaces, trimSpaces } from './text';

/** Words of a 指标值类型 / 指标性质 column that say what kind of value follows, not what it is. */
const TYPE_WORDS = new Set([
  '定性', '定量', '定性指标', '定量指标', '定性值', '定量值', '数值', '数值型', '文本', '文本型',
  '正向', '反向', '中性', '正向指标', '反向指标', '中性指标',
]);

export function composeParts(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const text = trimSpaces(typeof part === 'string' ? part : String(part ?? ''));
    if (text === '') continue;
    const key = removeSpaces(foldWidth(text).text);
    if (TYPE_WORDS.has(key)) continue;
    const op = operatorOnly(key);
    const piece = op ? op.op : text;
    // A unit column repeating what the number cell already ends with (95% | %) is not written twice.
    if (out !== '' && out.endsWith(piece) && !/^[0-9]/.test(piece)) continue;
    out += piece;
  }
  return out;
}
