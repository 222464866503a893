// The checks of meaning on each indicator: is it filed where its kind belongs, and does its target
// measure something (a level with a baseline, a unit the name agrees with, a floor for an output)?
import type { Indicator } from '../schema';
import type { Hit } from '../rules/types';
import { coreName, isChangeRate, isSatisfactionName } from '../rules/valueNames';
import { mergeTwin } from '../rules/twins';
import { targetParams, targetsOf, type Target } from '../rules/valueTargets';
import { effectExample } from './effects';
import { isCountValue, isOutput, isOwnWorkCount, isPercentValue, isPlainCount, mainValue } from './nature';
import { likelyUnit, nameUnit, unitFamily } from './units';
import { BASELINE, COST_WORDS, LEVEL, NEGATIVE, OWN_WORK, TIME_NAME, VAGUE } from './words';

export interface IndicatorContext {
  sheet: string;
  /** Forms before 2021 follow the older framework: 成本 under 产出, satisfaction under 效益. */
  oldFramework: boolean;
  /** The budget year, for examples of a baseline ("较2025年"); null where the form does not say. */
  year: number | null;
}

/** Every check of meaning on one indicator. */
export function checkIndicator(ctx: IndicatorContext, indicator: Indicator): Hit[] {
  if (!indicator.level3.trim() || !indicator.cells.level3) return [];
  return [...categoryHits(ctx, indicator), ...targetHits(ctx, indicator), ...nameHits(ctx, indicator)];
}

function at(ctx: IndicatorContext, indicator: Indicator, rule: string, params: Record<string, string | number>): Hit {
  const cells = [indicator.cells.level3 as string, indicator.cells.annualValue ?? indicator.cells.periodValue].filter((c): c is string => !!c);
  return { rule, sheet: ctx.sheet, cell: cells[0], cells, params: { name: indicator.level3.trim(), ...params } };
}

/** Filed where its kind belongs: outputs not under 效益, counts not under 质量, satisfaction in its own 一级. */
function categoryHits(ctx: IndicatorContext, indicator: Indicator): Hit[] {
  const name = indicator.level3.trim();
  const value = mainValue(indicator);
  const hits: Hit[] = [];
  if (indicator.level1 === '效益指标' && !isSatisfactionName(name) && isOutput(indicator)) {
    const kind = isOwnWorkCount(indicator) ? 'count' : 'rate';
    hits.push(at(ctx, indicator, 'meaning.output-as-outcome', {
      level1: indicator.level1Raw.trim() || '效益指标', kind, outputLevel2: kind === 'count' ? '数量指标' : '质量指标', effect: effectExample(name),
    }));
  }
  if (indicator.level2 === '质量指标' && isPlainCount(indicator)) {
    hits.push(at(ctx, indicator, 'meaning.count-under-quality', { value: value.raw.trim() }));
  }
  // A satisfaction 二级 under 效益 is structure.wrong-parent's finding; this is a 三级 filed there.
  if (isSatisfactionName(name) && indicator.level1 !== null && indicator.level1 !== '满意度指标' && indicator.level2 !== '服务对象满意度指标') {
    if (!(ctx.oldFramework && indicator.level1 === '效益指标')) {
      hits.push(at(ctx, indicator, 'meaning.satisfaction-under-benefit', { level1: indicator.level1Raw.trim() || indicator.level1 }));
    }
  }
  // 社会成本 and 生态环境成本 are harms, rightly qualitative ("对生态环境的不利影响：无"); 经济成本 is money.
  const costFiled = indicator.level2 === '经济成本指标' || indicator.level2 === '成本指标' || (indicator.level1 === '成本指标' && indicator.level2 === null);
  const isMoney = value.kind === 'quantitative' && value.unit !== null && /元/.test(value.unit);
  const costName = COST_WORDS.test(coreName(name)) && !/率$/.test(coreName(name));
  if (costFiled && !isMoney && !costName && value.kind !== 'empty' && !/(成本|费用|节约|超支|控制).*率$/.test(coreName(name))) {
    hits.push(at(ctx, indicator, 'meaning.cost-not-a-cost', { value: value.raw.trim() }));
  }
  return hits;
}

/** The targets: measurable, with a baseline for a change, a level for a level, a unit that fits. */
function targetHits(ctx: IndicatorContext, indicator: Indicator): Hit[] {
  const targets = targetsOf(indicator);
  const perTarget = targets.map((t) => checkTarget(ctx, indicator, t));
  if (targets.length < 2 || targets[0].text !== targets[1].text) return perTarget.flat();
  return mergeTwin(perTarget[0], perTarget[1]);
}

