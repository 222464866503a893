// Acceptance: for each of the seed's nine projects, every empty 成本, 效益 and 满意度 category gets at
// least one suggestion from the library that fits the project — listed here with the reason it fits.
import { checkWorkbook } from '../../src/engine/check';
import { inferProjectTypes, suggestIndicators } from '../../src/engine/library';
import type { Level1, SheetModel } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';

type Expected = { sheet: string; level1: Level1; indicator: string; why: string };

const EXPECTED: Expected[] = [
  { sheet: '援派干部经费', level1: '成本指标', indicator: '人均补助标准', why: '设立依据定的是每人每年38,400元的生活补助：成本就是人均补助标准' },
  { sheet: '援派干部经费', level1: '效益指标', indicator: '援派干部在岗履职率', why: '补助为的是让援派干部安心在岗、提升岗位适应能力（年度目标）' },
  { sheet: '援派干部经费', level1: '满意度指标', indicator: '援派干部满意度', why: '服务对象就是领取补助的3名援派干部' },
  { sheet: '遗属补助经费', level1: '效益指标', indicator: '补助对象基本生活保障率', why: '按民政最低生活保障标准发放遗属补助，效益是保障对象的基本生活' },
  { sheet: '遗属补助经费', level1: '满意度指标', indicator: '保障对象满意度', why: '项目保障对象1人（遗属），满意度应问保障对象' },
  { sheet: '市政府办宣传办刊及慰问经费', level1: '成本指标', indicator: '出版物单册印制成本', why: '主要支出是每年12期《惠州市人民政府公报》和1本年度出版物的印制' },
  { sheet: '市政府办宣传办刊及慰问经费', level1: '效益指标', indicator: '党员（职工）关怀帮扶机制落实率', why: '设立依据引《中国共产党党内关怀帮扶办法》，慰问老党员、困难党员和遗属' },
  { sheet: '决策咨询工作经费', level1: '成本指标', indicator: '专家咨询费标准', why: '配合专家在惠调研、开展专项课题，专家咨询费按标准支付' },
  { sheet: '决策咨询工作经费', level1: '效益指标', indicator: '调研成果获领导批示（采纳）数量', why: '目标是为市政府提供科学有效的决策参考：看成果是否进入决策' },
  { sheet: '市政府办网站运行监测经费', level1: '成本指标', indicator: '单个网站年度监测成本', why: '监测36个政府网站和100个政务新媒体，成本按每个监测对象计' },
  { sheet: '市政府办网站运行监测经费', level1: '效益指标', indicator: '政府网站与政务新媒体抽查合格率', why: '监测为的是网站和新媒体依法公开、及时回应，上级抽查合格是其效果' },
  { sheet: '市政府办网站运行监测经费', level1: '满意度指标', indicator: '网站（平台）用户满意度', why: '网站和政务新媒体的服务对象是使用它们的公众' },
  { sheet: '金融稳定发展协调费', level1: '成本指标', indicator: '培训费综合定额标准', why: '年度目标计划开展资本市场企业培训（≥3场培训），培训费按综合定额控制' },
  { sheet: '预防和处置非法集资经费', level1: '成本指标', indicator: '单次检查平均成本', why: '开展≥3场现场检查，是项目的主要工作量' },
  { sheet: '预防和处置非法集资经费', level1: '效益指标', indicator: '非法金融活动案件数下降率', why: '年度目标写明“非法金融活动数量减少”' },
  { sheet: '广东省地方金融风险监测防控中心服务经费', level1: '成本指标', indicator: '单家次监测服务成本', why: '购买的是对≥45家次企业的风险监测服务，成本按家次计' },
  { sheet: '政策性农村住房保险保费补贴资金', level1: '成本指标', indicator: '保费财政补贴标准', why: '资金是每户农房保险的保费补贴（表中已写1.3元/户）' },
];

const GUARDED: readonly Level1[] = ['成本指标', '效益指标', '满意度指标'];

const result = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' });
const projects = result.model.sheets.filter((s) => s.kind === 'project');

function emptyCategories(sheet: SheetModel): Level1[] {
  const filled = new Set(sheet.indicators.map((i) => i.level1));
  return GUARDED.filter((l1) => !filled.has(l1));
}

describe('library suggestions on the seed', () => {
  it('reads nine projects', () => {
    expect(projects).toHaveLength(9);
  });

  it('lists every empty 成本, 效益 and 满意度 category of the nine projects', () => {
    const empty = projects.flatMap((p) => emptyCategories(p).map((l1) => `${p.name}|${l1}`));
    expect(empty.sort()).toEqual(EXPECTED.map((e) => `${e.sheet}|${e.level1}`).sort());
  });

  it.each(EXPECTED)('suggests 「$indicator」 for $level1 of $sheet: $why', ({ sheet, level1, indicator }) => {
    const model = projects.find((p) => p.name === sheet)!;
    const suggestions = suggestIndicators(model, level1);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions.every((s) => s.level1 === level1)).toBe(true);
    expect(suggestions.map((s) => s.name)).toContain(indicator);
    // The finding on that category shows the suggestion with its example value.
    const finding = result.findings.find((f) => f.sheet === sheet && f.rule === 'structure.missing-category' && f.message.includes(level1));
    const suggested = suggestions.find((s) => s.name === indicator)!;
    expect(finding?.suggestion).toContain(`「${indicator}」${suggested.example}`);
    expect(finding?.suggestion).toContain('例如：');
  });

  it('never suggests an indicator the sheet already has', () => {
    const sheet = projects.find((p) => p.name === '金融稳定发展协调费')!;
    const names = suggestIndicators(sheet, '满意度指标').map((s) => s.name);
    expect(names).not.toContain('满意度评价');
    const withOwn = { ...sheet, indicators: [...sheet.indicators, { ...sheet.indicators[0], level1: '成本指标' as const, level3: '培训费综合定额标准' }] };
    expect(suggestIndicators(withOwn, '成本指标').map((s) => s.name)).not.toContain('培训费综合定额标准');
  });

  it('reads each project’s type from its name, 设立依据 and indicators', () => {
    const typeOf = (name: string) => inferProjectTypes(projects.find((p) => p.name === name)!)[0]?.type;
    expect(typeOf('遗属补助经费')).toBe('补助补贴');
    expect(typeOf('援派干部经费')).toBe('补助补贴');
    expect(typeOf('决策咨询工作经费')).toBe('调研课题');
    expect(typeOf('市政府办网站运行监测经费')).toBe('信息化运维');
    expect(typeOf('预防和处置非法集资经费')).toBe('专项检查');
    expect(typeOf('广东省地方金融风险监测防控中心服务经费')).toBe('监测评估');
    expect(typeOf('政策性农村住房保险保费补贴资金')).toBe('保险保费');
    const publicity = inferProjectTypes(projects.find((p) => p.name === '市政府办宣传办刊及慰问经费')!).map((t) => t.type);
    expect(publicity.slice(0, 2)).toEqual(['宣传出版', '慰问帮扶']);
    const aid = inferProjectTypes(projects.find((p) => p.name === '援派干部经费')!)[0];
    expect(aid.evidence).toEqual(expect.arrayContaining(['设立依据：补助', '指标：补贴发放人数']));
  });

  it('suggests nothing specific for a sheet that says nothing of its type, only 通用 indicators', () => {
    const blank: SheetModel = { ...projects[0], name: '新项目', header: {}, indicators: [] };
    const suggestions = suggestIndicators(blank, '满意度指标');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.types.includes('通用'))).toBe(true);
  });
});
