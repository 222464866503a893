import { checkWorkbook } from '../../src/engine/check';
import type { Finding, Lang, SheetSpec, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { clearCell, setCell } from '../../src/sample/variants';

const DECISION = '决策咨询工作经费';
const FINANCE = '金融稳定发展协调费';
const AID = '援派干部经费';
const MONITOR = '广东省地方金融风险监测防控中心服务经费';

function findings(spec: WorkbookSpec, lang: Lang = 'zh'): Finding[] {
  return checkWorkbook(specToSnapshot(spec), { lang }).findings;
}

function of(list: Finding[], rule: string, sheet?: string): Finding[] {
  return list.filter((f) => f.rule === rule && (sheet === undefined || f.sheet === sheet));
}

function edit(...steps: Array<(spec: WorkbookSpec) => WorkbookSpec>): WorkbookSpec {
  return steps.reduce((spec, step) => step(spec), seedWorkbookSpec());
}

const put = (sheet: string, cell: string, value: string) => (spec: WorkbookSpec) => setCell(spec, sheet, cell, value);
const clear = (sheet: string, ...cells: string[]) => (spec: WorkbookSpec) => cells.reduce((s, c) => clearCell(s, sheet, c), spec);

/** A one-sheet workbook from rows of text, starting at A1. */
function sheetSpec(name: string, rows: string[][]): WorkbookSpec {
  const cells: SheetSpec['cells'] = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '') cells[`${String.fromCharCode(65 + c)}${r + 1}`] = { value };
    }),
  );
  return { sheets: [{ name, cells, merges: [], columnWidths: {}, validations: [] }] };
}

const CJK = /[\u4e00-\u9fff]/;

describe('structure.missing-category', () => {
  it('is an error on the category row when 效益指标 has no indicator', () => {
    const spec = edit(clear(MONITOR, 'D23', 'E23', 'F23', 'D24', 'E24', 'F24', 'D25', 'E25', 'F25'));
    const hits = of(findings(spec), 'structure.missing-category', MONITOR);
    const benefit = hits.find((f) => f.cell === 'B23');
    expect(benefit).toMatchObject({ severity: 'error', cell: 'B23' });
    expect(benefit!.message).toBe('「效益指标」下没有填写任何三级指标');
    const en = of(findings(spec, 'en'), 'structure.missing-category', MONITOR).find((f) => f.cell === 'B23')!;
    expect(en.message).toBe('No indicator is given under benefit indicators (效益指标)');
  });

  it('is a warning on the listed row when 满意度指标 has no indicator', () => {
    const spec = edit(clear(DECISION, 'D28', 'E28', 'F28'));
    const hit = of(findings(spec), 'structure.missing-category', DECISION).find((f) => f.cell === 'B28');
    expect(hit).toMatchObject({ severity: 'warning', message: '「满意度指标」下没有填写任何三级指标' });
  });

  it('falls on the header 一级 cell when the form does not list the category', () => {
    const spec = edit(clear(DECISION, 'B28', 'C28', 'D28', 'E28', 'F28'));
    const hit = of(findings(spec), 'structure.missing-category', DECISION).find((f) => f.cell === 'B15');
    expect(hit).toMatchObject({ severity: 'warning', cell: 'B15' });
    expect(hit!.message).toContain('满意度指标');
  });

  it('puts every unlisted 一级 into one finding on the header cell, an error if any is required', () => {
    const spec = sheetSpec('项目', [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['成本指标', '经济成本指标', '项目成本', '≤70万元'],
    ]);
    const hits = of(findings(spec), 'structure.missing-category');
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['A1', 'error']]);
    expect(hits[0].message).toBe('「产出指标」「效益指标」「满意度指标」下没有填写任何三级指标');
  });

  it('counts the older framework 产出/成本指标 and a 满意度 二级 filed elsewhere as present', () => {
    const spec = sheetSpec('项目', [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '补助人数', '3人'],
      ['', '成本指标', '补助资金成本', '3万元'],
      ['效益指标', '社会效益指标', '群众知晓率', '≥90%'],
      ['', '服务对象满意度指标', '服务对象满意度', '≥90%'],
    ]);
    expect(of(findings(spec), 'structure.missing-category')).toEqual([]);
  });
});

describe('structure.wrong-parent', () => {
  it('warns on the 二级 cell of a 满意度 二级 filed under 效益指标', () => {
    const spec = edit(put(FINANCE, 'C26', '服务对象满意度指标'));
    const hits = of(findings(spec), 'structure.wrong-parent', FINANCE);
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['C26', 'warning']]);
    expect(hits[0].message).toBe('二级指标「服务对象满意度指标」属于「满意度指标」，却填在了「效益指标」下');
    expect(of(findings(spec, 'en'), 'structure.wrong-parent', FINANCE)[0].message).toContain('belongs under 「满意度指标」');
  });

  it('accepts the older framework 成本指标 under 产出指标', () => {
    const spec = edit(put(FINANCE, 'C23', '成本指标'));
    expect(of(findings(spec), 'structure.wrong-parent')).toEqual([]);
  });
});

describe('structure.unknown-level2', () => {
  it('warns on a 二级 cell naming no known 二级, and judges neither its layout nor its values', () => {
    const spec = edit(put(AID, 'C19', '效率指标'));
    const list = findings(spec);
    const hits = of(list, 'structure.unknown-level2', AID);
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['C19', 'warning']]);
    expect(hits[0].message).toBe('“效率指标”不是规定的二级指标名称');
    expect(of(findings(spec, 'en'), 'structure.unknown-level2', AID)[0].message).toContain("not one of the framework’s second-level indicators");
    const row19 = list.filter((f) => f.sheet === AID && /^[A-Z]+19$/.test(f.cell) && f.rule !== 'structure.unknown-level2');
    expect(row19).toEqual([]);
  });
});

