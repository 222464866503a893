import { sameTarget } from '../../src/engine/rules/consistency';
import { allRules } from '../../src/engine/rules/run';
import { parseValue } from '../../src/engine/values';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { cloneSpec, setCell } from '../../src/sample/variants';
import type { WorkbookSpec } from '../../src/engine/schema';
import { parseA1, toA1 } from '../../src/engine/a1';
import { fixtureSpec } from '../fixtures/workbooks';
import { byRule, DEPT, findingsOf, where } from './ruleFindings';

const JINRONG = '金融稳定发展协调费';
const LOAN = '重点行业（制造业、基础设施业、涉农贷款等）贷款余额增长率';

const consistency = (spec: WorkbookSpec, lang: 'zh' | 'en' = 'zh') => byRule(findingsOf(spec, lang), 'consistency.');

describe('consistency on the seed', () => {
  const findings = consistency(seedWorkbookSpec());

  test('the catalogue holds both rules as warnings with basis and fix', () => {
    const rules = allRules().filter((r) => r.family === 'consistency');
    expect(rules.map((r) => [r.id, r.severity])).toEqual([
      ['consistency.target-differs', 'warning'],
      ['consistency.category-differs', 'warning'],
    ]);
    for (const rule of rules) expect(rule.basis.zh).toMatch(/常识|财预〔2021〕101号/);
  });

  test('贷款余额增长率: >5% on the department sheet (D50, E50) vs >3% on 金融稳定发展协调费 (F25, G25): one warning over all four cells', () => {
    const hits = byRule(findings, 'consistency.target-differs');
    expect(where(hits)).toEqual([`${DEPT}!D50 warning`]);
    expect(hits[0].cells).toEqual(['D50', 'E50', `${JINRONG}!F25`, `${JINRONG}!G25`]);
    const message =
      `「${LOAN}」在两张表中的指标值不同：部门整体表「${DEPT}」实施周期指标值（D50）为“>5%”、年度指标值（E50）为“>5%”；` +
      `项目表「${JINRONG}」实施周期指标值（F25）为“>3%”、年度指标值（G25）为“>3%”`;
    expect(hits[0].message).toBe(message);
    expect(message).not.toMatch(/本表|“「|」”/);
    expect(hits[0].suggestion).toBe('核对各表的指标值，统一为同一目标；如确实口径不同，请修改指标名称加以区分');
    const en = byRule(consistency(seedWorkbookSpec(), 'en'), 'consistency.target-differs');
    expect(en[0].message).toBe(
      `「${LOAN}」 has different targets on two forms: the department form 「${DEPT}」 has period target (D50) “>5%”, annual target (E50) “>5%”; ` +
        `the project form 「${JINRONG}」 has period target (F25) “>3%”, annual target (G25) “>3%”`,
    );
  });

  test('the same 三级 filed under other categories (six in the seed): one finding per pair, saying which side fits where the kind tells', () => {
    const hits = byRule(findings, 'consistency.category-differs');
    expect(hits.map((f) => `${f.sheet}!${f.cell} ${f.cells?.join(',')}`)).toEqual([
      `${DEPT}!C25 C25,市政府办网站运行监测经费!D23`,
      `${DEPT}!C39 C39,市政府办网站运行监测经费!D19`,
      `${DEPT}!C41 C41,市政府办网站运行监测经费!D20`,
      `${DEPT}!C49 C49,预防和处置非法集资经费!E22`,
      `${DEPT}!C57 C57,预防和处置非法集资经费!E23`,
      `${DEPT}!A58 A58,预防和处置非法集资经费!D24`,
    ]);
    const message =
      `「年度组织政府网站与政务新媒体检查次数」在两张表中的归类不同：部门整体表「${DEPT}」（C39）归入「产出指标/质量指标」；` +
      '项目表「市政府办网站运行监测经费」（D19）归入「产出指标/数量指标」';
    const count = hits.find((f) => f.cell === 'C39')!;
    expect(count.message).toBe(message);
    // 次数 → 数量: the project sheet fits, the department sheet is the one to change.
    expect(count.suggestion).toBe(
      '「年度组织政府网站与政务新媒体检查次数」是工作数量，按指标体系应归入「产出指标/数量指标」，项目表「市政府办网站运行监测经费」的归类是对的：把部门整体表中的这一指标移到「产出指标/数量指标」下',
    );
    // 误判率 → 质量, filed as 社会成本 on the department sheet.
    expect(hits.find((f) => f.cell === 'C25')!.suggestion).toContain('是误判率，按指标体系应归入「产出指标/质量指标」');
    // 办理率 / 完成率 of the unit's own work are outputs, filed as 效益 on the department sheet.
    expect(hits.find((f) => f.cell === 'C49')!.suggestion).toContain('应归入「产出指标」');
    // 覆盖率 may be 数量 or 质量: the finding stays neutral.
    expect(hits.find((f) => f.cell === 'C41')!.suggestion).toBe('同一指标应归入相同的一级/二级指标：按指标体系（参照财预〔2021〕101号）选定一个归类，两张表统一');
    expect(message).not.toMatch(/本表| /);
    const en = byRule(consistency(seedWorkbookSpec(), 'en'), 'consistency.category-differs').find((f) => f.cell === 'C39');
    expect(en?.message).toBe(
      `「年度组织政府网站与政务新媒体检查次数」 is filed under different categories on two forms: the department form 「${DEPT}」 (C39) files it under 「产出指标/质量指标」; ` +
        'the project form 「市政府办网站运行监测经费」 (D19) files it under 「产出指标/数量指标」',
    );
  });

  test('indicators present on both sheets with the same target say nothing (《惠州市人民政府公报》编印内容完整率 100% / 100%)', () => {
    expect(findings.filter((f) => f.message.includes('编印内容完整率'))).toEqual([]);
  });
});

