// Each rule answers one of the four questions a finance bureau asks of performance targets
// (财预〔2021〕101号 and 《中央部门预算绩效目标管理办法》 审核内容):
//  完整性 — is everything the form asks for filled in, clearly;
//  相关性 — are the indicators the right ones, in the right place, specific and quantified;
//  适当性 — do the amounts add up and are the targets of a sensible size for the money;
//  可行性 — can it be done in the stated period.
import type { RuleFamilyName } from '../rules/types';
import type { ReviewPoint } from '../schema';

/** A family's usual point; a rule listed in RULE_POINTS overrides it. */
const FAMILY_POINTS: Record<RuleFamilyName, ReviewPoint> = {
  structure: '完整性',
  layout: '完整性',
  project: '完整性',
  value: '相关性',
  unit: '相关性',
  consistency: '相关性',
  money: '适当性',
  balance: '适当性',
  period: '可行性',
  // What an indicator measures and where it belongs: are these the right indicators.
  meaning: '相关性',
};

/** Rules whose question is not their family's. */
export const RULE_POINTS: Record<string, ReviewPoint> = {
  // Misfiled or unknown categories: the indicator does not belong where it stands.
  'structure.wrong-parent': '相关性',
  'structure.unknown-level2': '相关性',
  'structure.duplicate': '相关性',
  // A missing target of the pair: the form is incomplete.
  'value.missing-period': '完整性',
  'value.missing-annual': '完整性',
  // Targets of an impossible or inconsistent size.
  'value.rate-over-100': '适当性',
  'value.satisfaction-range': '适当性',
  'value.unit-mismatch': '适当性',
  'value.annual-over-period': '适当性',
  'consistency.target-differs': '适当性',
  // The stated period cannot hold the work.
  'project.end-before-start': '可行性',
  'project.start-after-budget-year': '可行性',
  'project.ended-before-budget-year': '可行性',
  'project.not-a-year': '可行性',
  // Goals and the project's period: can the year's work be seen and done.
  'meaning.goal-copies-period': '完整性',
  'meaning.goal-copies-basis': '完整性',
  'meaning.goal-unmeasured': '相关性',
  'meaning.output-lacks-quality-timeliness': '完整性',
  'meaning.period-contradicts-plan': '可行性',
  'money.projects-over-spending': '适当性',
};

const FAMILY_OF_ID = /^([a-z]+)\./;

/** The 审核要点 a rule answers, from its id ("value.missing-annual" → 完整性). */
export function reviewPointOf(ruleId: string): ReviewPoint {
  const listed = RULE_POINTS[ruleId];
  if (listed) return listed;
  const family = FAMILY_OF_ID.exec(ruleId)?.[1] as RuleFamilyName | undefined;
  return (family && FAMILY_POINTS[family]) || '完整性';
}
