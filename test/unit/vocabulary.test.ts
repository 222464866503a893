import fc from 'fast-check';
import { columnRoleOf, level1Of, level2Of, normaliseLabel } from '../../src/engine/vocabulary';

describe('normaliseLabel', () => {
  test.each([
    ['产 出 指 标', '产出指标'],
    ['产出\n指标', '产出指标'],
    ['\u3000一级指标\u3000', '一级指标'],
    ['绩 效 指 标', '绩效指标'],
    ['项目名称（必填）', '项目名称'],
    ['项目名称(必填)：', '项目名称'],
    ['部门名称:', '部门名称'],
    ['预算金额（万元）', '预算金额(万元)'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['县（区）非法集资“七进”宣传覆盖率', '县(区)非法集资“七进”宣传覆盖率'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normaliseLabel(text)).toBe(expected);
  });
});

describe('level1Of', () => {
  test.each([
    ['成本指标', '成本指标'],
    ['产出指标', '产出指标'],
    ['效益指标', '效益指标'],
    ['满意度指标', '满意度指标'],
    ['产出', '产出指标'],
    ['效益', '效益指标'],
    ['成本', '成本指标'],
    ['满意度', '满意度指标'],
    ['产 出 指 标', '产出指标'],
    ['效益\n指标', '效益指标'],
    ['产出指标（必填）', '产出指标'],
    ['产出值', '产出指标'],
    ['效益值', '效益指标'],
    ['成本值', '成本指标'],
    ['满意度值', '满意度指标'],
    ['一、产出指标', '产出指标'],
  ])('%j → %s', (text, expected) => {
    expect(level1Of(text)).toBe(expected);
  });

  test.each(['数量指标', '经济效益', '服务对象满意度', '一级指标', '指标', '县（区）非法集资“七进”宣传覆盖率', '', 'constructor', '__proto__'])('%j is not a 一级', (text) => {
    expect(level1Of(text)).toBeNull();
  });
});

describe('level2Of', () => {
  test.each([
    ['经济成本指标', '经济成本指标', '成本指标'],
    ['社会成本指标', '社会成本指标', '成本指标'],
    ['生态环境成本指标', '生态环境成本指标', '成本指标'],
    ['数量指标', '数量指标', '产出指标'],
    ['质量指标', '质量指标', '产出指标'],
    ['时效指标', '时效指标', '产出指标'],
    ['成本指标', '成本指标', '产出指标'],
    ['成本值', '成本指标', '产出指标'],
    ['经济效益指标', '经济效益指标', '效益指标'],
    ['社会效益指标', '社会效益指标', '效益指标'],
    ['生态效益指标', '生态效益指标', '效益指标'],
    ['可持续影响指标', '可持续影响指标', '效益指标'],
    ['经济效益', '经济效益指标', '效益指标'],
    ['社会效益', '社会效益指标', '效益指标'],
    ['生态效益', '生态效益指标', '效益指标'],
    ['可持续影响', '可持续影响指标', '效益指标'],
    ['数量值', '数量指标', '产出指标'],
    ['质量值', '质量指标', '产出指标'],
    ['时效值', '时效指标', '产出指标'],
    ['经济效益值', '经济效益指标', '效益指标'],
    ['社会效益值', '社会效益指标', '效益指标'],
    ['生态效益值', '生态效益指标', '效益指标'],
    ['可持续影响值', '可持续影响指标', '效益指标'],
    ['服务对象满意度指标', '服务对象满意度指标', '满意度指标'],
    ['服务对象满意度', '服务对象满意度指标', '满意度指标'],
    ['社会公众或服务对象满意度指标', '服务对象满意度指标', '满意度指标'],
    ['社会效益\n指标', '社会效益指标', '效益指标'],
    ['数 量 指 标（必填）', '数量指标', '产出指标'],
  ])('%j → %s under %s', (text, level2, parent) => {
    expect(level2Of(text)).toEqual({ level2, parent });
  });

  test.each(['满意度指标', '满意度', '产出指标', '效益指标', '二级指标', '满意度评价', '', 'constructor', 'toString'])('%j is not a 二级', (text) => {
    expect(level2Of(text)).toBeNull();
  });
});

describe('columnRoleOf', () => {
  test.each([
    ['绩效指标', 'label'],
    ['绩 效 指 标', 'label'],
    ['一级指标', 'level1'],
    ['一级', 'level1'],
    ['二级指标', 'level2'],
    ['二级', 'level2'],
    ['三级指标', 'level3'],
    ['三级', 'level3'],
    ['指标内容', 'level3'],
    ['指标名称', 'level3'],
    ['实施周期指标值', 'period'],
    ['中长期指标值', 'period'],
    ['长期指标值', 'period'],
    ['年度指标值', 'annual'],
    ['当年度指标值', 'annual'],
    ['年度数值', 'annual'],
    ['年度目标值', 'annual'],
    ['2026年度指标值', 'annual'],
    ['年度指标值（2026年）', 'annual'],
    ['指标值', 'target'],
    ['目标值', 'target'],
    ['指标值类型', 'operator'],
    ['指标性质', 'operator'],
    ['度量单位', 'unit'],
    ['计量单位', 'unit'],
    ['单位', 'unit'],
    ['备注', 'extra'],
    ['权重', 'extra'],
    ['分值', 'extra'],
    ['绩效标准', 'extra'],
    ['指标值内容', 'extra'],
    ['指标说明', 'extra'],
    ['评分标准', 'extra'],
    ['指标解释', 'extra'],
    ['三级指标（必填）', 'level3'],
    ['实施周期\n指标值', 'period'],
  ])('%j → %s', (text, role) => {
    expect(columnRoleOf(text)).toBe(role);
  });

  test.each(['指标', '项目名称', '产出指标', '满意度评价', '≥90%', '绩效目标', '', 'constructor'])('%j names no column', (text) => {
    expect(columnRoleOf(text)).toBeNull();
  });

  test('the header rows of the seed and the province examples', () => {
    const roles = (row: string) => row.split('\t').map(columnRoleOf);
    expect(roles('绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值')).toEqual(['label', 'level1', 'level2', 'level3', 'period', 'annual']);
    expect(roles('一级指标\t二级指标\t三级指标\t实施周期指标值\t年度指标值')).toEqual(['level1', 'level2', 'level3', 'period', 'annual']);
    expect(roles('绩效指标\t一级指标\t二级指标\t指标内容\t指标值')).toEqual(['label', 'level1', 'level2', 'level3', 'target']);
    expect(roles('一级指标\t二级指标\t三级指标\t指标值类型\t目标值\t度量单位\t指标值内容\t备注')).toEqual(['level1', 'level2', 'level3', 'operator', 'target', 'unit', 'extra', 'extra']);
    expect(roles('一级\t二级\t三级\t年度数值\t备注')).toEqual(['level1', 'level2', 'level3', 'annual', 'extra']);
    expect(roles('绩 效 指 标\t一级指标\t二级指标\t三级指标\t指标值')).toEqual(['label', 'level1', 'level2', 'level3', 'target']);
  });
});

describe('vocabulary properties', () => {
  const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

  test('never throws on any string; normaliseLabel is idempotent and leaves no whitespace', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const label = normaliseLabel(text);
        expect(normaliseLabel(label)).toBe(label);
        expect(/\s/.test(label)).toBe(false);
        level1Of(text);
        level2Of(text);
        columnRoleOf(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('spaces and line breaks inside a level name do not change what it names', () => {
    const names = ['产出指标', '效益值', '经济效益', '服务对象满意度指标', '可持续影响值', '三级指标', '指标值类型'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.constantFrom(' ', '\n', '\u3000', '\t'), { maxLength: 6 }), fc.nat(), (name, spaces, seed) => {
        const chars = [...name];
        for (const [i, space] of spaces.entries()) chars.splice((seed + i * 7) % (chars.length + 1), 0, space);
        const spaced = chars.join('');
        expect([level1Of(spaced), level2Of(spaced), columnRoleOf(spaced)]).toEqual([level1Of(name), level2Of(name), columnRoleOf(name)]);
      }),
    );
  });
});
