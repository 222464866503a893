// Ten problems of meaning injected into the seed, on rows the seed leaves right and in words the
// rules' own tests do not use: each is found, at its cell, and nothing else changes.
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import type { Finding, WorkbookSpec } from '../../src/engine/schema';
import { findings, seedWith } from './seedEdits';

const INJECTED: Array<{ sheet: string; cells: Record<string, string>; rule: string; at: string }> = [
  // 召开座谈会 is the unit's own meeting: an output, under 社会效益.
  { sheet: '援派干部经费', cells: { D25: '召开援派工作座谈会场次', E25: '≥2场', F25: '≥2场' }, rule: 'meaning.output-as-outcome', at: 'D25' },
  { sheet: '遗属补助经费', cells: { D23: '遗属生活水平', E23: '明显改善', F23: '明显改善' }, rule: 'meaning.vague-value', at: 'E23' },
  { sheet: '决策咨询工作经费', cells: { D20: '参与调研专家人数', E20: '≥30次', F20: '≥30次' }, rule: 'meaning.unit-contradicts-name', at: 'E20' },
  { sheet: '决策咨询工作经费', cells: { D26: '决策建议采纳率', E26: '提高5%', F26: '提高5%' }, rule: 'meaning.level-as-change', at: 'E26' },
  { sheet: '决策咨询工作经费', cells: { D24: '资金支付完成时限', E24: '≥90%', F24: '≥90%' }, rule: 'meaning.time-as-rate', at: 'E24' },
  { sheet: '决策咨询工作经费', cells: { D19: '政策解读宣传覆盖人数', E19: '≥1.2万', F19: '≥1.2万' }, rule: 'meaning.magnitude-without-unit', at: 'E19' },
  { sheet: '广东省地方金融风险监测防控中心服务经费', cells: { D20: '风险监测分析报告不少于6份', E20: '6份', F20: '6份' }, rule: 'meaning.target-in-name', at: 'D20' },
  { sheet: '政策性农村住房保险保费补贴资金', cells: { D24: '参保农户满意度', E24: '≥90%', F24: '≥90%' }, rule: 'meaning.satisfaction-under-benefit', at: 'D24' },
  { sheet: '遗属补助经费', cells: { D20: '补助发放批次', E20: '≥12批次', F20: '≥12批次' }, rule: 'meaning.count-under-quality', at: 'D20' },
  { sheet: '援派干部经费', cells: { D26: '援派干部流失数量', E26: '减少20%', F26: '减少20%' }, rule: 'meaning.change-without-baseline', at: 'E26' },
];

const key = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

test('each of the ten injected problems of meaning is found at its cell, and nothing else appears but the consequences', () => {
  let spec: WorkbookSpec = seedWorkbookSpec();
  for (const { sheet, cells } of INJECTED) spec = seedWith(sheet, cells, spec);
  const before = new Set(findings(seedWorkbookSpec()).map(key));
  const added = findings(spec).filter((f) => !before.has(key(f)));
  const found = INJECTED.filter((p) => added.some((f) => f.sheet === p.sheet && f.cell === p.at && f.rule === p.rule));
  expect(found.map((p) => p.rule)).toEqual(INJECTED.map((p) => p.rule));
  // Only the injected problems are new; an injected row that fills an empty 效益 takes its finding away.
  expect(added.map(key).sort()).toEqual(INJECTED.map((p) => `${p.sheet}!${p.at} ${p.rule}`).sort());
});
