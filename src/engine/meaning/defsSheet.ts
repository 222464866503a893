// The checks of meaning on a whole form: its goals, the coverage of its outputs, its period.
import type { RuleDef } from '../rules/types';
import { meaningRule as rule } from './ruleDef';
import { CATEGORIES, GOALS, PLAN_PERIOD } from './basis';

/**
 * What outputs without 质量 or 时效 indicators leave unmeasured, by the hit's `unmeasured` (both,
 * quality or timeliness): said of the 二级 missing, not of both whatever is there.
 */
const UNMEASURED: Record<'zh' | 'en', Record<string, string>> = {
  zh: { both: '只数做了多少，不衡量做得好不好、是否按时', quality: '不衡量做得好不好', timeliness: '不衡量是否按时完成' },
  en: { both: 'they count what is done, not how well or how timely', quality: 'they do not measure how well it is done', timeliness: 'they do not measure whether it is done on time' },
};

export const sheetRules: RuleDef[] = [
  rule(
    'output-lacks-quality-timeliness',
    CATEGORIES,
    {
      zh: (p) => `产出指标只有${p.has}，没有${p.missing}：${UNMEASURED.zh[p.unmeasured]}`,
      en: (p) => `The outputs have ${p.hasEn} only, no ${p.missingEn}: ${UNMEASURED.en[p.unmeasured]}`,
    },
    {
      zh: (p) => `在「${String(p.missing).replace(/、/g, '」「')}」下至少填写一个指标，如${p.examples}`,
      en: (p) => `Add at least one indicator under ${p.missingEn}, e.g. ${p.examples}`,
    },
  ),
  rule(
    'goal-copies-period',
    GOALS,
    {
      zh: () => '年度目标与实施周期总目标一字不差：没有写出本年度要完成什么',
      en: () => 'The annual goal repeats the implementation-period goal word for word: it does not say what this year is to deliver',
    },
    {
      zh: (p) => `写明${p.year}年度的具体产出和效果（数量、质量、时间），并与下面的绩效指标对应`,
      en: (p) => `State this year’s (${p.year}) concrete outputs and effects (how many, how well, by when), matching the indicators below`,
    },
  ),
  rule(
    'goal-copies-basis',
    GOALS,
    {
      zh: (p) => `${p.goal}照抄了设立依据：依据说明为什么设立项目，目标应说明要达到什么`,
      en: (p) => `The ${p.goalEn} copies the 设立依据 (basis): the basis says why the project exists, the goal what it is to achieve`,
    },
    {
      zh: () => '改写为要达到的产出和效果，如“完成……N项，……覆盖率达到N%，……”',
      en: () => 'Rewrite it as the outputs and effects to achieve, e.g. “完成……N项，……覆盖率达到N%，……”',
    },
  ),
  rule(
    'goal-unmeasured',
    GOALS,
    {
      zh: (p) => `年度目标提到“${p.items}”，但没有任何绩效指标衡量${Number(p.count) > 1 ? '它们' : '它'}`,
      en: (p) => `The annual goal names “${p.items}”, but no indicator measures ${Number(p.count) > 1 ? 'them' : 'it'}`,
    },
    {
      zh: () => '为目标中的每项产出设一个指标（如「年度出版物数量」≥1本），或从目标中删去不做的内容',
      en: () => 'Give each output the goal names an indicator (e.g. 「年度出版物数量」 ≥1本), or drop it from the goal',
    },
  ),
  rule(
    'period-contradicts-plan',
    PLAN_PERIOD,
    {
      zh: (p) => `设立依据引用的《${p.plan}》期限为${p.planStart}—${p.planEnd}年，项目实施周期却是${p.start}—${p.end}年`,
      en: (p) => `The 设立依据 cites 《${p.plan}》 for ${p.planStart}–${p.planEnd}, but the project runs ${p.start}–${p.end}`,
    },
    {
      zh: (p) => `把到期年度改为不晚于${p.planEnd}年（规划延续后再申报），或说明依据的延续文件`,
      en: (p) => `End the project by ${p.planEnd} at the latest (apply again when the plan is renewed), or cite the document that extends it`,
    },
  ),
];
