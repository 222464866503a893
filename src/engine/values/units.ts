// Which text after a number reads as its unit. Units are open-ended (个政务新媒体, 元/生/年), so a unit
// is recognised by how it starts (a measure word) and by not looking like an indicator's name.
import { containsOperatorWord } from './lexicon';

/** Characters a Chinese unit or measure word starts with: 个 次 人 万 元 天 … */
const UNIT_START = new Set(
  (
    '个项次场人户家件份期本篇条天日月年周时小分秒元角万亿千百台套辆所座间张册批名位起例宗单笔处' +
    '公米平亩吨斤克升度轮课学班村镇校栋部只头株棵片块盏根支组类种门节级倍季列床区县面艘架趟遍届' +
    '回局段层幢号对双页字档星折成毫厘立英兆余多块首幅卷箱袋瓶剂针工'
  ).split(''),
);

/** Endings of indicator names, not of units: a "unit" of 热线办结率 or 年度目标 is a name with a number in it. */
const NAME_ENDINGS = ['率', '性', '情况', '目标', '指标', '程度', '数量', '水平', '工作', '完成', '金额', '资金', '经费', '表'];

/** Time units take no noun after them (年, 年度, 个月 do; 2026年预算金额 is a label, not a quantity). */
const TIME_START = new Set(['年', '月', '日', '天', '周', '时']);

const LETTER_UNIT = /^[A-Za-z]{1,6}[²³23]?(\/[A-Za-z\u3400-\u9fff]{1,4}[²³23]?)?$/;
const CJK_UNIT_TAIL = /^[\u3400-\u9fff/·()（）²³A-Za-z]*$/;
const MAX_UNIT_LENGTH = 10;

/** True when the text (no spaces, already folded) reads as a unit: %, 万元, 个政务新媒体, 元/户, km. */
export function isUnit(text: string): boolean {
  if (text === '%' || text === '‰' || text === '个百分点' || text === '百分点') return true;
  if (LETTER_UNIT.test(text)) return true;
  const first = text[0];
  if (first === undefined || !UNIT_START.has(first)) return false;
  if (text.length > MAX_UNIT_LENGTH || !CJK_UNIT_TAIL.test(text.slice(1))) return false;
  if (containsOperatorWord(text)) return false;
  if (TIME_START.has(first) && text.length > 2 && !text.includes('/')) return false;
  if (text.length > 1 && NAME_ENDINGS.some((end) => text.endsWith(end))) return false;
  return true;
}
