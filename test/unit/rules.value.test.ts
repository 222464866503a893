import type { WorkbookSpec } from '../../src/engine/schema';
import { setCell } from '../../src/sample/variants';
import { findings, fire as fireOn, of, seedWith } from './seedEdits';
import { notesOf } from './ruleFindings';

// 决策咨询工作经费 runs 2026–2099; its rows: 19 开展专项课题研究数量 2项, 20 配合完成专家在惠调研相关工作 2次,
// 21 调研课题完成率 100%, 22 研究成果验收通过率 ≥90%, 23 工作计划完成及时率 100%, 28 成果使用对象满意度 ≥85%.
const DECISION = '决策咨询工作经费';
const WEBSITE = '市政府办网站运行监测经费';
const FINANCE = '金融稳定发展协调费';
const DEPARTMENT = '部门整体预算绩效目标申报表';

/** The rule's findings on a sheet (决策咨询工作经费 unless another is named). */
function fire(spec: WorkbookSpec, rule: string, sheet = DECISION) {
  return fireOn(spec, rule, sheet);
}

describe('value.missing-period / value.missing-annual', () => {
  it('is an error on the empty 实施周期 cell when only the annual target is given', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { E22: '' }), 'value.missing-period');
    expect(cells).toEqual([['E22', 'error']]);
    expect(zh.message).toBe('「研究成果验收通过率」填了年度指标值，但没有填写实施周期指标值');
    expect(en.message).toBe('「研究成果验收通过率」 has an annual target but no implementation-period target');
  });

  it('is an error on the empty 年度 cell when only the period target is given', () => {
    const { cells, zh } = fire(seedWith(DECISION, { F21: '' }), 'value.missing-annual');
    expect(cells).toEqual([['F21', 'error']]);
    expect(zh.message).toBe('「调研课题完成率」填了实施周期指标值，但没有填写年度指标值');
  });
});

describe('value.unparseable', () => {
  it('names a letter O written for a zero and suggests the corrected value', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { E21: '1O0%' }), 'value.unparseable');
    expect(cells).toEqual([['E21', 'error']]);
    expect(zh.message).toBe('「调研课题完成率」的实施周期指标值“1O0%”无法识别：数字里混入了字母（如把数字0写成字母O，把1写成字母l）');
    expect(zh.suggestion).toBe('写成“100%”');
    expect(en.message).toContain('the letter O for a zero');
    expect(en.suggestion).toBe('Write “100%”');
  });

  it('gives the general form when the fix is not obvious', () => {
    const { cells, zh } = fire(seedWith(DECISION, { F23: '≥5天内' }), 'value.unparseable');
    expect(cells).toEqual([['F23', 'error']]);
    expect(zh.message).toContain('前后两个比较符号意思相反');
    expect(zh.suggestion).toContain('“≥90%”');
  });
});

describe('value.rate-over-100', () => {
  it('is an error for a share of a whole (研究成果验收通过率 ≥120%)', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { F22: '≥120%' }), 'value.rate-over-100');
    expect(cells).toEqual([['F22', 'error']]);
    expect(zh.message).toBe('「研究成果验收通过率」是占总数的比率，不可能超过100%，但年度指标值写成了“≥120%”');
    expect(en.message).toContain('cannot exceed 100 %');
  });

  it.each(['补助发放合格率', '数据填报准确率', '政策宣传知晓率', '贫困人口培训覆盖率', '行政村覆盖率'])('is an error for %s at 105%%', (name) => {
    expect(fire(seedWith(DECISION, { D21: name, F21: '105%' }), 'value.rate-over-100').cells).toEqual([['F21', 'error']]);
  });

  it.each([
    ['年度计划完成率', '≥110%'],
    ['调研课题完成率', '≥120%'],
    ['拨备覆盖率', '≥150%'],
    ['流动性覆盖率', '≥120%'],
    ['超额完成率', '120%'],
    ['粮食自给率', '≥105%'],
    ['税收收入增长率', '≥120%'],
  ])('does not fire on %s %s: such a rate may exceed 100%%', (name, value) => {
    expect(fire(seedWith(DECISION, { D21: name, F21: value }), 'value.rate-over-100').cells).toEqual([]);
  });

  it('is only a warning for a rate not known to be bounded (资金到账率 ≥110%)', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { D21: '资金到账率', F21: '≥110%' }), 'value.rate-over-100');
    expect(cells).toEqual([['F21', 'warning']]);
    expect(zh.message).toBe('「资金到账率」看来是占总数的比率，一般不超过100%，但年度指标值写成了“≥110%”');
    expect(zh.suggestion).toBe('若该比率确实可以超过100%（如计划完成率），可忽略此项；否则改为不超过100%的值（如“≥95%”）');
    expect(en.message).toContain('does not usually exceed 100 %');
  });

  it('does not fire on growth rates, ratios, ceilings or 100%', () => {
    const spec = seedWith(FINANCE, { F25: '≥120%' });
    const dept = setCell(setCell(spec, DEPARTMENT, 'D48', '≥150%'), DEPARTMENT, 'E49', '100%');
    const ceiling = setCell(dept, DECISION, 'E21', '≤120%');
    const list = findings(ceiling);
    expect(list.filter((f) => f.rule === 'value.rate-over-100')).toEqual([]);
  });
});

