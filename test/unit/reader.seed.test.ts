import { readWorkbook } from '../../src/engine/layout/readSheet';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { SEED_INDICATORS, SEED_SHEETS } from '../fixtures/seedIndicators';

const { model, sheets } = readWorkbook(specToSnapshot(seedWorkbookSpec()));
const sheet = (name: string) => model.sheets.find((s) => s.name === name)!;

describe('reading the seed workbook', () => {
  it('finds the 10 sheets and their kinds by content', () => {
    expect(model.sheets.map((s) => [s.name, s.kind])).toEqual(SEED_SHEETS.map(([n, k]) => [n, k]));
  });

  it('maps all 90 indicators with levels, values, cells and shift marks', () => {
    const got = model.sheets.flatMap((s, si) =>
      s.indicators.map((i) => {
        const c = i.cells;
        return [si, i.row, i.level1, i.level2, i.level3, i.periodValue, i.annualValue, `${c.level1} ${c.level2} ${c.level3} ${c.periodValue} ${c.annualValue}`, i.shifted];
      }),
    );
    expect(got).toHaveLength(90);
    expect(got).toEqual(SEED_INDICATORS);
  });

  it('marks the 34 rows whose cells stand in other columns than the header says', () => {
    const indicatorRows = model.sheets.flatMap((s) => s.indicators.filter((i) => i.shifted));
    const categoryRows = sheets.flatMap((s) => s.categories.filter((c) => c.shifted).map((c) => `${s.model.name}!${c.row}`));
    expect(indicatorRows).toHaveLength(31);
    expect(categoryRows).toEqual(['部门整体预算绩效目标申报表!59', '遗属补助经费!25', '市政府办网站运行监测经费!26']);
  });

  it('re-anchors 县（区）非法集资“七进”宣传覆盖率 standing in the 一级 column', () => {
    const row = sheet('部门整体预算绩效目标申报表').indicators.find((i) => i.row === 58)!;
    expect(row).toMatchObject({ level1: '效益指标', level2: '社会效益指标', level3: '县（区）非法集资“七进”宣传覆盖率', periodValue: '100%', annualValue: '100%', shifted: true });
    expect(row.cells).toEqual({ level1: 'A47', level2: 'B52', level3: 'A58', periodValue: 'B58', annualValue: 'C58' });
    expect(row.expected).toEqual({ level1: 'A', level2: 'B', level3: 'C', periodValue: 'D', annualValue: 'E' });
  });

  it('reads the 预防和处置非法集资经费 names that stand in the 实施周期 column', () => {
    const rows = sheet('预防和处置非法集资经费').indicators.filter((i) => i.row >= 19 && i.row <= 23);
    expect(rows.map((i) => [i.level3, i.cells.level3, i.periodValue, i.cells.periodValue, i.annualValue, i.cells.annualValue])).toEqual([
      ['开展现场检查场数', 'E19', '≥3场', 'F19', '≥3场', 'G19'],
      ['开展宣传的次数', 'E20', '≥1场', 'F20', '≥1场', 'G20'],
      ['举办培训场数', 'E21', '≥1场', 'F21', '≥1场', 'G21'],
      ['非法金融活动线索办理率', 'E22', '100%', 'F22', '100%', 'G22'],
      ['防范非法集资培训完成率', 'E23', '100%', 'F23', '100%', 'G23'],
    ]);
  });

  it('reads the 满意度指标 rows standing one column to the left', () => {
    const satisfaction = model.sheets
      .flatMap((s) => s.indicators.filter((i) => i.level1 === '满意度指标' && i.shifted).map((i) => `${s.name}!${i.cells.level1}:${i.cells.level3}=${i.annualValue}`));
    expect(satisfaction).toEqual([
      '市政府办宣传办刊及慰问经费!A28:C28=≥80%',
      '金融稳定发展协调费!A28:C28=≥80%',
      '预防和处置非法集资经费!A29:C29=≥80%',
      '广东省地方金融风险监测防控中心服务经费!A27:C27=≥80%',
      '政策性农村住房保险保费补贴资金!A26:C26=≥80%',
    ]);
  });

  it('reads every department header field with its cell and exact amounts in 万元', () => {
    const header = sheet('部门整体预算绩效目标申报表').header;
    const fields = Object.fromEntries(Object.entries(header).map(([k, f]) => [k, [f.cell, f.value, f.amount?.value, f.amount?.unit]]));
    expect(fields).toEqual({
      部门名称: ['B2', '市府办', undefined, undefined],
      财政供养人员数: ['C3', '134', undefined, undefined],
      下属二级单位数: ['E3', '1', undefined, undefined],
      基本支出: ['C5', '6,336.55', '6336.55', '万元'],
      财政拨款: ['E5', '6,904.16', '6904.16', '万元'],
      项目支出: ['C6', '567.61', '567.61', '万元'],
      其他资金: ['E6', '0.00', '0', '万元'],
      财政专项资金: ['C8', '0.00', '0', '万元'],
      省本级使用资金: ['E8', '6,904.16', '6904.16', '万元'],
      其他事业发展性支出: ['C9', '0.00', '0', '万元'],
      拟用于对下转移支付资金: ['E9', '0.00', '0', '万元'],
      总体绩效目标: ['B10', header['总体绩效目标'].value, undefined, undefined],
    });
    expect(header['总体绩效目标'].value).toMatch(/^市政府办公室是市政府的“中枢”/);
    expect(Object.values(header).every((f) => !f.amount?.unitInferred)).toBe(true);
  });

  it('reads the 年度重点工作任务 rows with amounts in 元', () => {
    const tasks = sheet('部门整体预算绩效目标申报表').keyTasks;
    expect(tasks.map((t) => [t.row, t.name, t.amount?.value, t.amount?.unit, t.cells.amount])).toEqual([
      [12, '发挥参谋助手作用', '252900', '元', 'D12'],
      [13, '强化督查督办', '40000', '元', 'D13'],
      [14, '督促指导建议提案办理', '42000', '元', 'D14'],
      [15, '监督指导全市政府网站和政务新媒体建设', '497650', '元', 'D15'],
      [16, '规范《惠州市人民政府公报》编印发行', '135000', '元', 'D16'],
      [17, '促进地方金融发展', '270000', '元', 'D17'],
      [18, '筑牢金融风险防线', '580000', '元', 'D18'],
      [19, '高效运转保障值班值守', '64600', '元', 'D19'],
      [20, '组织落实民兵武装工作', '70000', '元', 'D20'],
    ]);
    expect(tasks[0].content).toMatch(/^组织开展专项课题研究/);
    expect(tasks[8].goal).toMatch(/^推动市直和驻惠行政/);
  });

  it('reads every project header field, the budget year and the amount in 元 (inferred)', () => {
    const header = sheet('援派干部经费').header;
    expect(Object.fromEntries(Object.entries(header).map(([k, f]) => [k, f.cell]))).toEqual({
      项目名称: 'B2', 项目类型: 'B3', 项目等级: 'B4', 主管部门: 'B5', 用款单位: 'B6', 起始年度: 'C7', 到期年度: 'E7',
      年度预算金额: 'B8', 设立依据: 'B9', 项目概述: 'B10', 实施周期总目标: 'B12', 年度目标: 'B14',
    });
    expect(header['项目类型'].value).toBe('其他特定目标类（部门职能类）');
    expect(header['主管部门']).toMatchObject({ label: '省级主管部门', value: '市府办' });
    expect(header['起始年度'].value).toBe('2023年');
    expect(header['到期年度'].value).toBe('2099年');
    expect(header['年度预算金额']).toMatchObject({ label: '2026年预算金额', year: 2026, amount: { value: '115200', unit: '元', unitInferred: true } });
    expect(header['项目概述'].value).toBe('');
    expect(header['年度目标'].value).toMatch(/对我办3名援派干部进行补助/);
    const amounts = model.sheets.filter((s) => s.kind === 'project').map((s) => [s.header['项目名称'].value, s.header['年度预算金额'].amount?.value]);
    expect(amounts).toEqual([
      ['援派干部经费', '115200'], ['遗属补助经费', '7412'], ['市政府办宣传办刊及慰问经费', '305000'], ['决策咨询工作经费', '300000'],
      ['市政府办网站运行监测经费', '497650'], ['金融稳定发展协调费', '300000'], ['预防和处置非法集资经费', '100000'],
      ['广东省地方金融风险监测防控中心服务经费', '480000'], ['政策性农村住房保险保费补贴资金', '540000'],
    ]);
  });

  it('parses each target with the value grammar', () => {
    const dept = sheet('部门整体预算绩效目标申报表').indicators;
    expect(dept.find((i) => i.row === 27)?.annual).toMatchObject({ kind: 'quantitative', operator: '≥', number: '90', unit: '%' });
    expect(dept.find((i) => i.row === 54)?.annual).toMatchObject({ kind: 'quantitative', measures: 2 });
  });

  it('reads a workbook with no forms as kind "other"', () => {
    const plain = readWorkbook({
      sheets: [{ name: 'Notes', origin: { row: 1, col: 1 }, text: [['hello', '1']], values: [['hello', 1]], formulas: [['', '']], numberFormats: [['General', 'General']], merges: [] }],
    });
    expect(plain.model.sheets).toEqual([{ name: 'Notes', kind: 'other', header: {}, keyTasks: [], table: null, categories: [], indicators: [] }]);
  });
});
