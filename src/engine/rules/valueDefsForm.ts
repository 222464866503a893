// Value rules about how a target is written: present, readable, one measure, canonical operator.
import type { RuleDef } from './types';
import { FORM, FRAMEWORK } from './structureBasis';

export const formRules: RuleDef[] = [
  {
    id: 'value.missing-period',
    family: 'value',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `「${p.name}」填了年度指标值，但没有填写实施周期指标值`,
      en: (p) => `「${p.name}」 has an annual target but no implementation-period target`,
    },
    suggestion: {
      zh: (p) => `填写实施周期指标值（一年期项目可与年度指标值相同，即“${p.other}”）`,
      en: (p) => `Enter the implementation-period target (for a one-year project it equals the annual target, “${p.other}”)`,
    },
  },
  {
    id: 'value.missing-annual',
    family: 'value',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `「${p.name}」填了实施周期指标值，但没有填写年度指标值`,
      en: (p) => `「${p.name}」 has an implementation-period target but no annual target`,
    },
    suggestion: {
      zh: () => '填写本年度要达到的指标值',
      en: () => 'Enter the target for this budget year',
    },
  },
  {
    id: 'value.unparseable',
    family: 'value',
    severity: 'error',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”无法识别：${p.problemZh}`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, cannot be read: ${p.problemEn}`,
    },
    suggestion: {
      zh: (p) => (p.fixed ? `写成“${p.fixed}”` : '按“比较符号 + 数字 + 单位”填写，如“≥90%”“≤5天”“100人次”'),
      en: (p) => (p.fixed ? `Write “${p.fixed}”` : 'Write operator + number + unit, e.g. “≥90%”, “≤5天”, “100人次”'),
    },
  },
  {
    id: 'value.two-measures',
    family: 'value',
    severity: 'warning',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”：一个单元格里填了${p.count}个指标值`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, holds ${p.count} measures in one cell`,
    },
    suggestion: {
      zh: (p) => `拆成${p.count}个三级指标，每个指标只填一个指标值：${p.parts}`,
      en: (p) => `Split it into ${p.count} indicators with one target each: ${p.parts}`,
    },
  },
  {
    id: 'value.word-operator',
    family: 'value',
    severity: 'info',
    // "不低于90%" and ">=90%" are clear to any reviewer: how the value was read is a fact, not a request.
    note: true,
    basis: FRAMEWORK,
    message: {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”${p.howZh}，按“${p.canonical}”读取`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, ${p.howEn}; read as “${p.canonical}”`,
    },
    suggestion: {
      zh: (p) => `写成规范形式“${p.canonical}”`,
      en: (p) => `Write the canonical form “${p.canonical}”`,
    },
  },
  {
    id: 'value.missing-operator',
    family: 'value',
    severity: 'info',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `「${p.name}」的${p.target}“${p.value}”没有写比较符号，看不出是下限还是上限`,
      en: (p) => `The ${p.targetEn} of 「${p.name}」, “${p.value}”, has no operator: it does not say whether it is a floor or a ceiling`,
    },
    suggestion: {
      zh: (p) => `目标是下限就写成“${p.canonical}”，是上限就写成“${p.canonicalLow}”`,
      en: (p) => `Write “${p.canonical}” for a floor or “${p.canonicalLow}” for a ceiling`,
    },
  },
];
