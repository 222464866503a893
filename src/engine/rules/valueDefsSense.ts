// Value rules about what a target means: within range, in the right unit, of the kind its name asks for.
import type { RuleDef } from './types';
import { COMMON, FRAMEWORK, SATISFACTION_FLOOR } from './structureBasis';

export const senseRules: RuleDef[] = [
  {
    id: 'value.rate-over-100',
    family: 'value',
    severity: 'error',
    basis: COMMON,
    message: {
      zh: (p) =>
        p.certain
          ? `「${p.name}」是占总数的比率，不可能超过100%，但${p.target}写成了“${p.value}”`
          : `「${p.name}」看来是占总数的比率，一般不超过100%，但${p.target}写成了“${p.value}”`,
      en: (p) =>
        p.certain
          ? `「${p.name}」 is a share of a whole and cannot exceed 100 %, but its ${p.targetEn} is “${p.value}”`
          : `「${p.name}」 looks like a share of a whole, which does not usually exceed 100 %, but its ${p.targetEn} is “${p.value}”`,
    },
    suggestion: {
      zh: (p) =>
        p.certain
          ? '改为不超过100%的值（如“≥95%”“100%”）；若要表达增长，请把指标改为增长率'
          : '若该比率确实可以超过100%（如计划完成率），可忽略此项；否则改为不超过100%的值（如“≥95%”）',
      en: (p) =>
        p.certain
          ? 'Use a value of at most 100 % (e.g. “≥95%”, “100%”); for growth, use a growth-rate indicator'
          : 'If this rate can truly exceed 100 % (as a plan-completion rate can), ignore this; otherwise use at most 100 % (e.g. “≥95%”)',
    },
  },
  {
    id: 'value.satisfaction-range',
    family: 'value',
    severity: 'error',
    basis: SATISFACTION_FLOOR,
    message: {
      zh: (p) => (p.over ? `满意度不可能超过100%，但「${p.name}」的${p.target}写成了“${p.value}”` : `「${p.name}」的${p.target}“${p.value}”低于满意度通常的下限80%`),
      en: (p) =>
        p.over
          ? `Satisfaction cannot exceed 100 %, but the ${p.targetEn} of 「${p.name}」 is “${p.value}”`
          : `The ${p.targetEn} of 「${p.name}」, “${p.value}”, is below the usual satisfaction floor of 80 %`,
    },
    suggestion: {
      zh: (p) => (p.over ? '改为不超过100%的值，如“≥90%”' : '满意度目标一般不低于80%，如“≥85%”；若确需更低的目标，可忽略此项'),
      en: (p) => (p.over ? 'Use a value of at most 100 %, e.g. “≥90%”' : 'Satisfaction targets are usually at least 80 %, e.g. “≥85%”; if a lower target is truly meant, ignore this'),
    },
  },
  {
    id: 'value.unit-mismatch',
    family: 'value',
    severity: 'warning',
    basis: COMMON,
    message: {
      zh: (p) => `「${p.name}」的实施周期指标值用“${p.periodUnit}”，年度指标值却用“${p.annualUnit}”`,
      en: (p) => `「${p.name}」 uses “${p.periodUnit}” for the implementation-period target but “${p.annualUnit}” for the annual one`,
    },
    suggestion: {
      zh: () => '两个指标值使用同一计量单位',
      en: () => 'Use the same unit for both targets',
    },
  },
  {
    id: 'value.annual-over-period',
    family: 'value',
    severity: 'warning',
    basis: COMMON,
    message: {
      zh: (p) => `「${p.name}」的年度指标值“${p.annual}”大于实施周期指标值“${p.period}”，而项目为${p.start}至${p.end}年的多年期项目`,
      en: (p) => `The annual target of 「${p.name}」, “${p.annual}”, is larger than the implementation-period target “${p.period}” of a project running ${p.start}–${p.end}`,
    },
    suggestion: {
      zh: () => '累计数量的年度指标值应不大于整个实施周期的指标值，请核对两个值',
      en: () => 'For a cumulative count the annual target should not exceed the whole period’s target; check both values',
    },
  },
  {
    id: 'value.qualitative-for-quantity',
    family: 'value',
    severity: 'warning',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `「${p.name}」要求填写数值，但${p.target}写成了文字“${p.value}”`,
      en: (p) => `「${p.name}」 asks for a number, but its ${p.targetEn} is the text “${p.value}”`,
    },
    suggestion: {
      zh: (p) => (p.rate ? '填写百分比，如“≥95%”' : '填写数量和单位，如“≥10次”“100人”'),
      en: (p) => (p.rate ? 'Give a percentage, e.g. “≥95%”' : 'Give a number with its unit, e.g. “≥10次”, “100人”'),
    },
  },
  {
    id: 'value.rate-as-time',
    family: 'value',
    severity: 'warning',
    basis: COMMON,
    message: {
      zh: (p) => `「${p.name}」是比率，但${p.target}写成了时间“${p.value}”`,
      en: (p) => `「${p.name}」 is a rate, but its ${p.targetEn} is a time, “${p.value}”`,
    },
    suggestion: {
      zh: (p) => `写成比率（如“≥95%”），或把指标名改为时限类（如「${p.deadlineName}」，指标值“${p.canonical}”）`,
      en: (p) => `Give a rate (e.g. “≥95%”), or rename the indicator as a deadline (e.g. 「${p.deadlineName}」 with “${p.canonical}”)`,
    },
  },
];
