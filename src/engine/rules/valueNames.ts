// What an indicator's 三级 name says about the target it needs: a rate, a satisfaction, a count.
import { memoByText } from '../memo';
import { normaliseLabel } from '../vocabulary';
import { stripPlaceholderPrefix } from './structurePlaceholderText';

/** A trailing unit or note in brackets says nothing of the kind: 保险密度（元）, 完成率(%). */
const TRAILING_BRACKETS = /\([^()]*\)$/;
const TRAILING_PUNCTUATION = /[。.，,；;：:、]+$/;

/** The name without a 指标1: prefix, spaces, trailing brackets or punctuation, full width folded. */
export function coreName(name: string): string {
  return cachedCore(name);
}

// Remembered: each rule of a sheet asks again for the same names.
const cachedCore = memoByText((name) => {
  let core = normaliseLabel(stripPlaceholderPrefix(name)).replace(TRAILING_PUNCTUATION, '');
  for (let previous = ''; previous !== core; ) {
    previous = core;
    core = core.replace(TRAILING_BRACKETS, '').replace(TRAILING_PUNCTUATION, '');
  }
  return core;
});

/** Growth and change rates measure a change, which may exceed 100 %: 增长率, 增速, 下降率 … */
const CHANGE_ENDINGS = [
  '增长率', '增速', '增幅', '涨幅', '降幅', '减幅', '提高率', '提升率', '上升率', '下降率', '降低率', '减少率', '增加率',
  '变化率', '变动率', '递增率', '递减率', '压降率', '缩减率', '增值率',
];
/**
 * Rates that are not shares of a whole and may exceed 100 %: returns, ratios, usage, turnover, and
 * measures of a plan or a reserve against its target (年度计划完成率 ≥110 %, 拨备覆盖率 ≥150 %,
 * 粮食自给率, 贡献率, 资本充足率). value.rate-over-100 never fires on them.
 */
const UNBOUNDED_RATES = [
  '收益率', '回报率', '利润率', '比率', '使用率', '利用率', '周转率', '出栏率', '溢价率', '倍率',
  '完成率', '达成率', '自给率', '贡献率', '负债率', '杠杆率', '充足率', '产销率', '超额',
];
/** Words that make a 覆盖率 a reserve against a need (拨备覆盖率, 流动性覆盖率), not a share of people or places. */
const RESERVE_WORDS = ['拨备', '准备金', '流动性', '偿债', '保障倍数', '超额', '超出'];
/**
 * Rates that are certainly a share of a whole: a count of the done, the correct or the reached out of
 * all of them. Above 100 % is an error; any other rate above 100 % is only a warning.
 */
const BOUNDED_RATES = [
  '合格率', '准确率', '正确率', '精准率', '知晓率', '知晓度', '及时率', '按时率', '准时率', '按期率', '到位率', '入学率',
  '巩固率', '参保率', '参合率', '接种率', '普及率', '达标率', '合规率', '通过率', '办结率', '回复率', '答复率', '响应率',
  '受理率', '处置率', '处理率', '办理率', '解决率', '发放率', '兑现率', '落实率', '公开率', '出勤率', '参与率', '参训率',
  '覆盖率', '完好率', '成活率', '治愈率', '优良率', '验收率', '归档率', '上报率', '报送率', '审核率', '核查率', '检查率',
  '抽查率', '整改率', '结案率', '销号率', '就业率', '安置率', '登记率', '录入率', '建档率', '签约率', '持证率', '培训率',
];
/** Rates where less is better, so a bare "1%" means "at most 1 %". */
const LOWER_IS_BETTER = [
  '误判', '差错', '错误', '误差', '失误', '发生', '投诉', '事故', '违规', '违纪', '违法', '损失', '流失', '空置', '闲置',
  '不合格', '返工', '故障', '退回', '超支', '偏差', '逾期', '延误', '拖欠', '漏报', '漏检', '失败', '死亡', '发病', '感染',
  '辍学', '失业', '复发', '返贫', '退费', '驳回', '不满意', '出错', '误报', '漏诊', '误诊',
];

