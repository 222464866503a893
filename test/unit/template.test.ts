import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import { readSheet } from '../../src/engine/layout/readSheet';
import { adjustedSheetName, legalSheetName, NewProjectInputSchema, SheetSpecSchema, type NewProjectInput, type SheetSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import {
  budgetYearFor,
  CANONICAL_TREE,
  copyableProjectSheets,
  describeIssues,
  planNewProject,
  VALUE_PROMPT,
  type NewProjectResult,
} from '../../src/engine/templates';
import { addSheet } from '../../src/cli/xlsxWrite';
import { snapshotFromExcelJs } from '../../src/cli/xlsxRead';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { mergedVariant } from '../../src/sample/variants';

const INPUT: NewProjectInput = { name: '援派干部经费（2027）', amount: '115,200.50', start: '2023', end: '2099年', unit: '惠州市人民政府办公室' };

function specOf(result: NewProjectResult): SheetSpec {
  if (!result.ok) throw new Error(result.errors.map((e) => e.zh).join('; '));
  return result.spec;
}

function generated(input: NewProjectInput = INPUT): SheetSpec {
  return specOf(planNewProject(input, null, 2025));
}

function readGenerated(spec: SheetSpec) {
  return readSheet(specToSnapshot({ sheets: [spec] }).sheets[0]);
}

const EXPECTED_LEVEL_ROWS = CANONICAL_TREE.flatMap((g) => g.level2.map((level2) => [g.level1, level2]));

describe('the default 项目绩效目标表', () => {
  it('is a valid SheetSpec named as typed, with the title, labels and an amount in 元', () => {
    const spec = generated();
    expect(SheetSpecSchema.parse(spec)).toEqual(spec);
    expect(spec.name).toBe('援派干部经费（2027）');
    expect(spec.cells.A1.value).toBe('项目绩效目标表');
    expect(['A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'B7', 'D7', 'A8', 'A9', 'A10', 'A11', 'B11', 'B13'].map((a) => spec.cells[a].value)).toEqual([
      '项目名称', '项目类型', '项目等级', '省级主管部门', '用款单位', '实施周期', '起始年度', '到期年度',
      '2026年预算金额（元）', '设立依据', '项目概述', '总体绩效目标', '实施周期总目标', '2026年度目标',
    ]);
    expect(['A15', 'B15', 'C15', 'D15', 'E15', 'F15'].map((a) => spec.cells[a].value)).toEqual([
      '绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '当年度指标值',
    ]);
    expect(spec.cells.B8).toMatchObject({ value: 115200.5, numFmt: '#,##0.00' });
    expect(spec.merges).toEqual(expect.arrayContaining(['A1:F1', 'B2:F2', 'E7:F7', 'B8:F8', 'A11:A14', 'A15:A25', 'B16:B18', 'B19:B21', 'B22:B24']));
    expect(spec.printArea).toBe('A1:F25');
    expect(spec.columnWidths).toEqual({ A: 14, B: 14, C: 20, D: 36, E: 18, F: 18 });
    expect(spec.cells.D20.style?.border).toBe(true);
  });

  it('reads back as a project with the given header fields and every canonical level row', () => {
    const { model, categories, placeholders } = readGenerated(generated());
    expect(model.kind).toBe('project');
    const value = (key: string) => model.header[key]?.value;
    expect([value('项目名称'), value('起始年度'), value('到期年度'), value('用款单位')]).toEqual([
      '援派干部经费（2027）', '2023年', '2099年', '惠州市人民政府办公室',
    ]);
    expect(model.header['项目名称'].cell).toBe('B2');
    expect(model.header['年度预算金额']).toMatchObject({
      cell: 'B8',
      value: '115,200.50',
      year: 2026,
      amount: { value: '115200.5', unit: '元', unitInferred: false },
    });
    expect(model.categories.map((c) => [c.level1, c.level2])).toEqual(EXPECTED_LEVEL_ROWS);
    expect(model.categories.map((c) => c.row)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(model.categories[4].cells).toEqual({ level1: 'B19', level2: 'C20' });
    expect(categories.every((c) => !c.shifted)).toBe(true);
    expect(model.indicators).toEqual([]);
    expect(placeholders).toEqual([]);
    expect(model.table).toMatchObject({
      headerRow: 15,
      firstRow: 16,
      lastRow: 25,
      columns: { label: 1, level1: 2, level2: 3, level3: 4, periodValue: 5, annualValue: 6 },
      foundBy: 'header',
    });
    // An empty template's columns rest on their header words: sure, with nothing to contradict them.
    expect(model.table?.roles?.map((r) => [r.column, r.role, r.source, r.confidence])).toEqual([
      ['A', 'label', 'header', 0.9],
      ['B', 'level1', 'header+content', 0.95],
      ['C', 'level2', 'header+content', 0.95],
      ['D', 'level3', 'header', 0.9],
      ['E', 'period', 'header', 0.9],
      ['F', 'annual', 'header', 0.9],
    ]);
  });

  it('leaves the optional fields empty when they are not given', () => {
    const { model } = readGenerated(generated({ name: '新项目' }));
    expect(model.header['用款单位'].value).toBe('');
    expect(model.header['起始年度'].value).toBe('');
    expect(model.header['年度预算金额'].value).toBe('');
    expect(model.header['年度预算金额'].year).toBe(2026);
  });

  it('has a dropdown of the four 一级 and, per group, of that 一级’s 二级', () => {
    const spec = generated();
    expect(spec.validations.map((v) => [v.range, v.list])).toEqual([
      ['B16:B25', ['成本指标', '产出指标', '效益指标', '满意度指标']],
      ['C16:C18', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
      ['C19:C21', ['数量指标', '质量指标', '时效指标']],
      ['C22:C24', ['经济效益指标', '社会效益指标', '生态效益指标']],
      ['C25', ['服务对象满意度指标']],
    ]);
    expect(spec.prompts?.map((p) => p.range)).toEqual(['D16:D25', 'E16:F25']);
    const valuePrompt = spec.prompts?.find((p) => p.range === 'E16:F25');
    expect(valuePrompt?.message).toContain('≥90%');
    expect(valuePrompt?.message).toContain('2项');
    expect(valuePrompt?.message).toContain('“5天内”请写作“≤5天”');
    expect(valuePrompt?.message).toContain('按规定标准发放');
    // Excel's limits: list sources ≤ 255 characters, prompt titles ≤ 32, messages ≤ 255.
    for (const v of spec.validations) expect((v.list as string[]).join(',').length).toBeLessThanOrEqual(255);
    for (const p of [...(spec.prompts ?? []), ...spec.validations.map((v) => v.prompt!)]) {
      expect(p.title.length).toBeLessThanOrEqual(32);
      expect(p.message.length).toBeLessThanOrEqual(255);
    }
    expect(VALUE_PROMPT.message.length).toBeLessThanOrEqual(255);
  });

  it('keeps its dropdowns and input messages through an exceljs write and read', async () => {
    const spec = generated();
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, spec);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const ws = reread.getWorksheet(spec.name)!;
    expect(ws.getCell('B20').dataValidation).toMatchObject({ type: 'list', formulae: ['"成本指标,产出指标,效益指标,满意度指标"'] });
    expect(ws.getCell('C17').dataValidation).toMatchObject({ type: 'list', formulae: ['"经济成本指标,社会成本指标,生态环境成本指标"'] });
    expect(ws.getCell('C25').dataValidation).toMatchObject({ type: 'list', formulae: ['"服务对象满意度指标"'] });
    expect(ws.getCell('F25').dataValidation).toMatchObject({ showInputMessage: true, promptTitle: VALUE_PROMPT.title, prompt: VALUE_PROMPT.message });
    expect(ws.getCell('G16').dataValidation).toBeUndefined();
    expect(ws.getCell('C26').dataValidation).toBeUndefined();
    // The file reads back to the same model as the spec itself.
    const fromFile = readSheet(snapshotFromExcelJs(reread).sheets[0]).model;
    expect(fromFile).toEqual(readGenerated(spec).model);
    expect(ws.getCell('B8').numFmt).toBe('#,##0.00');
  });

  it('is checked with only missing-content findings', () => {
    const snapshot = specToSnapshot({ sheets: [generated()] });
    const { findings } = checkWorkbook(snapshot, { lang: 'zh' });
    const unexpected = findings.filter((f) => !/missing|no-value|required-empty/.test(f.rule));
    expect(unexpected).toEqual([]);
    // The empty template is not "clean": the checker asks for what is still to be filled in.
    expect(findings.some((f) => f.rule === 'project.required-empty' && f.cell === 'B12')).toBe(true);
  });
});

describe('the new-project inputs', () => {
  const errorsOf = (input: NewProjectInput, existing: string[] = []) => {
    const snapshot = existing.length ? specToSnapshot({ sheets: existing.map((name) => ({ name, cells: { A1: { value: 'x' } }, merges: [], columnWidths: {}, validations: [] })) }) : null;
    const result = planNewProject(input, snapshot, 2025);
    if (result.ok) throw new Error('expected a refusal');
    return result.errors;
  };

  it('requires the project name', () => {
    expect(errorsOf({ name: '  ' })).toEqual([{ field: 'name', zh: '请填写项目名称', en: 'Enter the project name' }]);
  });

  it('refuses a given sheet name over 31 characters and takes 31', () => {
    const long = '项'.repeat(32);
    expect(errorsOf({ name: '甲', sheetName: long })).toEqual([{
      field: 'sheetName',
      zh: `工作表名称“${long}”有 32 个字符，Excel 最多允许 31 个；请另给一个较短的工作表名称`,
      en: `The sheet name “${long}” has 32 characters; Excel allows at most 31, so give a shorter sheet name`,
    }]);
    expect(planNewProject({ name: '甲', sheetName: '项'.repeat(31) }, null, 2025).ok).toBe(true);
    // A long project name fits under a shorter sheet name.
    const named = specOf(planNewProject({ name: long, sheetName: '短名' }, null, 2025));
    expect([named.name, named.cells.B2.value]).toEqual(['短名', long]);
  });

  it('names the sheet after a long project name cut to 31 characters, and keeps the whole name in 项目名称', () => {
    const long = '项'.repeat(40);
    const spec = specOf(planNewProject({ name: long }, null, 2025));
    expect([spec.name, spec.cells.B2.value]).toEqual(['项'.repeat(31), long]);
    expect(adjustedSheetName({ name: long })).toBe('项'.repeat(31));
    // Never half of a character outside the BMP.
    expect(legalSheetName(`${'项'.repeat(30)}𠀀`)).toBe('项'.repeat(30));
  });

  it.each([
    ['[', '【'], [']', '】'], [':', '：'], ['*', '＊'], ['?', '？'], ['/', '／'], ['\\', '＼'],
  ])('makes %s in a project name its full-width form in the sheet name', (ch, wide) => {
    const spec = specOf(planNewProject({ name: `项目${ch}甲` }, null, 2025));
    expect([spec.name, spec.cells.B2.value]).toEqual([`项目${wide}甲`, `项目${ch}甲`]);
    expect(adjustedSheetName({ name: `项目${ch}甲` })).toBe(`项目${wide}甲`);
    expect(adjustedSheetName({ name: `项目${ch}甲`, sheetName: '乙' })).toBeNull();
    expect(adjustedSheetName({ name: '项目甲' })).toBeNull();
  });

  it.each(['[', ']', ':', '*', '?', '/', '\\'])('refuses %s in a given sheet name', (ch) => {
    expect(errorsOf({ name: '甲', sheetName: `项目${ch}甲` })[0]).toMatchObject({ field: 'sheetName', zh: `工作表名称“项目${ch}甲”不能含有 [ ] : * ? / \\ 这些字符` });
  });

  it('refuses a sheet name the workbook has, in any case', () => {
    expect(errorsOf({ name: 'Alpha' }, ['alpha'])).toEqual([{
      field: 'name',
      zh: '工作簿中已有名为“Alpha”的工作表，请换一个名称',
      en: 'The workbook already has a sheet named “Alpha”; choose another name',
    }]);
  });

  it('refuses negative, non-numeric and sub-fen amounts', () => {
    expect(errorsOf({ name: '甲', amount: '-100' })).toEqual([{ field: 'amount', zh: '金额不能为负数（-100）', en: 'The amount may not be negative (-100)' }]);
    expect(errorsOf({ name: '甲', amount: '十万' })[0].zh).toBe('金额“十万”不是数字，请填写以元为单位的金额，如 115200 或 115,200.00');
    expect(errorsOf({ name: '甲', amount: '1.234' })[0].zh).toBe('金额“1.234”最多保留两位小数（到分）');
    expect(specOf(planNewProject({ name: '甲', amount: '0' }, null, 2025)).cells.B8.value).toBe(0);
  });

  it('refuses an end year before the start year and years that are not four digits', () => {
    expect(errorsOf({ name: '甲', start: '2025', end: '2024' })).toEqual([{
      field: 'end',
      zh: '到期年度（2024）早于起始年度（2025）',
      en: 'The end year (2024) is before the start year (2025)',
    }]);
    expect(errorsOf({ name: '甲', start: '25' })).toEqual([{
      field: 'start',
      zh: '起始年度“25”不是四位年份，请填写如 2026',
      en: 'The start year “25” is not a four-digit year; enter e.g. 2026',
    }]);
    expect(planNewProject({ name: '甲', start: '2025', end: '2025' }, null, 2025).ok).toBe(true);
  });

  it('reports every issue of the schema, each on its field', () => {
    const parsed = NewProjectInputSchema.safeParse({ name: '', amount: '-1', start: 'x', end: '1999' });
    expect(parsed.success).toBe(false);
    expect(describeIssues(parsed.error!.issues).map((e) => e.field)).toEqual(['name', 'amount', 'start']);
  });

  it('takes the coming year as the budget year, kept inside the period', () => {
    expect(budgetYearFor({ name: '甲' }, 2025)).toBe(2026);
    expect(budgetYearFor({ name: '甲', start: '2028' }, 2025)).toBe(2028);
    expect(budgetYearFor({ name: '甲', start: '2020', end: '2024' }, 2025)).toBe(2024);
    expect(budgetYearFor({ name: '甲', budgetYear: '2030' }, 2025)).toBe(2030);
  });
});

describe('copy from an existing project sheet', () => {
  const seed = mergedVariant(seedWorkbookSpec());
  const snapshot = specToSnapshot(seed);
  const source = seed.sheets.find((s) => s.name === '援派干部经费')!;
  const copyInput: NewProjectInput = { name: '新援派经费', amount: '50000.5', start: '2024', end: '2028', unit: '新单位', budgetYear: '2027', from: '援派干部经费' };

  it('lists the copyable project sheets, not the department form', () => {
    const names = copyableProjectSheets(snapshot);
    expect(names).toHaveLength(9);
    expect(names).not.toContain('部门整体预算绩效目标申报表');
  });

  it('keeps the layout: labels, merges, level names and formats', () => {
    const spec = specOf(planNewProject(copyInput, snapshot, 2025));
    expect(spec.name).toBe('新援派经费');
    expect([...spec.merges].sort()).toEqual([...source.merges].sort());
    for (const address of ['A1', 'A2', 'A3', 'A7', 'B7', 'D7', 'A9', 'A11', 'B11', 'A15', 'D15', 'B16', 'C16', 'B19', 'C21', 'C24', 'B27', 'C27']) {
      expect([address, spec.cells[address].value]).toEqual([address, source.cells[address].value]);
    }
    expect(spec.cells.B8.numFmt).toBe('#,##0.00'); // the source's "0" would show 50000.5 as 50001
  });

  it('clears the header values, the 三级 names and the targets, then fills the inputs', () => {
    const spec = specOf(planNewProject(copyInput, snapshot, 2025));
    for (const address of ['B3', 'B4', 'B5', 'B9', 'B12', 'B14', 'D19', 'E19', 'F19', 'D20', 'F20', 'D21', 'E22', 'F23']) {
      expect([address, spec.cells[address]?.value ?? '']).toEqual([address, '']);
    }
    expect([spec.cells.B2.value, spec.cells.B6.value, spec.cells.C7.value, spec.cells.E7.value]).toEqual(['新援派经费', '新单位', '2024年', '2028年']);
    expect([spec.cells.A8.value, spec.cells.B8.value, spec.cells.B13.value]).toEqual(['2027年预算金额', 50000.5, '2027年度目标']);

    const { model } = readSheet(specToSnapshot({ sheets: [spec] }).sheets[0]);
    expect(model.kind).toBe('project');
    expect(model.header['项目名称'].value).toBe('新援派经费');
    expect(model.header['年度预算金额']).toMatchObject({ year: 2027, amount: { value: '50000.5', unit: '元' } });
    expect(model.indicators).toEqual([]);
    expect(model.categories.map((c) => c.level2Raw)).toEqual(expect.arrayContaining(['经济成本指标', '数量指标', '质量指标', '时效指标', '经济效益', '服务对象满意度']));
  });

  it('gives the copied table the dropdowns of its own groups', () => {
    const spec = specOf(planNewProject(copyInput, snapshot, 2025));
    expect(spec.validations.map((v) => v.range)).toEqual(['B16:B27', 'C16:C18', 'C19:C23', 'C24:C26', 'C27']);
    expect(spec.validations[3].list).toEqual(['经济效益指标', '社会效益指标', '生态效益指标', '经济效益', '社会效益', '生态效益']);
    expect(spec.prompts?.map((p) => p.range)).toEqual(['D16:D27', 'E16:F27']);
  });

  it('clears the values of rows the reader re-anchored (a shifted source)', () => {
    const spec = specOf(planNewProject({ ...copyInput, from: '市政府办宣传办刊及慰问经费' }, snapshot, 2025));
    const { model } = readSheet(specToSnapshot({ sheets: [spec] }).sheets[0]);
    expect(model.indicators.filter((i) => i.level3 !== '' || i.periodValue !== '' || i.annualValue !== '')).toEqual([]);
    expect(model.header['项目名称'].value).toBe('新援派经费');
  });

  it('refuses a missing sheet and a sheet that is not a project form', () => {
    const missing = planNewProject({ ...copyInput, from: '没有这张表' }, snapshot, 2025);
    expect(missing).toEqual({ ok: false, errors: [{ field: 'from', zh: '找不到要复制的工作表“没有这张表”', en: 'There is no sheet named “没有这张表” to copy from' }] });
    const department = planNewProject({ ...copyInput, from: '部门整体预算绩效目标申报表' }, snapshot, 2025);
    expect(department.ok).toBe(false);
    if (!department.ok) expect(department.errors[0].zh).toBe('工作表“部门整体预算绩效目标申报表”不是项目绩效目标表（没有“项目名称”和指标表），不能复制其格式');
  });
});
