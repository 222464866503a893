// The checks of meaning (issue 11): each rule fires at its cell on real wording, and stays silent on a
// near case that is right. Cases are written into the seed's own rows (决策咨询工作经费: 19–20 数量,
// 21–22 质量, 23–24 时效, 25–27 效益, 28 满意度; columns D name, E period, F annual).
import { allRules } from '../../src/engine/rules/run';
import { provinceExamples } from '../fixtures/provinces';
import { findings, fire, of, seedWith } from './seedEdits';
import { sheetOf } from '../fixtures/families';

const DECISION = '决策咨询工作经费';
const both = (value: string, row: number) => ({ [`E${row}`]: value, [`F${row}`]: value });
const firing = (cells: Record<string, string>, rule: string, sheet = DECISION) => fire(seedWith(sheet, cells), rule, sheet);

test('every meaning rule is a warning with a basis citing 财预〔2021〕101号 as a reference (or common sense), and a fix', () => {
  const rules = allRules().filter((r) => r.family === 'meaning');
  expect(rules).toHaveLength(17);
  for (const rule of rules) {
    expect(rule.severity).toBe('warning');
    expect(rule.basis.zh).toMatch(/^参照 财预〔2021〕101号|^常识/);
    expect(rule.suggestion).toBeDefined();
  }
});

describe('filed where its kind belongs', () => {
  test('output-as-outcome: a count of the unit’s own lectures, or its own 办结率, under 效益', () => {
    const count = firing({ D26: '举办防范电信诈骗宣传讲座场次', ...both('≥6场', 26) }, 'meaning.output-as-outcome');
    expect(count.cells).toEqual([['D26', 'warning']]);
    expect(count.zh.cells).toEqual(['D26', 'F26']);
    expect(count.zh.message).toBe('「举办防范电信诈骗宣传讲座场次」是本单位开展工作的数量，属于产出，却填在了「效益指标」下：效益指标应写这项工作带来的效果');
    expect(count.zh.suggestion).toBe('移到「产出指标/数量指标」；在效益指标中写它带来的变化，如「群众对相关政策的知晓率」≥85%');
    const rate = firing({ D26: '政策咨询答复办结率', ...both('100%', 26) }, 'meaning.output-as-outcome');
    expect(rate.zh.suggestion).toMatch(/^移到「产出指标\/质量指标」/);
    expect(rate.en.message).toContain('an output, filed under 「效益指标」');
  });

  test('output-as-outcome is silent on effects: 知晓率, jobs created, a change in cases', () => {
    expect(firing({ D26: '群众防诈骗知识知晓率', ...both('≥85%', 26) }, 'meaning.output-as-outcome').cells).toEqual([]);
    expect(firing({ D26: '带动就业人数', ...both('≥50人', 26) }, 'meaning.output-as-outcome').cells).toEqual([]);
    expect(firing({ D26: '电信诈骗案件发案数', ...both('较2025年下降10%', 26) }, 'meaning.output-as-outcome').cells).toEqual([]);
    // What others did with the work: read it, reused it, agreed to what a meeting brokered.
    expect(firing({ D26: '新媒体宣传阅读量', ...both('≥10万次', 26) }, 'meaning.output-as-outcome').cells).toEqual([]);
    expect(firing({ D26: '培训课程资源复用次数', ...both('≥3次', 26) }, 'meaning.output-as-outcome').cells).toEqual([]);
    expect(firing({ D26: '对接会达成合作意向项目数', ...both('≥10个', 26) }, 'meaning.output-as-outcome').cells).toEqual([]);
  });

  test('count-under-quality: 抽查次数 under 质量; not a count of defects (差错次数 0次)', () => {
    const hit = firing({ D22: '开展质量抽查次数', ...both('≥4次', 22) }, 'meaning.count-under-quality');
    expect(hit.cells).toEqual([['D22', 'warning']]);
    expect(hit.zh.message).toBe('「开展质量抽查次数」（≥4次）是数量，却填在了「质量指标」下');
    expect(firing({ D22: '研究报告差错次数', ...both('0次', 22) }, 'meaning.count-under-quality').cells).toEqual([]);
    expect(firing({ D22: '网络安全事件发生次数', ...both('0次', 22) }, 'meaning.count-under-quality').cells).toEqual([]);
  });

  test('satisfaction-under-benefit: 受益群众满意度 under 社会效益 on a 2026 form; not on a 2020 form (older framework)', () => {
    const hit = firing({ D26: '受益群众满意度', ...both('≥90%', 26) }, 'meaning.satisfaction-under-benefit');
    expect(hit.cells).toEqual([['D26', 'warning']]);
    expect(hit.zh.suggestion).toContain('满意度指标/服务对象满意度指标');
    const hubei = provinceExamples().find((e) => e.name.startsWith('hubei-2020'))!;
    const old = findings(hubei.spec);
    expect(old.filter((f) => f.rule === 'meaning.satisfaction-under-benefit' || f.rule === 'structure.wrong-parent')).toEqual([]);
  });

  test('cost-not-a-cost: a 合规率 under 经济成本; not a 费用标准, nor a 社会成本 harm written in words', () => {
    const hit = firing({ D16: '资金使用合规率', ...both('100%', 16) }, 'meaning.cost-not-a-cost');
    expect(hit.cells).toEqual([['D16', 'warning']]);
    expect(hit.zh.message).toBe('「资金使用合规率」（100%）不是成本：成本指标应反映花了多少钱、按什么标准花');
    expect(firing({ D16: '专家咨询费标准', ...both('≤1500元/人', 16) }, 'meaning.cost-not-a-cost').cells).toEqual([]);
    // A share of money held to a standard is a cost indicator too.
    expect(firing({ D16: '运维费占系统建设投资比例', ...both('≤15%', 16) }, 'meaning.cost-not-a-cost').cells).toEqual([]);
    expect(firing({ D16: '工程结算不超概算率', ...both('≤100%', 16) }, 'meaning.cost-not-a-cost').cells).toEqual([]);
    expect(firing({ D17: '对社会产生的负面影响', ...both('无', 17) }, 'meaning.cost-not-a-cost').cells).toEqual([]);
  });
});

