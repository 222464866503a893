// New project sheets with a type: the library's starting set under every required 二级, names only,
// each example shown as the value cells' input message; the sheet checks clean but for values to fill.
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import { readSheet } from '../../src/engine/layout/readSheet';
import { CHOOSABLE_TYPES, LIBRARY, REQUIRED_LEVEL2, starterSet } from '../../src/engine/library';
import { SheetSpecSchema, type NewProjectInput, type SheetSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { planNewProject, VALUE_PROMPT } from '../../src/engine/templates';
import { addSheet } from '../../src/cli/xlsxWrite';
import { snapshotFromExcelJs } from '../../src/cli/xlsxRead';

const BASE: NewProjectInput = { name: '困难职工遗属补助', amount: '7412', start: '2026', end: '2028', unit: '某某局' };

function planned(input: NewProjectInput): SheetSpec {
  const result = planNewProject(input, null, 2025);
  if (!result.ok) throw new Error(result.errors.map((e) => e.zh).join('; '));
  return result.spec;
}

function modelOf(spec: SheetSpec) {
  return readSheet(specToSnapshot({ sheets: [spec] }).sheets[0]).model;
}

describe('the starting set of a project type', () => {
  it.each(CHOOSABLE_TYPES)('%s has at least one indicator under every required 二级', (type) => {
    const set = starterSet(type);
    for (const level2 of REQUIRED_LEVEL2) expect(`${level2}:${set.some((i) => i.level2 === level2)}`).toBe(`${level2}:true`);
    expect(set.length).toBeLessThanOrEqual(14);
  });
});

describe('a new sheet with --type 补助补贴', () => {
  const spec = planned({ ...BASE, type: '补助补贴' });
  const model = modelOf(spec);
  const starting = starterSet('补助补贴');

  it('is a valid sheet listing the starting set by name, with no value written', () => {
    expect(() => SheetSpecSchema.parse(spec)).not.toThrow();
    expect(model.indicators.map((i) => i.level3)).toEqual(starting.map((i) => i.name));
    expect(model.indicators.every((i) => i.periodValue === '' && i.annualValue === '')).toBe(true);
    for (const level2 of REQUIRED_LEVEL2) expect(model.indicators.some((i) => i.level2 === level2)).toBe(true);
    // Every canonical 二级 is still a row of the table, those without a starting indicator empty.
    expect(model.categories.map((c) => c.level2)).toEqual(expect.arrayContaining(['社会成本指标', '生态环境成本指标', '生态效益指标']));
  });

  it('shows each example as its row’s input message, and the general rule on empty rows', () => {
    const first = model.indicators[0];
    const prompt = spec.prompts?.find((p) => p.range === `E${first.row}:F${first.row}`);
    expect(prompt).toMatchObject({ title: '指标值示例' });
    expect(prompt?.message).toContain(`例：${starting[0].example}`);
    expect(spec.prompts?.every((p) => p.message.length <= 255 && p.title.length <= 32)).toBe(true);
    const emptyRow = model.categories.find((c) => c.level2 === '社会成本指标')!.row;
    expect(spec.prompts?.some((p) => p.title === VALUE_PROMPT.title && rangeHolds(p.range, emptyRow))).toBe(true);
    // No cell has two prompts.
    const rows = (spec.prompts ?? []).filter((p) => p.range.startsWith('E')).flatMap((p) => rowsOf(p.range));
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('is checked with no finding but the values still to fill (and the header fields left empty)', () => {
    const { findings } = checkWorkbook(specToSnapshot({ sheets: [spec] }), { lang: 'zh' });
    const unexpected = findings.filter((f) => f.rule !== 'structure.no-value' && f.rule !== 'project.required-empty');
    expect(unexpected).toEqual([]);
    const noValue = findings.filter((f) => f.rule === 'structure.no-value').map((f) => f.cell);
    expect(noValue).toEqual(model.indicators.map((i) => i.cells.level3));
  });

  it('keeps the indicators and example prompts through an exceljs write and read', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, spec);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const ws = reread.getWorksheet(spec.name)!;
    const first = model.indicators[0];
    expect(ws.getCell(`E${first.row}`).dataValidation?.prompt).toContain(starting[0].example);
    expect(readSheet(snapshotFromExcelJs(reread).sheets[0]).model.indicators.map((i) => i.level3)).toEqual(starting.map((i) => i.name));
  });
});

describe('every type’s new sheet', () => {
  it.each(CHOOSABLE_TYPES)('%s: no empty required 二级 and no finding but the values to fill', (type) => {
    const spec = planned({ ...BASE, type });
    const { findings, model } = checkWorkbook(specToSnapshot({ sheets: [spec] }), { lang: 'zh' });
    const indicators = model.sheets[0].indicators;
    for (const level2 of REQUIRED_LEVEL2) expect(`${level2}:${indicators.some((i) => i.level2 === level2)}`).toBe(`${level2}:true`);
    expect(findings.filter((f) => f.rule !== 'structure.no-value' && f.rule !== 'project.required-empty')).toEqual([]);
  });
});

describe('choosing the starting indicators', () => {
  it('lists only the ticked ones (the user unticked the rest)', () => {
    const kept = starterSet('培训').slice(0, 3).map((i) => i.id);
    const model = modelOf(planned({ ...BASE, type: '培训', indicators: kept }));
    expect(model.indicators.map((i) => i.level3)).toEqual(kept.map((id) => LIBRARY.find((i) => i.id === id)!.name));
  });

  it('without a type is the empty template', () => {
    expect(modelOf(planned(BASE)).indicators).toEqual([]);
  });

  it('refuses an unknown type with the types to choose from', () => {
    const result = planNewProject({ ...BASE, type: '火箭' }, null, 2025);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ field: 'type' });
      expect(result.errors[0].zh).toContain('补助补贴');
    }
  });
});

function rowsOf(range: string): number[] {
  const [top, bottom] = range.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')));
  return Array.from({ length: (bottom ?? top) - top + 1 }, (_, i) => top + i);
}

function rangeHolds(range: string, row: number): boolean {
  return rowsOf(range).includes(row);
}