describe('value.satisfaction-range', () => {
  it('is an error above 100% and a warning below 80%', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { E28: '≥105%', F28: '≥70%' }), 'value.satisfaction-range');
    expect(cells).toEqual([['E28', 'error'], ['F28', 'warning']]);
    expect(zh.message).toBe('满意度不可能超过100%，但「成果使用对象满意度」的实施周期指标值写成了“≥105%”');
    expect(en.message).toContain('Satisfaction cannot exceed 100 %');
    const low = of(findings(seedWith(DECISION, { E28: '≥105%', F28: '≥70%' })), 'value.satisfaction-range', DECISION)[1];
    expect(low.message).toBe('「成果使用对象满意度」的年度指标值“≥70%”低于满意度通常的下限80%');
    expect(low.basis).toContain('80%');
    // The forms have no 备注 column: the fix does not send the reader to one.
    expect(low.suggestion).toBe('满意度目标一般不低于80%，如“≥85%”；若确需更低的目标，可忽略此项');
    const lowEn = of(findings(seedWith(DECISION, { F28: '≥70%' }), 'en'), 'value.satisfaction-range', DECISION)[0];
    expect(lowEn.suggestion).toBe('Satisfaction targets are usually at least 80 %, e.g. “≥85%”; if a lower target is truly meant, ignore this');
  });

  it('accepts 80% to 100%', () => {
    expect(fire(seedWith(DECISION, { E28: '≥80%', F28: '100%' }), 'value.satisfaction-range').cells).toEqual([]);
  });
});

describe('value.unit-mismatch', () => {
  it('warns on the annual cell when the two targets use different units', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { F19: '2个' }), 'value.unit-mismatch');
    expect(cells).toEqual([['F19', 'warning']]);
    expect(zh.message).toBe('「开展专项课题研究数量」的实施周期指标值用“项”，年度指标值却用“个”');
    expect(en.message).toContain('uses “项” for the implementation-period target');
  });
});

describe('value.annual-over-period', () => {
  it('warns when a cumulative count is larger for the year than for a multi-year period', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { F20: '5次' }), 'value.annual-over-period');
    expect(cells).toEqual([['F20', 'warning']]);
    expect(zh.message).toBe('「配合完成专家在惠调研相关工作」的年度指标值“5次”大于实施周期指标值“2次”，而项目为2026至2099年的多年期项目');
    expect(en.message).toContain('is larger than the implementation-period target');
  });

  it('does not fire on a one-year project or on rates', () => {
    expect(fire(seedWith(DECISION, { F20: '5次', E7: '2026年' }), 'value.annual-over-period').cells).toEqual([]);
    expect(fire(seedWith(DECISION, { E22: '≥80%', F22: '≥90%' }), 'value.annual-over-period').cells).toEqual([]);
  });
});

