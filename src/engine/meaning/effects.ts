// An example of the effect an output is for, by the kind of work it counts: what a reviewer would
// suggest writing under 效益 instead of the output itself.
const EFFECTS: Array<{ work: RegExp; zh: string }> = [
  { work: /非法集资|非法金融|金融风险/, zh: '「群众防范非法集资意识」（知晓率≥85%）、「非法集资案件发案数」较上年下降10%' },
  { work: /宣传|宣讲|讲座|普法/, zh: '「群众对相关政策的知晓率」≥85%' },
  { work: /培训|轮训|训练|点验|演练/, zh: '「参训人员业务能力提升」（培训后考核合格率≥90%）' },
  { work: /提案|议案/, zh: '「建议提案所提问题解决率」≥N%' },
  { work: /调研|课题|研究|决策|建议|咨询/, zh: '「调研成果被采纳或转化的数量」≥N项' },
  { work: /督查|督办|检查|排查|巡查|抽查|核查|监测|检测/, zh: '「发现问题整改到位率」≥95%、「相关风险事件发生数」较上年下降10%' },
  { work: /对接会|融资|交流|合作|招商/, zh: '「促成融资（合作）金额」≥N亿元' },
  { work: /报告|简报|专报|印发|编印|公报|出版|发行/, zh: '「报告（刊物）被引用或采纳的次数」≥N次' },
  { work: /会议|座谈|会$/, zh: '「会议议定事项落实率」≥95%' },
  { work: /慰问|补助|发放|补贴/, zh: '「受助对象基本生活保障水平」（按时足额保障率100%）' },
];

export function effectExample(name: string): string {
  return EFFECTS.find((e) => e.work.test(name))?.zh ?? '「服务对象受益情况」（写明受益人数或改善程度）';
}