describe('structure.no-name and structure.no-value', () => {
  it('is an error on the 三级 cell when targets have no name', () => {
    const spec = edit(clear(DECISION, 'D22'));
    const hits = of(findings(spec), 'structure.no-name', DECISION);
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['D22', 'error']]);
    expect(hits[0].message).toBe('本行填了指标值“≥90%”，但没有填写三级指标名称');
    expect(of(findings(spec, 'en'), 'structure.no-name', DECISION)[0].message).toContain('no third-level indicator name');
  });

  it('is an error on the 三级 cell when a name has neither target', () => {
    const spec = edit(clear(DECISION, 'E22', 'F22'));
    const hits = of(findings(spec), 'structure.no-value', DECISION);
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['D22', 'error']]);
    expect(hits[0].message).toBe('三级指标「研究成果验收通过率」没有填写指标值');
    expect(of(findings(spec), 'value.missing-period', DECISION)).toEqual([]);
    expect(of(findings(spec), 'value.missing-annual', DECISION)).toEqual([]);
    expect(of(findings(spec, 'en'), 'structure.no-value', DECISION)[0].message).toBe('The indicator 「研究成果验收通过率」 has no target');
  });

  it('uses no-value, never missing-period, on a single-target layout', () => {
    const spec = sheetSpec('项目', [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '补助人数', ''],
      ['', '质量指标', '补助发放率', '100%'],
    ]);
    const list = findings(spec);
    expect(of(list, 'structure.no-value').map((f) => f.cell)).toEqual(['C2']);
    expect(of(list, 'value.missing-period')).toEqual([]);
    expect(of(list, 'value.missing-annual')).toEqual([]);
  });
});

describe('structure.duplicate', () => {
  it('warns on the second occurrence and points at the first', () => {
    const spec = edit(put(DECISION, 'D23', '调研课题完成率 '));
    const hits = of(findings(spec), 'structure.duplicate', DECISION);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'D23', severity: 'warning', related: ['D21'] });
    expect(hits[0].message).toBe('三级指标「调研课题完成率」在本表中重复出现（第一次在D21）');
    expect(of(findings(spec, 'en'), 'structure.duplicate', DECISION)[0].message).toContain('appears twice');
  });
});

describe('structure.placeholder', () => {
  it('warns on a name prefixed 指标1: and suggests the name without it', () => {
    const spec = edit(put(DECISION, 'D20', '指标1:配合完成专家在惠调研相关工作'));
    const hits = of(findings(spec), 'structure.placeholder', DECISION);
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['D20', 'warning']]);
    expect(hits[0].message).toBe('三级指标名称前留有表样的编号“指标1:”');
    expect(hits[0].suggestion).toBe('去掉编号，如写成“配合完成专家在惠调研相关工作”');
    expect(of(findings(spec, 'en'), 'structure.placeholder', DECISION)[0].suggestion).toBe('Drop the numbering, e.g. “配合完成专家在惠调研相关工作”');
  });

  it('warns on a template row left unfilled and on a placeholder value', () => {
    const spec = edit(put(DECISION, 'D26', '指标2:'), put(DECISION, 'F19', 'XX项'));
    const list = findings(spec);
    const hits = of(list, 'structure.placeholder', DECISION);
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([['F19', 'warning'], ['D26', 'warning']]);
    expect(hits[1].message).toBe('表样的占位内容“指标2:”没有替换或删除');
    // The placeholder is the finding; a "qualitative value" warning on top would only repeat it.
    expect(of(list, 'value.qualitative-for-quantity', DECISION)).toEqual([]);
  });
});

describe('messages', () => {
  it('are Chinese by default and English with lang en', () => {
    const spec = edit(clear(DECISION, 'D22'), put(DECISION, 'D20', '指标1:配合完成专家在惠调研相关工作'));
    for (const f of findings(spec).filter((x) => x.rule.startsWith('structure.'))) expect(f.message).toMatch(CJK);
    for (const f of findings(spec, 'en').filter((x) => x.rule.startsWith('structure.'))) {
      expect(f.message).toMatch(/^[A-Z“]/);
      expect(f.basis).toMatch(/^[A-Za-z]/);
    }
  });
});

describe('structure.no-table', () => {
  it('warns on a project form whose indicator table cannot be found, at its first label', () => {
    const rows: Record<string, { value: string }> = {
      A1: { value: '项目名称' }, B1: { value: '示例项目' },
      A2: { value: '项目类型' }, B2: { value: '其他' },
      A4: { value: '指标' }, B4: { value: '目标' },
      A5: { value: '培训人数' }, B5: { value: '≥300人' },
    };
    const snapshot = specToSnapshot({ sheets: [{ name: '表', cells: rows, merges: [], columnWidths: {}, validations: [] }] });
    const hits = checkWorkbook(snapshot, { lang: 'zh' }).findings.filter((f) => f.rule === 'structure.no-table');
    expect(hits.map((f) => [f.sheet, f.cell, f.severity])).toEqual([['表', 'A1', 'warning']]);
    expect(hits[0].message).toBe('本表未找到绩效指标表（含“一级指标”“二级指标”“三级指标”和指标值的表头），指标未能检查');
  });

  it('does not fire on the seed, whose ten forms all have their tables', () => {
    const findings = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' }).findings;
    expect(findings.filter((f) => f.rule === 'structure.no-table')).toEqual([]);
  });
});
