// What the checks of meaning rest on. 财预〔2021〕101号 is the central guideline; local forms follow it
// by reference, so it is cited as a reference ("参照"), with the local rule where one applies.
import type { Basis } from '../rules/structureBasis';

export const OUTPUT_OUTCOME: Basis = {
  zh: '参照 财预〔2021〕101号：产出指标反映提供的产品和服务（数量、质量、时效、成本），效益指标反映产出带来的效果；《项目支出绩效评价管理办法》（财预〔2020〕10号）',
  en: 'after 财预〔2021〕101号: outputs are the products and services delivered, effects (效益) what they bring about; 财预〔2020〕10号',
};

export const MEASURABLE: Basis = {
  zh: '参照 财预〔2021〕101号：绩效指标应细化、量化，可衡量、可考核；定性指标应具体明确',
  en: 'after 财预〔2021〕101号: indicators are specific, quantified, measurable and verifiable; qualitative ones precise',
};

export const CATEGORIES: Basis = {
  zh: '参照 财预〔2021〕101号（一级、二级指标体系及各类指标的含义）',
  en: 'after 财预〔2021〕101号 (the 一级/二级 framework and what each category measures)',
};

export const GOALS: Basis = {
  zh: '参照 财预〔2021〕101号：年度目标是实施周期总目标在本年度的具体化，应写明本年度的产出和效果，并与绩效指标对应',
  en: 'after 财预〔2021〕101号: the annual goal makes the period goal concrete for the year, states its outputs and effects, and matches the indicators',
};

export const PLAN_PERIOD: Basis = {
  zh: '常识：项目的实施周期不超出其设立依据（规划、方案）的期限',
  en: 'common sense: a project does not run beyond the plan it is founded on',
};