describe('targets that measure something', () => {
  test('vague-value: “进一步增强” names no standard; one finding over both cells', () => {
    const hit = firing({ D26: '决策参考作用', ...both('进一步增强', 26) }, 'meaning.vague-value');
    expect(hit.cells).toEqual([['E26', 'warning']]);
    expect(hit.zh.cells).toEqual(['E26', 'F26']);
    expect(hit.zh.message).toBe('「决策参考作用」的实施周期和年度指标值“进一步增强”没有可衡量的标准，年底无法判断是否达到');
    // A concrete standard in words is measurable: the seed's 按规定标准发放补助 gets nothing.
    expect(of(findings(seedWith(DECISION, {})), 'meaning.vague-value', '援派干部经费')).toEqual([]);
    expect(firing({ D26: '决策参考作用', ...both('成果被市政府采纳', 26) }, 'meaning.vague-value').cells).toEqual([]);
  });

  test('change-without-baseline: “下降15%” against no year; “较2025年下降15%” is measurable', () => {
    const hit = firing({ D26: '群众信访案件数量', ...both('下降15%', 26) }, 'meaning.change-without-baseline');
    expect(hit.cells).toEqual([['E26', 'warning']]);
    expect(hit.zh.suggestion).toBe('写明基期，如“较2025年下降≥15%”，或改写为要达到的水平（如“≤N件”）');
    expect(firing({ D26: '群众信访案件数量', ...both('较2025年下降15%', 26) }, 'meaning.change-without-baseline').cells).toEqual([]);
  });

  test('written as its fix says, a change with its base year draws no finding on its row, for a rate as for a count', () => {
    for (const name of ['群众信访案件数量', '群众经济损失减少率']) {
      const hit = firing({ D26: name, ...both('下降15%', 26) }, 'meaning.change-without-baseline');
      const fixed = /“([^”]+)”/.exec(String(hit.zh.suggestion))?.[1] ?? '';
      expect(fixed).toBe('较2025年下降≥15%');
      const after = findings(seedWith(DECISION, { D26: name, ...both(fixed, 26) })).filter((f) => f.sheet === DECISION && /^[A-Z]+26$/.test(f.cell));
      expect(after.map((f) => `${name}: ${f.rule}`)).toEqual([]);
    }
  });

  test('level-as-change: 知晓率 “提高10%” is a level given as a change (and not also a missing baseline)', () => {
    const spec = seedWith(DECISION, { D26: '政策知晓率', ...both('提高10%', 26) });
    expect(fire(spec, 'meaning.level-as-change', DECISION).cells).toEqual([['E26', 'warning']]);
    expect(fire(spec, 'meaning.change-without-baseline', DECISION).cells).toEqual([]);
    expect(firing({ D26: '政策知晓率', ...both('≥85%', 26) }, 'meaning.level-as-change').cells).toEqual([]);
  });

  test('magnitude-without-unit in a split layout: the fix is the 度量单位 cell, which the finding covers', () => {
    const split = (unit: string) =>
      sheetOf([
        ['项目绩效目标表'],
        ['项目名称', '农房保险'],
        ['一级指标', '二级指标', '三级指标', '指标值类型', '实施周期目标值', '年度目标值', '度量单位'],
        ['产出指标', '数量指标', '承保农房户数', '≥', '40.9', '40.9', unit],
      ]);
    const hits = findings(split('万')).filter((f) => f.rule === 'meaning.magnitude-without-unit');
    expect(hits.map((f) => [f.cell, f.cells])).toEqual([['E4', ['E4', 'F4', 'G4']]]);
    expect(hits[0].suggestion).toBe('在度量单位G4补上计量单位，写成“万户”');
    // Written as the fix says, the targets and the unit are clean.
    expect(findings(split('万户')).filter((f) => ['E4', 'F4', 'G4'].includes(f.cell))).toEqual([]);
  });

  test('magnitude-without-unit: “≥2.5万” for 户数 → “≥2.5万户”; with the unit, nothing', () => {
    const hit = firing({ D19: '服务企业户数', ...both('≥2.5万', 19) }, 'meaning.magnitude-without-unit');
    expect(hit.cells).toEqual([['E19', 'warning']]);
    expect(hit.zh.suggestion).toBe('补上计量单位，如“≥2.5万户”');
    expect(firing({ D19: '服务企业户数', ...both('≥2.5万户', 19) }, 'meaning.magnitude-without-unit').cells).toEqual([]);
  });

  test('unit-contradicts-name: 参训人数 in 次, and （元） in 元/户; 参训人数 in 人 is right', () => {
    const people = firing({ D19: '参训人数', ...both('≥200次', 19) }, 'meaning.unit-contradicts-name');
    expect(people.cells).toEqual([['E19', 'warning']]);
    expect(people.zh.message).toBe('「参训人数」的名称说明单位是“人”，实施周期和年度指标值却用“次”（≥200次）');
    expect(firing({ D25: '户均增收（元）', ...both('≥500元/户', 25) }, 'meaning.unit-contradicts-name').cells).toEqual([['E25', 'warning']]);
    expect(firing({ D19: '参训人数', ...both('≥200人', 19) }, 'meaning.unit-contradicts-name').cells).toEqual([]);
  });

  test('ceiling-on-output: “≤2项” on 课题研究数量; a ceiling on 安全事故发生次数 is right', () => {
    const hit = firing({ D19: '开展专项课题研究数量', ...both('≤2项', 19) }, 'meaning.ceiling-on-output');
    expect(hit.cells).toEqual([['E19', 'warning']]);
    expect(hit.zh.suggestion).toBe('产出数量写下限，如“≥2项”');
    expect(firing({ D19: '安全事故发生次数', ...both('≤1次', 19) }, 'meaning.ceiling-on-output').cells).toEqual([]);
  });

  test('time-as-rate: 成果报送时间 “100%”; 成果报送及时率 “100%” is right', () => {
    const hit = firing({ D23: '成果报送时间', ...both('100%', 23) }, 'meaning.time-as-rate');
    expect(hit.cells).toEqual([['E23', 'warning']]);
    expect(hit.zh.suggestion).toContain('「成果报送及时率」');
    expect(firing({ D23: '成果报送及时率', ...both('100%', 23) }, 'meaning.time-as-rate').cells).toEqual([]);
  });
});

