// The words the checks of meaning read an indicator by. Each list names a kind of thing a reviewer
// recognises in a name or a value; the checks combine them, never a single word alone.

/** The unit’s own work: meetings, trainings, inspections, publicity, reports, visits, documents. */
export const OWN_WORK =
  /会议|会$|对接会|座谈|培训|轮训|训练|点验|演练|宣传|宣讲|讲座|活动|调研|课题|研究|报告|简报|专报|督查|督办|检查|排查|巡查|抽查|核查|监测|检测|走访|慰问|交流|对接|印发|编印|编发|出版|发行|发放|举办|组织|开展|召开|建议|提案|办理|办结|文件|材料|信息报送|场次|期数|批次/;

/**
 * Words of an effect on others: what changed for people, firms, places, money, the environment — and
 * what others did with the work (read it, reused it, signed up to what a meeting brokered).
 */
export const EFFECT =
  /转化|采纳|批示|应用|复用|整改|化解|出清|解决|受灾|受助|农户|受益|带动|新增|增收|收入|就业|减少|降低|下降|提高|提升|改善|增长|增加|节约|挽回|吸引|拉动|知晓|普及|满意|意识|能力|水平|环境|质量达标|安全感|获得感|损失|案件|发案|事故|存贷|余额|贷款|融资额|产值|税收|投资|合作意向|签约项目|阅读量|浏览量|点击量|播放量|收看|收听/;

/** Rates of the unit’s own work done: how much of what it set out to do it did. */
export const WORK_DONE_RATE =
  /(完成|办结|办理|结题|执行|发放|到位|举办|验收|结案|报送|上报|答复|回复|受理|拨付|支付|覆盖|开展|实施|达成)率$/;

/** Names of counts: the name itself says it counts something. */
export const COUNT_NAME = /(次数|数量|个数|人数|户数|家数|场次|场数|期数|份数|件数|篇数|项数|人次|批次|册数|台数|套数|数)$/;

/** Units that count things, people, events (the value’s unit, after any 万 / 千). */
export const COUNT_UNIT =
  /^(万|千|百)?(次|场|场次|期|项|个|件|份|篇|本|册|部|套|台|座|处|所|条|家|家次|户|人|人次|名|位|批|批次|轮|趟|起|宗|单|张|幅|块|栋|间|辆|艘|架|亩|公里|千米|米|吨|只|头|株|棵|册次|课时|学时|节|门|种|类|支|队|团|组)/;

/** Problems counted: a 质量 indicator may count these (差错次数 0次), and a ceiling on them is right. */
export const NEGATIVE =
  /差错|错误|误差|失误|事故|事件|投诉|问题|故障|违规|违纪|违法|不合格|返工|退回|超支|偏差|逾期|延误|拖欠|漏报|漏检|失败|死亡|发病|感染|辍学|失业|复发|返贫|驳回|不满意|出错|误报|误判|隐患|案件|发案|损失|风险|舆情|上访|信访|纠纷|污染|排放|能耗|成本|费用|支出|时间|时长|天数|用时|耗时/;

/** Measures of quality: correctness, conformity, completeness of what was produced. */
export const QUALITY_RATE = /(准确|正确|精准|误判|合格|达标|差错|错误|完整|通过|优良|完好|合规|规范|一次性通过|验收合格|成活)率$/;

/** Measures of timeliness. */
export const TIMELINESS = /(及时|按时|按期|准时|如期|时限|时效)/;

/** Names of a time or a deadline (not a rate). */
export const TIME_NAME = /(时间|时限|时长|期限|日期|天数|工期|周期|用时|耗时|完成时点)$/;

/** Words that make a 成本 indicator a cost: an amount, a price, a standard of spending. */
export const COST_WORDS = /成本|费用|经费|金额|资金|单价|价格|标准|支出|投入|预算|概算|结算|决算|投资|元|节约|超支|控制|补助|补贴|奖励|保费|工资|租金|造价/;

/** A change stated with its base: 较上年, 比2025年, 同比, 基期 … */
export const BASELINE = /较|比|同比|环比|相比|基期|基数|基准|上年|上一年|去年|前一年|往年|\d{4}\s*年/;

/** Vague words of aim, with no measure: 进一步, 稳步, 明显 … and verbs of change without a number. */
export const VAGUE =
  /进一步|稳步|逐步|逐年|明显|显著|有效|不断|持续|大幅|较大|有所|切实|积极|全面|大力|努力|力争|提高|提升|改善|增强|增加|减少|降低|下降|加强|推动|促进|优化|扩大|缩小|加快|加大|巩固/;

/** Names of a level (a state of a population or a place): rates, degrees and shares. */
export const LEVEL = /(率|度|比例|占比|比重)$/;