describe('consistency.target-differs on built workbooks', () => {
  test('only the annual target differs: one warning over both annual cells (E50, G25)', () => {
    const spec = setCell(seedWorkbookSpec(), JINRONG, 'F25', '>5%');
    const hits = byRule(consistency(spec), 'consistency.target-differs');
    expect(where(hits)).toEqual([`${DEPT}!E50 warning`]);
    expect(hits[0].cells).toEqual(['E50', `${JINRONG}!G25`]);
    expect(hits[0].message).toBe(`「${LOAN}」在两张表中的指标值不同：部门整体表「${DEPT}」年度指标值（E50）为“>5%”；项目表「${JINRONG}」年度指标值（G25）为“>3%”`);
    expect(hits[0].message).not.toContain('实施周期指标值');
  });

  test('the same target written differently (＞5％ full width) is the same target', () => {
    let spec = setCell(seedWorkbookSpec(), JINRONG, 'F25', '＞5％');
    spec = setCell(spec, JINRONG, 'G25', '> 5%');
    expect(byRule(consistency(spec), 'consistency.target-differs')).toEqual([]);
  });

  test('a project indicator renamed to a department one with another target (保障人数 → 办文办会完成率, 1人 vs ≥90%)', () => {
    const spec = setCell(seedWorkbookSpec(), '遗属补助经费', 'D19', '办文办会完成率');
    const hits = byRule(consistency(spec), 'consistency.target-differs').filter((f) => f.cells?.some((c) => c.startsWith('遗属补助经费!')));
    expect(where(hits)).toEqual([`${DEPT}!D27 warning`]);
    expect(hits[0].cells).toEqual(['D27', 'E27', '遗属补助经费!E19', '遗属补助经费!F19']);
    // same category (产出指标 / 数量指标): no category finding for it
    expect(byRule(consistency(spec), 'consistency.category-differs').filter((f) => f.cells?.some((c) => c.startsWith('遗属补助经费!')))).toEqual([]);
  });

  test('two project sheets with other targets for one department indicator: the department cell lists both', () => {
    let spec = setCell(seedWorkbookSpec(), '遗属补助经费', 'D19', '办文办会完成率');
    spec = setCell(spec, '援派干部经费', 'D19', '办文办会完成率');
    const dept = byRule(consistency(spec), 'consistency.target-differs').filter((f) => f.sheet === DEPT && f.cell === 'D27');
    expect(dept).toHaveLength(1);
    expect(dept[0].message).toMatch(/^「办文办会完成率」在3张表中的指标值不同：部门整体表「.*」实施周期指标值（D27）为“≥90%”、年度指标值（E27）为“≥90%”；项目表「援派干部经费」实施周期指标值（E19）为“3人”、年度指标值（F19）为“3人”；项目表「遗属补助经费」实施周期指标值（E19）为“1人”、年度指标值（F19）为“1人”$/);
    expect(dept[0].cells).toEqual(expect.arrayContaining(['遗属补助经费!E19', '遗属补助经费!F19', '援派干部经费!E19', 'E27']));
  });

  test('an empty target on one side is not a different target', () => {
    const spec = setCell(setCell(seedWorkbookSpec(), JINRONG, 'F25', ''), JINRONG, 'G25', '>5%');
    expect(byRule(consistency(spec), 'consistency.target-differs')).toEqual([]);
  });

  test('with two department forms nothing is compared (which one the projects belong to is unknown)', () => {
    const spec = seedWorkbookSpec();
    const second = { ...cloneSpec(spec).sheets[0], name: '部门整体表（二）' };
    expect(consistency({ sheets: [...spec.sheets, second] })).toEqual([]);
  });

  test('sameTarget compares operator, exact number and unit', () => {
    expect(sameTarget(parseValue('≥90%'), parseValue('不低于90%'))).toBe(true);
    expect(sameTarget(parseValue('100%'), parseValue('100.0%'))).toBe(true);
    expect(sameTarget(parseValue('≥90%'), parseValue('>90%'))).toBe(false);
    expect(sameTarget(parseValue('2项'), parseValue('2个'))).toBe(false);
    expect(sameTarget(parseValue('按规定标准发放补助'), parseValue('按规定标准发放补助'))).toBe(true);
  });
});

