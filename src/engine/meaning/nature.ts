// What an indicator measures, read from its name and its target: the facts the checks of meaning and
// the cross-sheet comparison decide by (an output or an effect, a count or a rate, where it belongs).
import type { Indicator, Level1, Level2, ParsedValue } from '../schema';
import { coreName, isChangeRate, isSatisfactionName } from '../rules/valueNames';
import { memoByText } from '../memo';
import { COUNT_NAME, COUNT_UNIT, EFFECT, NEGATIVE, OWN_WORK, QUALITY_RATE, TIMELINESS, WORK_DONE_RATE } from './words';

/** The target that says most: the annual one where it is quantitative, else the period one. */
export function mainValue(indicator: Indicator): ParsedValue {
  return indicator.annual.kind === 'quantitative' || indicator.period.kind !== 'quantitative' ? indicator.annual : indicator.period;
}

/** A count of things, people or events: the value's unit counts (次, 场, 个, 万户 …) and is not a share. */
export function isCountValue(value: ParsedValue): boolean {
  return value.kind === 'quantitative' && value.unit !== null && unitNature(value.unit).count;
}

export function isPercentValue(value: ParsedValue): boolean {
  return value.kind === 'quantitative' && (value.unit === '%' || value.unit === '％');
}

/** Firms and households counted are those the work reached (对接覆盖企业数): beneficiaries, not work. */
const BENEFICIARIES = /(企业|户|家|单位)数$|^(万|千)?(户|家|家次)$/;

/** What a value's unit says, once per unit: it counts things, or it counts those the work reached. */
const unitNature = memoByText((unit: string) => ({
  count: !unit.includes('/') && COUNT_UNIT.test(unit),
  beneficiaries: BENEFICIARIES.test(unit),
}));

/** What a 三级 name says of the indicator's kind, read once per name (the same names recur in every sheet). */
const nameNature = memoByText((level3: string) => {
  const name = coreName(level3);
  return {
    countName: COUNT_NAME.test(name),
    beneficiaries: BENEFICIARIES.test(name),
    ownWork: OWN_WORK.test(name) && !EFFECT.test(name) && !isSatisfactionName(name),
    workDoneRate: workDoneRateName(name),
    /** Neither a problem counted nor a rate or degree: a count here is a plain count. */
    plainCountName: !NEGATIVE.test(name) && !/率$|度$/.test(name),
  };
});

/** A count of the unit's own work (会议场次, 培训人次, 印发报告数量), not of people reached or effects. */
export function isOwnWorkCount(indicator: Indicator): boolean {
  const name = nameNature(indicator.level3);
  if (!name.ownWork || name.beneficiaries) return false;
  const value = mainValue(indicator);
  const counted = isCountValue(value) || name.countName;
  return counted && !(value.unit !== null && unitNature(value.unit).beneficiaries);
}

/** A rate of the unit's own work done (办结率, 完成率, 排查覆盖率): a measure of output, not of effect. */
export function isWorkDoneRate(indicator: Indicator): boolean {
  return nameNature(indicator.level3).workDoneRate;
}

function workDoneRateName(name: string): boolean {
  if (isChangeRate(name) || isSatisfactionName(name)) return false;
  // 成果转化率, 整改到位率, 受灾农房重建完成率: what others did because of the work is an effect.
  if (!WORK_DONE_RATE.test(name) || EFFECT.test(name)) return false;
  // 覆盖率 is output only where it covers the unit's own work (宣传覆盖率, 排查覆盖率), not people reached by an effect.
  if (/覆盖率$/.test(name)) return OWN_WORK.test(name.replace(/覆盖率$/, ''));
  return true;
}

/** An output: a count or a rate of the unit’s own work. */
export function isOutput(indicator: Indicator): boolean {
  return isOwnWorkCount(indicator) || isWorkDoneRate(indicator);
}

/** A count that a 质量 indicator should not be: things done, not problems found. */
export function isPlainCount(indicator: Indicator): boolean {
  return nameNature(indicator.level3).plainCountName && isCountValue(mainValue(indicator));
}

export interface Fit {
  level1: Level1;
  level2: Level2 | null;
  /** Why, in a few words for the message: "准确率", "次数", "完成率" … */
  zh: string;
  en: string;
}

/**
 * Where the framework puts an indicator of this kind, when its kind says so clearly (参照 财预〔2021〕
 * 101号): 准确率 / 误判率 → 产出/质量; 次数 / 场次 → 产出/数量; 及时率 → 产出/时效; a rate of work
 * done → 产出; a satisfaction → 满意度. Null where the kind leaves it open.
 */
export function fittingCategory(indicator: Indicator): Fit | null {
  const name = coreName(indicator.level3);
  if (isSatisfactionName(name)) return { level1: '满意度指标', level2: '服务对象满意度指标', zh: '满意度', en: 'a satisfaction' };
  const quality = QUALITY_RATE.exec(name);
  if (quality) return { level1: '产出指标', level2: '质量指标', zh: quality[0], en: `a quality rate (${quality[0]})` };
  if (/率$/.test(name) && TIMELINESS.test(name)) return { level1: '产出指标', level2: '时效指标', zh: '及时率', en: 'a timeliness rate' };
  if (isPlainCount(indicator) && isOwnWorkCount(indicator)) return { level1: '产出指标', level2: '数量指标', zh: '工作数量', en: 'a count of work done' };
  if (isWorkDoneRate(indicator)) {
    const rate = WORK_DONE_RATE.exec(name)?.[0] ?? '完成率';
    return { level1: '产出指标', level2: null, zh: rate, en: `a rate of work done (${rate})` };
  }
  return null;
}

/** Whether a filing under (level1, level2) agrees with the fit. */
export function fits(fit: Fit, level1: Level1 | null, level2: Level2 | null): boolean {
  return fit.level1 === level1 && (fit.level2 === null || fit.level2 === level2);
}
