// The library as data: validated, large enough, every 二级 of the framework covered, and every
// example a value the checker itself accepts, in the direction and unit the indicator states.
import { CHOOSABLE_TYPES, LIBRARY, LIBRARY_GROUPS, LIBRARY_SOURCES, LibrarySchema, indicatorsOf, searchLibrary } from '../../src/engine/library';
import { expandGroup } from '../../src/engine/library/define';
import { ALL_LEVEL2_NAMES } from '../../src/engine/templates';
import { parseValue } from '../../src/engine/values';
import { level2Of } from '../../src/engine/vocabulary';

describe('the indicator library', () => {
  it('holds at least 300 valid indicators', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(300);
    // The library is not parsed at load: this is its validation, and parsing must change nothing.
    expect(LibrarySchema.parse(LIBRARY)).toEqual(LIBRARY);
  });

  it('covers every 二级 of the current framework, 成本 and 效益 well', () => {
    for (const level2 of ALL_LEVEL2_NAMES) expect(LIBRARY.filter((i) => i.level2 === level2).length).toBeGreaterThanOrEqual(10);
    expect(indicatorsOf('成本指标').length).toBeGreaterThanOrEqual(60);
    expect(indicatorsOf('效益指标').length).toBeGreaterThanOrEqual(90);
    expect(indicatorsOf('效益指标', '可持续影响指标').length).toBeGreaterThanOrEqual(10);
  });

  it('files each indicator under a 二级 of its own 一级', () => {
    const misfiled = LIBRARY.filter((i) => level2Of(i.level2)?.parent !== i.level1).map((i) => i.name);
    expect(misfiled).toEqual([]);
  });

  it('gives every choosable project type indicators under each required 二级 or 通用 ones', () => {
    for (const type of CHOOSABLE_TYPES) {
      const own = LIBRARY.filter((i) => i.types.includes(type));
      expect(`${type}:${own.length >= 8}`).toBe(`${type}:true`);
      expect(`${type}:${own.some((i) => i.level1 === '成本指标')}`).toBe(`${type}:true`);
      expect(`${type}:${own.some((i) => i.level1 === '效益指标')}`).toBe(`${type}:true`);
    }
  });

  it('has examples the value grammar reads as the indicator’s measure, unit and direction', () => {
    const wrong: string[] = [];
    for (const i of LIBRARY) {
      const parsed = parseValue(i.example);
      if (i.measure === 'qualitative') {
        if (parsed.kind !== 'qualitative' || i.unit !== '') wrong.push(`${i.name}: ${i.example} is not qualitative`);
        continue;
      }
      if (parsed.kind !== 'quantitative') {
        wrong.push(`${i.name}: ${i.example} is ${parsed.kind}`);
        continue;
      }
      if ((parsed.unit ?? '') !== i.unit) wrong.push(`${i.name}: unit ${parsed.unit} ≠ ${i.unit}`);
      if (i.measure === 'rate' && i.unit !== '%') wrong.push(`${i.name}: a rate in ${i.unit}`);
      const op = parsed.operator ?? '';
      const fits = i.direction === '≥' ? /[≥>]/.test(op) || parsed.direction !== null : i.direction === '≤' ? /[≤<]/.test(op) : op === '' || op === '=';
      if (!fits) wrong.push(`${i.name}: ${i.example} does not go ${i.direction}`);
    }
    expect(wrong).toEqual([]);
  });

  it('says what each indicator shows and cites its sources', () => {
    expect(LIBRARY.every((i) => i.shows.startsWith('反映'))).toBe(true);
    const ids = new Set(LIBRARY_SOURCES.map((s) => s.id));
    expect(LIBRARY_SOURCES.some((s) => s.title.includes('财预〔2021〕101号'))).toBe(true);
    for (const group of LIBRARY_GROUPS) {
      expect(group.sources.length).toBeGreaterThan(0);
      for (const id of group.sources) expect(ids.has(id)).toBe(true);
    }
  });

  it('refuses a malformed line', () => {
    const bad = expandGroup({ level1: '成本指标', level2: '经济成本指标', sources: [], lines: ['缺少字段|rate|%'] });
    expect(() => LibrarySchema.parse(bad)).toThrow();
  });
});

describe('searchLibrary', () => {
  it('finds indicators by words of the name', () => {
    const names = searchLibrary('满意度').map((i) => i.name);
    expect(names).toContain('参训人员满意度');
    expect(names.every((n) => n.includes('满意'))).toBe(true);
  });

  it('needs every word, in any order, and reads full-width text', () => {
    expect(searchLibrary('补助 及时').map((i) => i.name)).toEqual(expect.arrayContaining(['补助发放及时率']));
    expect(searchLibrary('补助 及时').every((i) => i.name.includes('补助') && i.name.includes('及时'))).toBe(true);
    expect(searchLibrary('ＰＵＥ').map((i) => i.name)).toEqual(['数据中心电能使用效率']);
  });

  it('falls back to characters in order, then to what an indicator shows', () => {
    expect(searchLibrary('补助及时').map((i) => i.name)).toContain('补助发放及时率');
    expect(searchLibrary('等级保护').map((i) => i.name)).toContain('网络安全等级保护测评费用');
  });

  it('finds nothing for an empty query or an unknown word', () => {
    expect(searchLibrary('   ')).toEqual([]);
    expect(searchLibrary('火箭发射')).toEqual([]);
  });
});