test('target-in-name: 培训人数不少于200人 → name 培训人数, value ≥200人; a number that is part of a name is not a target', () => {
  const hit = firing({ D19: '培训人数不少于200人', ...both('200人', 19) }, 'meaning.target-in-name');
  expect(hit.cells).toEqual([['D19', 'warning']]);
  expect(hit.zh.suggestion).toBe('名称只写衡量什么，目标写在指标值里：名称「培训人数」，指标值“不少于200人”');
  expect(firing({ D19: '12345热线工单办理数量', ...both('≥200件', 19) }, 'meaning.target-in-name').cells).toEqual([]);
});

describe('the form as a whole, on the seed', () => {
  const seed = findings(seedWith(DECISION, {}));
  const at = (rule: string) => seed.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${[f.cell, ...(f.cells ?? []).slice(1)].join(',')}`);

  test('output-lacks-quality-timeliness: the four projects whose 产出 has no 质量 or no 时效 indicator, on the empty 二级 rows', () => {
    expect(at('meaning.output-lacks-quality-timeliness')).toEqual([
      '市政府办网站运行监测经费!B26',
      '金融稳定发展协调费!C23,C24',
      '预防和处置非法集资经费!C25',
      '广东省地方金融风险监测防控中心服务经费!C21',
    ]);
    const message = (sheet: string) => seed.find((f) => f.sheet === sheet && f.rule === 'meaning.output-lacks-quality-timeliness')!.message;
    expect(message('金融稳定发展协调费')).toBe('产出指标只有数量指标，没有质量指标、时效指标：只数做了多少，不衡量做得好不好、是否按时');
    // What the outputs leave unmeasured is said of what is missing: a form with 质量指标 is not told it ignores how well.
    expect(message('预防和处置非法集资经费')).toBe('产出指标只有数量指标、质量指标，没有时效指标：不衡量是否按时完成');
    expect(message('广东省地方金融风险监测防控中心服务经费')).toBe('产出指标只有数量指标、时效指标，没有质量指标：不衡量做得好不好');
  });

  test('goal-copies-period: the four projects whose 年度目标 repeats the 实施周期总目标 word for word', () => {
    expect(at('meaning.goal-copies-period')).toEqual([
      '遗属补助经费!B14,B12',
      '决策咨询工作经费!B14,B12',
      '市政府办网站运行监测经费!B14,B12',
      '广东省地方金融风险监测防控中心服务经费!B14,B12',
    ]);
  });

  test('goal-copies-basis: the 实施周期总目标 that is the 设立依据 (or sits inside it); 援派干部经费 only starts alike', () => {
    expect(at('meaning.goal-copies-basis')).toEqual(['市政府办宣传办刊及慰问经费!B12,B9', '决策咨询工作经费!B12,B9', '预防和处置非法集资经费!B12,B9']);
  });

  test('goal-unmeasured: “完成1本刊物年度出版物宣传任务” has no indicator; 3名援派干部 and 约40.9万户 do', () => {
    const hits = seed.filter((f) => f.rule === 'meaning.goal-unmeasured');
    expect(hits.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['市政府办宣传办刊及慰问经费!B14']);
    expect(hits[0].message).toBe('年度目标提到“完成1本刊物年度出版物宣传任务”，但没有任何绩效指标衡量它');
  });

  test('period-contradicts-plan: 2026–2099 on a project founded on the 2025–2027 实施方案; ending 2027 is right', () => {
    const sheet = '政策性农村住房保险保费补贴资金';
    expect(at('meaning.period-contradicts-plan')).toEqual([`${sheet}!E7,B9`]);
    expect(firing({ E7: '2027年' }, 'meaning.period-contradicts-plan', sheet).cells).toEqual([]);
  });
});
