// What the structure, layout and value rules rest on, in words a department clerk can check.

export interface Basis {
  zh: string;
  en: string;
}

export const FRAMEWORK: Basis = {
  zh: '财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
  en: "MOF Caiyu [2021] No. 101, Guidelines for setting core performance targets and indicators of central departments' project expenditure (trial)",
};

export const FORM: Basis = {
  zh: '绩效目标申报表表样',
  en: 'the form itself (the performance-target template)',
};

export const COMMON: Basis = { zh: '常识', en: 'common sense' };

export const SATISFACTION_FLOOR: Basis = {
  zh: '常识：百分比不超过100%；满意度目标值通常不低于80%（绩效目标审核常用的下限）',
  en: 'common sense: a percentage is at most 100 %; satisfaction targets are usually at least 80 % (the floor reviews commonly apply)',
};

/** How the tables name the two targets, for messages. */
export const TARGET_NAME = {
  period: { zh: '实施周期指标值', en: 'implementation-period target' },
  annual: { zh: '年度指标值', en: 'annual target' },
} as const;

export const LEVEL1_EN: Record<string, string> = {
  成本指标: 'cost indicators (成本指标)',
  产出指标: 'output indicators (产出指标)',
  效益指标: 'benefit indicators (效益指标)',
  满意度指标: 'satisfaction indicators (满意度指标)',
};