describe('consistency.category-differs on built workbooks', () => {
  test('补助发放到位率 (产出/质量) renamed 值班信息按时上报率 (产出/时效 on the department sheet): one warning, on the side that does not fit', () => {
    const spec = setCell(seedWorkbookSpec(), '遗属补助经费', 'D20', '值班信息按时上报率');
    const hits = byRule(consistency(spec), 'consistency.category-differs').filter((f) => f.sheet === '遗属补助经费' || f.cells?.some((c) => c.startsWith('遗属补助经费!')));
    // 按时上报率 is timeliness: the department's 时效 fits, the project's 质量 does not.
    expect(where(hits)).toEqual(['遗属补助经费!D20 warning']);
    expect(hits[0].cells).toEqual(['D20', `${DEPT}!C43`]);
    expect(hits[0].message).toBe(`「值班信息按时上报率」在两张表中的归类不同：部门整体表「${DEPT}」（C43）归入「产出指标/时效指标」；项目表「遗属补助经费」（D20）归入「产出指标/质量指标」`);
    expect(hits[0].suggestion).toContain('部门整体表的归类是对的：把项目表「遗属补助经费」中的这一指标移到「产出指标/时效指标」下');
  });

  test('two project sheets filing one department indicator otherwise: the department cell lists both', () => {
    let spec = setCell(seedWorkbookSpec(), '遗属补助经费', 'D20', '值班信息按时上报率');
    spec = setCell(spec, '援派干部经费', 'D20', '值班信息按时上报率');
    const pair = byRule(consistency(spec), 'consistency.category-differs').filter((f) => f.cells?.includes(`${DEPT}!C43`));
    expect(pair).toHaveLength(1);
    expect(pair[0].cells).toEqual(expect.arrayContaining(['遗属补助经费!D20', `${DEPT}!C43`]));
    expect(pair[0].cells).toHaveLength(3);
    expect(pair[0].message.split('；')).toHaveLength(3);
  });
});

describe('money, project and consistency findings do not depend on the layout variant', () => {
  const mine = (spec: WorkbookSpec) =>
    findingsOf(spec).filter((f) => /^(money|project|consistency)\./.test(f.rule));
  const seedFindings = mine(fixtureSpec('seed'));

  test.each(['merged', 'percentNumber'] as const)('%s: the same findings at the same cells', (name) => {
    expect(mine(fixtureSpec(name))).toEqual(seedFindings);
  });

  test('genericNames: the same findings on the renamed sheets', () => {
    const renamed = mine(fixtureSpec('genericNames'));
    expect(renamed.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual(seedFindings.map((f) => `${f.cell} ${f.rule} ${f.severity}`));
    expect(renamed.filter((f) => f.rule === 'consistency.target-differs').map((f) => f.sheet)).toEqual(['Sheet1']);
  });

  test('offset (3 rows down, 2 columns right): every finding moved by the same offset', () => {
    const moved = mine(fixtureSpec('offset'));
    const shift = (cell: string) => {
      const { row, col } = parseA1(cell);
      return toA1(row + 3, col + 2);
    };
    expect(moved.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(seedFindings.map((f) => `${f.sheet}!${shift(f.cell)} ${f.rule}`));
  });
});
