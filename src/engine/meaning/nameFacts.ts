// What the checks of meaning read from an indicator's 三级 name, worked out once per name: forms repeat
// the same names in every sheet, and each target of each indicator asks the same questions of them.
import { memoByText } from '../memo';
import { coreName, isChangeRate, isSatisfactionName } from '../rules/valueNames';
import { likelyUnit, nameUnit } from './units';
import { BASELINE, COST_WORDS, LEVEL, NEGATIVE, OWN_WORK, TIME_NAME } from './words';

export interface MeaningName {
  /** The name as written, trimmed. */
  name: string;
  core: string;
  satisfaction: boolean;
  /** The name says it is a cost (an amount, a price, a standard of spending), not a rate of one. */
  costName: boolean;
  /** A rate of a cost kept down (成本控制率, 费用节约率): a cost indicator in its own right. */
  costRate: boolean;
  /** A level (普及率, 覆盖率, 满意度, 占比), not itself a change. */
  level: boolean;
  /** The name states the base of a change (较上年 …). */
  baseline: boolean;
  /** The name is of money, whose 万 / 亿 is a unit of its own. */
  money: boolean;
  /** The unit the name asks for, and the unit a magnitude-only value most likely lacks. */
  promised: ReturnType<typeof nameUnit>;
  likelyUnit: string | null;
  /** Work delivered (the unit's own activities, things built or bought), not problems counted. */
  deliveredWork: boolean;
  /** A time or a deadline (not a rate), and the name without that word. */
  timeName: boolean;
  timeCore: string;
  /** A target written into the name (培训人数不少于200人): the target and the name without it. */
  targetInName: { target: string; fixed: string } | null;
}

/** Work delivered: the unit’s own activities, or things built, bought or made. */
const DELIVERED = new RegExp(`${OWN_WORK.source}|建设|购置|采购|新建|改造|维修|印刷|制作|编制|培育|种植`);

/** A target written into the name: 培训人数不少于200人, 满意度达90%以上, 资金到位率100%. */
const TARGET_IN_NAME =
  /(不少于|不低于|不超过|不高于|不多于|达到|≥|≤|>=|<=|＞|＜|>|<)\s*\d+(\.\d+)?\s*(%|％|个|次|场|人次|人|户|家|项|件|份|天|日|万)?(以上|以内|以下)?|(达|为)?\d+(\.\d+)?\s*(%|％)(以上|以内|以下)?$|\d+(\.\d+)?\s*(个|次|场|人次|人|户|家|项|件|份|天|日)(以上|以内|以下)$/;

/** The checks of meaning's questions about one 三级 name (as written), answered once. */
export const meaningName = memoByText((level3: string): MeaningName => {
  const name = level3.trim();
  const core = coreName(name);
  return {
    name,
    core,
    satisfaction: isSatisfactionName(name),
    costName: COST_WORDS.test(core) && !/率$/.test(core),
    // A share or rate of money (运维费占投资比例, 结算不超概算率) is how a cost is held to a standard.
    costRate: /(成本|费用?|节约|超支|控制|投资|预算|概算|结算).*(率|比例|占比|比重)$/.test(core),
    level: LEVEL.test(coreName(name)) && !isChangeRate(name),
    baseline: BASELINE.test(core),
    money: /元|金额|资金|费用|成本/.test(core),
    promised: nameUnit(name),
    likelyUnit: likelyUnit(name),
    deliveredWork: !NEGATIVE.test(core) && DELIVERED.test(core),
    timeName: TIME_NAME.test(core) && !/率$/.test(core),
    timeCore: core.replace(TIME_NAME, ''),
    targetInName: targetInName(name),
  };
});

function targetInName(name: string): { target: string; fixed: string } | null {
  const match = TARGET_IN_NAME.exec(name);
  if (!match) return null;
  const fixed = name.replace(match[0], '').replace(/[，,、：:（(]+$/, '').trim();
  if (fixed.length < 2) return null;
  return { target: match[0].replace(/^(达到|达|为)/, ''), fixed };
}
