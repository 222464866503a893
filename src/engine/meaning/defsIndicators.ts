// The checks of meaning on single indicators, as data: what each says, why, and what to write instead.
import type { RuleDef } from '../rules/types';
import { meaningRule as rule } from './ruleDef';
import { CATEGORIES, MEASURABLE, OUTPUT_OUTCOME } from './basis';

export const indicatorRules: RuleDef[] = [
  rule(
    'output-as-outcome',
    OUTPUT_OUTCOME,
    {
      zh: (p) => `「${p.name}」是本单位${p.kind === 'rate' ? '工作的完成情况' : '开展工作的数量'}，属于产出，却填在了「${p.level1}」下：效益指标应写这项工作带来的效果`,
      en: (p) => `「${p.name}」 counts ${p.kind === 'rate' ? 'how much of its own work the unit completed' : 'the unit’s own work'}: an output, filed under 「${p.level1}」, where the effect of that work belongs`,
    },
    {
      zh: (p) => `移到「产出指标/${p.outputLevel2}」；在效益指标中写它带来的变化，如${p.effect}`,
      en: (p) => `Move it to 「产出指标/${p.outputLevel2}」 and state under 效益 the change it brings, e.g. ${p.effect}`,
    },
  ),
  rule(
    'count-under-quality',
    CATEGORIES,
    {
      zh: (p) => `「${p.name}」（${p.value}）是数量，却填在了「质量指标」下`,
      en: (p) => `「${p.name}」 (${p.value}) is a count, filed under 「质量指标」 (quality)`,
    },
    {
      zh: () => '移到「数量指标」；质量指标写做得好不好，如「检查结果准确率」≥95%、「验收合格率」100%',
      en: () => 'Move it to 「数量指标」; quality indicators say how well, e.g. 「检查结果准确率」 ≥95%, 「验收合格率」 100%',
    },
  ),
  rule(
    'satisfaction-under-benefit',
    CATEGORIES,
    {
      zh: (p) => `「${p.name}」是满意度，却填在了「${p.level1}」下`,
      en: (p) => `「${p.name}」 is a satisfaction measure, filed under 「${p.level1}」`,
    },
    {
      zh: () => '移到「满意度指标/服务对象满意度指标」下（2021年起满意度是单独的一级指标）',
      en: () => 'Move it under 「满意度指标/服务对象满意度指标」 (since 2021 satisfaction is a first-level category of its own)',
    },
  ),
  rule(
    'cost-not-a-cost',
    CATEGORIES,
    {
      zh: (p) => `「${p.name}」（${p.value}）不是成本：成本指标应反映花了多少钱、按什么标准花`,
      en: (p) => `「${p.name}」 (${p.value}) is not a cost: cost indicators state how much is spent, or at what standard`,
    },
    {
      zh: () => '改写为金额或标准，如「人均补助标准」≤N元/人、「项目总成本」≤N万元；执行率、完成率类指标放到产出指标',
      en: () => 'State an amount or a standard, e.g. 「人均补助标准」 ≤N 元/人, 「项目总成本」 ≤N 万元; execution or completion rates belong under outputs',
    },
  ),
  rule(
    'vague-value',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”没有可衡量的标准，年底无法判断是否达到`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, sets no measurable standard: at year end nobody can tell whether it was met`,
    },
    {
      zh: () => '写成可衡量的目标：给出数值和单位（如“≥95%”“≥3次”“≤10个工作日”），或写明要达到的具体标准',
      en: () => 'Write a measurable target: a number with its unit (e.g. “≥95%”, “≥3次”, “≤10个工作日”), or the concrete standard to reach',
    },
  ),
  rule(
    'change-without-baseline',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”是变化幅度，但没有说明与哪一年、哪个基数相比`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, is a change with no baseline: compared with which year, which figure?`,
    },
    {
      zh: (p) => `写明基期，如“较${p.baseYear}年${p.verb}≥${p.number}${p.unit}”，或改写为要达到的水平（如“≤N件”）`,
      en: (p) => `State the baseline, e.g. “较${p.baseYear}年${p.verb}≥${p.number}${p.unit}” (against ${p.baseYear}), or the level to reach (e.g. “≤N 件”)`,
    },
  ),
  rule(
    'level-as-change',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」是一个水平（比率），${p.target}却写成了变化幅度“${p.value}”`,
      en: (p) => `「${p.name}」 is a level (a rate), but its ${p.targetEn} is a change, “${p.value}”`,
    },
    {
      zh: (p) => `写要达到的水平，如“≥N%”；若要考核提高的幅度，把名称改为「${p.core}提高幅度」并写明基期，如“较${p.baseYear}年提高≥${p.number}个百分点”`,
      en: (p) => `Write the level to reach, e.g. “≥N%”; to measure the rise, rename it 「${p.core}提高幅度」 and state the baseline, e.g. “较${p.baseYear}年提高≥${p.number}个百分点”`,
    },
  ),
  rule(
    'magnitude-without-unit',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”只有数量级“${p.magnitude}”，没有计量单位`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, gives a magnitude (“${p.magnitude}”) but no unit`,
    },
    {
      zh: (p) => (p.unitCell ? `在度量单位${p.unitCell}补上计量单位，写成“${p.fixed}”` : `补上计量单位，如“${p.fixed}”`),
      en: (p) => (p.unitCell ? `Add the unit in the unit column, ${p.unitCell}: “${p.fixed}”` : `Add the unit, e.g. “${p.fixed}”`),
    },
  ),
  rule(
    'unit-contradicts-name',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」的名称说明单位是“${p.nameUnit}”，${p.target}却用“${p.valueUnit}”（${p.value}）`,
      en: (p) => `The name 「${p.name}」 says the unit is “${p.nameUnit}”, but its ${p.targetEn} uses “${p.valueUnit}” (${p.value})`,
    },
    {
      zh: (p) => `让名称和指标值一致：按名称写成以“${p.nameUnit}”计的值，或把名称改为与“${p.valueUnit}”相符`,
      en: (p) => `Make name and value agree: give the value in “${p.nameUnit}”, or rename the indicator to match “${p.valueUnit}”`,
    },
  ),
  rule(
    'ceiling-on-output',
    OUTPUT_OUTCOME,
    {
      zh: (p) => `「${p.name}」是要完成的产出数量，${p.target}“${p.value}”却是上限：完成得越少越“达标”`,
      en: (p) => `「${p.name}」 is an output to deliver, but its ${p.targetEn} “${p.value}” is a ceiling: delivering less would meet it`,
    },
    {
      zh: (p) => `产出数量写下限，如“≥${p.number}${p.unit}”`,
      en: (p) => `State outputs as a floor, e.g. “≥${p.number}${p.unit}”`,
    },
  ),
  rule(
    'target-in-name',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」把目标值“${p.target}”写进了指标名称`,
      en: (p) => `「${p.name}」 writes the target (“${p.target}”) into the indicator’s name`,
    },
    {
      zh: (p) => `名称只写衡量什么，目标写在指标值里：名称「${p.fixed}」，指标值“${p.target}”`,
      en: (p) => `The name says what is measured, the value the target: name 「${p.fixed}」, value “${p.target}”`,
    },
  ),
  rule(
    'time-as-rate',
    MEASURABLE,
    {
      zh: (p) => `「${p.name}」是时间类指标，${p.target}却写成了比率“${p.value}”`,
      en: (p) => `「${p.name}」 is a time, but its ${p.targetEn} is a rate, “${p.value}”`,
    },
    {
      zh: (p) => `写成时间，如“≤10个工作日”“${p.year}年12月底前”；若要考核按时完成的比例，把名称改为「${p.core}及时率」`,
      en: (p) => `Give a time, e.g. “≤10个工作日” or “${p.year}年12月底前”; to measure the share done on time, rename it 「${p.core}及时率」`,
    },
  ),
];