describe('value.qualitative-for-quantity', () => {
  it('warns when a name asking for a number gets words', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { E19: '按计划完成' }), 'value.qualitative-for-quantity');
    expect(cells).toEqual([['E19', 'warning']]);
    expect(zh.message).toBe('「开展专项课题研究数量」要求填写数值，但实施周期指标值写成了文字“按计划完成”');
    expect(en.message).toContain('asks for a number');
  });
});

describe('value.two-measures', () => {
  it('warns on each cell holding two measures and suggests splitting', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { E20: '专家调研2次，座谈会3次' }), 'value.two-measures');
    expect(cells).toEqual([['E20', 'warning']]);
    expect(zh.message).toBe('「配合完成专家在惠调研相关工作」的实施周期指标值“专家调研2次，座谈会3次”：一个单元格里填了2个指标值');
    expect(zh.suggestion).toBe('拆成2个三级指标，每个指标只填一个指标值：「专家调研」2次；「座谈会」3次');
    expect(en.message).toContain('holds 2 measures in one cell');
  });
});

describe('value.word-operator', () => {
  it('is a note saying how the value was read, for words, ASCII and full width: a reviewer reads all three', () => {
    const spec = seedWith(DECISION, { E22: '不低于90%', F22: '>=90%', E28: '≥８５％' });
    expect(fire(spec, 'value.word-operator').cells).toEqual([]);
    const notes = notesOf(spec).filter((n) => n.rule === 'value.word-operator' && n.sheet === DECISION);
    expect(notes.map((n) => n.cell)).toEqual(['E22', 'F22', 'E28']);
    expect(notes[0].message).toBe('「研究成果验收通过率」的实施周期指标值“不低于90%”用文字表示比较关系，按“≥90%”读取');
    expect(notesOf(spec, 'en').find((n) => n.rule === 'value.word-operator')!.message).toBe(
      'The implementation-period target of 「研究成果验收通过率」, “不低于90%”, states the comparison in words; read as “≥90%”',
    );
  });
});

describe('value.missing-operator', () => {
  it('is info on a share or a growth rate below 100% with no operator, where either bound could be meant', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { D22: '研究经费占比', E22: '30%' }), 'value.missing-operator');
    expect(cells).toEqual([['E22', 'info']]);
    expect(zh.suggestion).toBe('目标是下限就写成“≥30%”，是上限就写成“≤30%”');
    expect(en.message).toContain('has no operator');
    expect(fire(seedWith(DECISION, { D22: '贷款余额增长率', E22: '5%', F22: '5%' }), 'value.missing-operator').cells).toEqual([['E22', 'info']]);
  });

  it('is silent where the kind of indicator makes the bound evident: 通过率 90% is a floor, 误判率 1% a ceiling, 准确率 99% a floor', () => {
    expect(fire(seedWith(DECISION, { E22: '90%' }), 'value.missing-operator').cells).toEqual([]);
    // F24 / G24 are the seed's own 99% on 检测信息准确率.
    expect(fire(seedWith(WEBSITE, { F23: '1%' }), 'value.missing-operator', WEBSITE).cells).toEqual([]);
  });

  it('never fires on 100% or 0%', () => {
    expect(fire(seedWith(DECISION, { E22: '100%', F22: '0%' }), 'value.missing-operator').cells).toEqual([]);
  });
});

describe('value.rate-as-time', () => {
  it('warns when a rate is given as a duration', () => {
    const { cells, zh, en } = fire(seedWith(DECISION, { E23: '3个工作日' }), 'value.rate-as-time');
    expect(cells).toEqual([['E23', 'warning']]);
    expect(zh.message).toBe('「工作计划完成及时率」是比率，但实施周期指标值写成了时间“3个工作日”');
    expect(zh.suggestion).toBe('写成比率（如“≥95%”），或把指标名改为时限类（如「工作计划完成时限」，指标值“3个工作日”）');
    expect(en.message).toContain('is a rate, but its implementation-period target is a time');
  });
});

describe('each value rule', () => {
  it('reports one finding per cell and rule', () => {
    const list = findings(seedWith(DECISION, { E22: '不低于90%', F22: '不低于90%' }));
    const keys = list.map((f) => `${f.sheet}!${f.cell}!${f.rule}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
