// The checks of meaning on each indicator: is it filed where its kind belongs, and does its target
// measure something (a level with a baseline, a unit the name agrees with, a floor for an output)?
import { toA1 } from '../a1';
import type { Indicator } from '../schema';
import type { Hit } from '../rules/types';
import { memoByText } from '../memo';
import { pushTargetHits } from '../rules/twins';
import { targetParams, type Target } from '../rules/valueTargets';
import { effectExample } from './effects';
import { meaningName, type MeaningName } from './nameFacts';
import { isCountValue, isOutput, isOwnWorkCount, isPercentValue, isPlainCount, mainValue } from './nature';
import { normaliseUnit, valueUnit } from './units';
import { BASELINE, VAGUE } from './words';

export interface IndicatorContext {
  sheet: string;
  /** Forms before 2021 follow the older framework: 成本 under 产出, satisfaction under 效益. */
  oldFramework: boolean;
  /** The budget year, for examples of a baseline ("较2025年"); null where the form does not say. */
  year: number | null;
  /** Split layouts: the 度量单位 column every target's unit is written in. */
  unitColumn?: number;
}

/** Every check of meaning on one indicator, its hits appended to `hits`. */
export function checkIndicator(ctx: IndicatorContext, indicator: Indicator, hits: Hit[]): void {
  if (!indicator.cells.level3) return;
  const facts = meaningName(indicator.level3);
  if (!facts.name) return;
  categoryHits(ctx, indicator, facts, hits);
  pushTargetHits(hits, indicator, checkTarget, ctx, facts);
  if (facts.targetInName) {
    const { target, fixed } = facts.targetInName;
    hits.push({ rule: 'meaning.target-in-name', sheet: ctx.sheet, cell: indicator.cells.level3, params: { name: facts.name, target, fixed } });
  }
}

/** A hit on the name's cell spanning the target's (the annual one, else the period one). */
function at(ctx: IndicatorContext, indicator: Indicator, rule: string, params: Record<string, string | number>): Hit {
  const name = indicator.cells.level3 as string;
  const target = indicator.cells.annualValue ?? indicator.cells.periodValue;
  const cells = target ? [name, target] : [name];
  params.name = indicator.level3.trim();
  return { rule, sheet: ctx.sheet, cell: name, cells, params };
}

/** Filed where its kind belongs: outputs not under 效益, counts not under 质量, satisfaction in its own 一级. */
function categoryHits(ctx: IndicatorContext, indicator: Indicator, facts: MeaningName, hits: Hit[]): void {
  if (indicator.level1 === '效益指标' && !facts.satisfaction && isOutput(indicator)) {
    const kind = isOwnWorkCount(indicator) ? 'count' : 'rate';
    hits.push(at(ctx, indicator, 'meaning.output-as-outcome', {
      level1: indicator.level1Raw.trim() || '效益指标', kind, outputLevel2: kind === 'count' ? '数量指标' : '质量指标', effect: effectExample(facts.name),
    }));
  }
  if (indicator.level2 === '质量指标' && isPlainCount(indicator)) {
    hits.push(at(ctx, indicator, 'meaning.count-under-quality', { value: mainValue(indicator).raw.trim() }));
  }
  // A satisfaction 二级 under 效益 is structure.wrong-parent's finding; this is a 三级 filed there.
  if (facts.satisfaction && indicator.level1 !== null && indicator.level1 !== '满意度指标' && indicator.level2 !== '服务对象满意度指标') {
    if (!(ctx.oldFramework && indicator.level1 === '效益指标')) {
      hits.push(at(ctx, indicator, 'meaning.satisfaction-under-benefit', { level1: indicator.level1Raw.trim() || indicator.level1 }));
    }
  }
  // 社会成本 and 生态环境成本 are harms, rightly qualitative ("对生态环境的不利影响：无"); 经济成本 is money.
  const costFiled = indicator.level2 === '经济成本指标' || indicator.level2 === '成本指标' || (indicator.level1 === '成本指标' && indicator.level2 === null);
  if (costFiled && !facts.costName && !facts.costRate) {
    const value = mainValue(indicator);
    const isMoney = value.kind === 'quantitative' && value.unit !== null && value.unit.includes('元');
    if (!isMoney && value.kind !== 'empty') hits.push(at(ctx, indicator, 'meaning.cost-not-a-cost', { value: value.raw.trim() }));
  }
}