function checkTarget(ctx: IndicatorContext, indicator: Indicator, target: Target): Hit[] {
  const name = indicator.level3.trim();
  const core = coreName(name);
  const v = target.value;
  const hit = (rule: string, extra: Record<string, string | number> = {}): Hit => ({
    rule, sheet: ctx.sheet, cell: target.cell, params: { ...targetParams(indicator, target), ...extra },
  });
  const baseYear = ctx.year !== null ? ctx.year - 1 : '上';
  if (v.kind === 'qualitative') return VAGUE.test(target.text) && !/\d/.test(target.text) ? [hit('meaning.vague-value')] : [];
  if (v.kind !== 'quantitative' || v.measures !== 1 || v.number === null) return [];
  const hits: Hit[] = [];
  const unit = v.unit ?? '';
  if (v.direction !== null) {
    const verb = v.direction === 'increase' ? '提高' : '下降';
    if (isLevel(name)) hits.push(hit('meaning.level-as-change', { core: core.replace(/(率|度)$/, '$1'), baseYear, number: v.number }));
    else if (!BASELINE.test(target.text) && !BASELINE.test(core)) hits.push(hit('meaning.change-without-baseline', { baseYear, verb, number: v.number, unit }));
  }
  if (/^[万亿千百]+$/.test(unit) && !/元|金额|资金|费用|成本/.test(core)) {
    const counted = likelyUnit(name);
    hits.push(hit('meaning.magnitude-without-unit', { magnitude: unit, fixed: `${v.operator ?? ''}${v.number}${unit}${counted ?? '（单位）'}` }));
  }
  const promised = nameUnit(name);
  if (promised && unit && !/^[万亿千百]+$/.test(unit)) {
    const contradicts = promised.exact ? normaliseUnit(unit) !== normaliseUnit(promised.unit) : unitFamily(unit) !== null && unitFamily(unit) !== promised.family;
    if (contradicts) hits.push(hit('meaning.unit-contradicts-name', { nameUnit: promised.unit, valueUnit: unit }));
  }
  // A ceiling fits a cap on people served (就读人数 ≤6962人); on work to deliver it rewards doing less.
  const outputCount = indicator.level2 === '数量指标' && isCountValue(v) && !NEGATIVE.test(core) && DELIVERED.test(core);
  if (outputCount && (v.operator === '≤' || v.operator === '<')) hits.push(hit('meaning.ceiling-on-output', { number: v.number, unit }));
  if (TIME_NAME.test(core) && !/率$/.test(core) && isPercentValue(v)) {
    hits.push(hit('meaning.time-as-rate', { core: core.replace(TIME_NAME, ''), year: ctx.year ?? '本' }));
  }
  return hits;
}

/** A level (普及率, 覆盖率, 满意度, 占比): any rate or share that is not itself a change (增长率, 下降率). */
function isLevel(name: string): boolean {
  return LEVEL.test(coreName(name)) && !isChangeRate(name);
}

/** Work delivered: the unit’s own activities, or things built, bought or made. */
const DELIVERED = new RegExp(`${OWN_WORK.source}|建设|购置|采购|新建|改造|维修|印刷|制作|编制|培育|种植`);

function normaliseUnit(unit: string): string {
  return unit.replace('％', '%').replace(/^个(?=工作日|月)/, '');
}

/** A target written into the name: 培训人数不少于200人, 满意度达90%以上, 资金到位率100%. */
const TARGET_IN_NAME =
  /(不少于|不低于|不超过|不高于|不多于|达到|≥|≤|>=|<=|＞|＜|>|<)\s*\d+(\.\d+)?\s*(%|％|个|次|场|人次|人|户|家|项|件|份|天|日|万)?(以上|以内|以下)?|(达|为)?\d+(\.\d+)?\s*(%|％)(以上|以内|以下)?$|\d+(\.\d+)?\s*(个|次|场|人次|人|户|家|项|件|份|天|日)(以上|以内|以下)$/;

function nameHits(ctx: IndicatorContext, indicator: Indicator): Hit[] {
  const name = indicator.level3.trim();
  const match = TARGET_IN_NAME.exec(name);
  if (!match) return [];
  const fixed = name.replace(match[0], '').replace(/[，,、：:（(]+$/, '').trim();
  if (fixed.length < 2) return [];
  const target = match[0].replace(/^(达到|达|为)/, '');
  return [{ rule: 'meaning.target-in-name', sheet: ctx.sheet, cell: indicator.cells.level3 as string, params: { name, target, fixed } }];
}