export function isRateName(name: string): boolean {
  return coreName(name).endsWith('率');
}

export function isChangeRate(name: string): boolean {
  const core = coreName(name);
  return CHANGE_ENDINGS.some((end) => core.endsWith(end));
}

/**
 * How sure it is that a rate cannot exceed 100 %: 'certain' for a share of a whole (合格率, 及时率,
 * 覆盖率 of people or places), 'likely' for any other rate, null for rates that may exceed it (growth,
 * returns, 完成率, 拨备覆盖率 …).
 */
export function rateBound(name: string): 'certain' | 'likely' | null {
  const core = coreName(name);
  if (!core.endsWith('率') || isChangeRate(name) || core.includes('倍')) return null;
  if (UNBOUNDED_RATES.some((word) => core.endsWith(word) || (word === '超额' && core.includes(word)))) return null;
  if (core.endsWith('覆盖率') && RESERVE_WORDS.some((word) => core.includes(word))) return null;
  return BOUNDED_RATES.some((end) => core.endsWith(end)) ? 'certain' : 'likely';
}

export function isSatisfactionName(name: string): boolean {
  const core = coreName(name);
  return core.includes('满意度') || core.includes('满意率');
}

export function isLowerBetterRate(name: string): boolean {
  const core = coreName(name);
  return !isChangeRate(name) && LOWER_IS_BETTER.some((word) => core.includes(word));
}

/** Shares and ratios, whose target may be a floor or a ceiling (资产负债率 ≤60 %, 存贷比 ≥75 %). */
const TWO_WAY_RATIOS = /(比率|比例|占比|比重|负债率|杠杆率|存贷比|比值)$/;

/**
 * Whether a bare "99%" reads as a bound without a sign: a satisfaction, 准确率 or 举办率 can only be a
 * floor, a 误判率 or 差错率 only a ceiling. Growth rates and ratios may be either, so they need the sign.
 */
export function boundIsEvident(name: string): boolean {
  if (isSatisfactionName(name) || isLowerBetterRate(name)) return true;
  if (isChangeRate(name) || TWO_WAY_RATIOS.test(coreName(name))) return false;
  return isRateName(name);
}

/** A share, ratio or rate whose bare "30%" does not say whether it is a floor or a ceiling. */
export function needsBound(name: string): boolean {
  return (isRateName(name) || TWO_WAY_RATIOS.test(coreName(name))) && !boundIsEvident(name);
}

/** Names that ask for a number: 率, 数, 数量, 次数, 人数, 户数, 个数, 场次, 金额. */
const QUANTITY_ENDINGS = ['率', '数', '数量', '场次', '人次', '金额'];

export function asksForQuantity(name: string): boolean {
  const core = coreName(name);
  return QUANTITY_ENDINGS.some((end) => core.endsWith(end));
}

/** Units of time: a rate given in them is a deadline, not a rate. */
const TIME_UNIT = /^(个)?(工作日|自然日|天|日|小时|时|分钟|周|星期|个月|月)$/;

export function isTimeUnit(unit: string | null): boolean {
  return unit !== null && TIME_UNIT.test(unit);
}

/** Units a count of work done is measured in: not a share, a time, an average or a price. */
export function isCountUnit(unit: string | null): boolean {
  return unit === null || countUnit(unit);
}

// Remembered: every pair of targets in the same unit asks it again.
const countUnit = memoByText(
  (unit: string): boolean => !['%', '‰', '个百分点', '百分点', '分'].includes(unit) && !isTimeUnit(unit) && !unit.includes('/') && !/^(年|年度)$/.test(unit),
);

/** Names of averages, densities, prices and levels, whose annual value is not part of a total. */
const NOT_CUMULATIVE = /率|比|密度|平均|人均|户均|均值|单价|标准|时间|时长|周期|时限|得分|分数|指数|评分|水平|余额|规模|存量|保有/;

export function isCumulativeName(name: string): boolean {
  return !NOT_CUMULATIVE.test(coreName(name));
}