/**
 * A magnitude (万) with no unit. Where the unit has a column of its own (split layouts), the fix is
 * that cell's, and the finding covers it: "≥40.9万户" typed over the number would repeat ≥ and 万.
 */
function magnitudeHit(ctx: IndicatorContext, facts: MeaningName, indicator: Indicator, target: Target, unit: string): Hit {
  const v = target.value;
  const unitFixed = `${unit}${facts.likelyUnit ?? '（单位）'}`;
  if (indicator.parts === undefined || ctx.unitColumn === undefined) {
    return targetHit(ctx, indicator, target, 'meaning.magnitude-without-unit', { magnitude: unit, fixed: `${v.operator ?? ''}${v.number}${unitFixed}` });
  }
  const unitCell = toA1(indicator.row, ctx.unitColumn);
  const hit = targetHit(ctx, indicator, target, 'meaning.magnitude-without-unit', { magnitude: unit, fixed: unitFixed, unitCell });
  hit.cells = [target.cell, unitCell];
  return hit;
}

function targetHit(ctx: IndicatorContext, indicator: Indicator, target: Target, rule: string, extra: Record<string, string | number> = {}): Hit {
  return { rule, sheet: ctx.sheet, cell: target.cell, params: Object.assign(targetParams(indicator, target), extra) };
}

/** The targets: measurable, with a baseline for a change, a level for a level, a unit that fits (a TargetCheck). */
function checkTarget(ctx: IndicatorContext, facts: MeaningName, indicator: Indicator, target: Target, hits: Hit[]): void {
  const v = target.value;
  if (v.kind === 'qualitative') {
    if (isVague(target.text)) hits.push(targetHit(ctx, indicator, target, 'meaning.vague-value'));
    return;
  }
  if (v.kind !== 'quantitative' || v.measures !== 1 || v.number === null) return;
  const unit = v.unit ?? '';
  const baseYear = ctx.year !== null ? ctx.year - 1 : '上';
  if (v.direction !== null) {
    const verb = v.direction === 'increase' ? '提高' : '下降';
    if (facts.level) hits.push(targetHit(ctx, indicator, target, 'meaning.level-as-change', { core: facts.core.replace(/(率|度)$/, '$1'), baseYear, number: v.number }));
    else if (!BASELINE.test(target.text) && !facts.baseline) hits.push(targetHit(ctx, indicator, target, 'meaning.change-without-baseline', { baseYear, verb, number: v.number, unit }));
  }
  const written = unit === '' ? null : valueUnit(unit);
  if (written?.magnitude && !facts.money) hits.push(magnitudeHit(ctx, facts, indicator, target, unit));
  const promised = facts.promised;
  if (promised && written && !written.magnitude) {
    const contradicts = promised.exact ? written.normalised !== normaliseUnit(promised.unit) : written.family !== null && written.family !== promised.family;
    if (contradicts) hits.push(targetHit(ctx, indicator, target, 'meaning.unit-contradicts-name', { nameUnit: promised.unit, valueUnit: unit }));
  }
  // A ceiling fits a cap on people served (就读人数 ≤6962人); on work to deliver it rewards doing less.
  const ceiling = v.operator === '≤' || v.operator === '<';
  if (ceiling && indicator.level2 === '数量指标' && facts.deliveredWork && isCountValue(v)) hits.push(targetHit(ctx, indicator, target, 'meaning.ceiling-on-output', { number: v.number, unit }));
  if (facts.timeName && isPercentValue(v)) {
    hits.push(targetHit(ctx, indicator, target, 'meaning.time-as-rate', { core: facts.timeCore, year: ctx.year ?? '本' }));
  }
}

/** Vague words of aim and no number: 进一步提高, 稳步提升. */
const isVague = memoByText((text: string): boolean => VAGUE.test(text) && !/\d/.test(text));
