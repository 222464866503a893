import { checkWorkbook } from '../../src/engine/check';
import type { Change, Finding, SheetSpec, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { HostError, type WorkbookHost } from '../../src/host/workbookHost';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { setCell } from '../../src/sample/variants';
import { DEPARTMENT_SHEET, exampleSpec } from '../../src/sandbox/examples';
import { MemoryWorkbook } from '../../src/sandbox/memoryWorkbook';
import { createSandboxHost } from '../../src/sandbox/sandboxHost';
import { simWorkbookFromSpec } from '../../src/excel-sim';

const PROJECT = '市政府办宣传办刊及慰问经费';

function setup(spec: WorkbookSpec = seedWorkbookSpec()): { workbook: MemoryWorkbook; host: WorkbookHost } {
  const workbook = new MemoryWorkbook(spec);
  return { workbook, host: createSandboxHost(workbook) };
}

/** A seed whose department sheet has cells with fills and font colours of their own. */
function styledSeed(): WorkbookSpec {
  let spec = seedWorkbookSpec();
  spec = setCell(spec, DEPARTMENT_SHEET, 'B5', { value: '基本支出', style: { fill: '#00FF00', fontColor: '#FF0000', bold: true } });
  spec = setCell(spec, DEPARTMENT_SHEET, 'C5', { value: 6336.55, numFmt: '#,##0.00', style: { fill: '#123456' } });
  return spec;
}

function finding(sheet: string, cell: string, severity: Finding['severity'], rule = 'r'): Finding {
  return { sheet, cell, severity, rule, message: 'm' };
}

async function refusal(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a HostError, but the call succeeded');
}

describe('the sandbox host', () => {
  it('is a sandbox with every capability', () => {
    const { host } = setup();
    expect(host.kind).toBe('sandbox');
    expect(host.capabilities()).toEqual({ dataValidation: true, mergedAreas: true });
  });

  it('reads the seed exactly as specToSnapshot describes it, reporting progress per sheet', async () => {
    const { host } = setup();
    const progress: [number, number][] = [];
    const snapshot = await host.readSnapshot((done, total) => progress.push([done, total]));
    expect(snapshot).toEqual(specToSnapshot(seedWorkbookSpec()));
    expect(snapshot.sheets).toHaveLength(10);
    expect(progress).toEqual([
      [0, 10],
      [10, 10],
    ]);
  });

  it('never changes the spec it was opened with', async () => {
    const spec = seedWorkbookSpec();
    const { host } = setup(spec);
    await host.applyPlan([{ sheet: DEPARTMENT_SHEET, cell: 'E5', before: 6904.16, after: 1, reason: '', relation: '' }]);
    expect(spec.sheets[0].cells.E5.value).toBe(6904.16);
  });
});

describe('highlights', () => {
  it("show each cell at its worst finding and clearing restores the cells' own fills exactly", async () => {
    const spec = styledSeed();
    const { workbook, host } = setup(spec);
    const before = workbook.spec();
    const { findings } = checkWorkbook(specToSnapshot(spec), { lang: 'zh' });
    await host.applyHighlights([...findings, finding(DEPARTMENT_SHEET, 'B5', 'error'), finding(DEPARTMENT_SHEET, '$c$5', 'info')]);

    expect(workbook.highlightOf(PROJECT, 'E24')).toBe('warning'); // value.rate-as-time (warning)
    expect(workbook.highlightOf(PROJECT, 'B25')).toBe('error');
    expect(workbook.highlightOf(DEPARTMENT_SHEET, 'B5')).toBe('error');
    expect(workbook.highlightOf(DEPARTMENT_SHEET, 'C5')).toBe('info');
    expect(workbook.highlightOf(PROJECT, 'A1')).toBeUndefined();
    // The cells' own styles are untouched while highlighted…
    expect(workbook.spec()).toEqual(before);
    expect(workbook.sheet(DEPARTMENT_SHEET)?.cells.B5.style).toEqual({ fill: '#00FF00', fontColor: '#FF0000', bold: true });

    await host.clearHighlights();
    // …and after clearing, nothing is highlighted and every cell is as it was.
    expect(workbook.highlights().size).toBe(0);
    expect(workbook.spec()).toEqual(before);
  });

  it('replaces the previous highlights, as the Excel adapter does', async () => {
    const { workbook, host } = setup();
    await host.applyHighlights([finding(PROJECT, 'E24', 'warning')]);
    await host.applyHighlights([finding(PROJECT, 'F24', 'info')]);
    expect(Object.fromEntries(workbook.highlights())).toEqual({ [`${PROJECT}!F24`]: 'info' });
  });

  it('refuses a finding on a sheet that does not exist, highlighting nothing', async () => {
    const { workbook, host } = setup();
    const error = await refusal(host.applyHighlights([finding(PROJECT, 'E24', 'warning'), finding('没有这张表', 'A1', 'error')]));
    expect(error.zh).toBe('标出问题单元格失败：找不到工作表或单元格（可能已改名或删除）');
    expect(workbook.highlights().size).toBe(0);
  });

  it('tells the grid each time something changes', async () => {
    const { workbook, host } = setup();
    const seen: number[] = [];
    const unsubscribe = workbook.subscribe(() => seen.push(workbook.version));
    await host.applyHighlights([finding(PROJECT, 'E24', 'warning')]);
    await host.clearHighlights();
    unsubscribe();
    await host.select(PROJECT, 'A1');
    expect(seen).toEqual([1, 2]);
  });
});

describe('select', () => {
  it('records the cell, normalised, and switches to its sheet', async () => {
    const { workbook, host } = setup();
    expect(workbook.activeSheet).toBe(DEPARTMENT_SHEET);
    await host.select(PROJECT, '$e$24');
    expect(workbook.selected).toEqual({ sheet: PROJECT, cell: 'E24' });
    expect(workbook.activeSheet).toBe(PROJECT);
  });

  it('refuses an unknown sheet or an address that is not a cell, selecting nothing', async () => {
    const { workbook, host } = setup();
    expect((await refusal(host.select('没有这张表', 'A1'))).en).toBe('Selecting the cell failed: a sheet or cell was not found (renamed or deleted?)');
    expect((await refusal(host.select(PROJECT, 'E24:'))).en).toBe('Selecting the cell failed: an address or value is invalid');
    expect(workbook.selected).toBeNull();
    expect(workbook.activeSheet).toBe(DEPARTMENT_SHEET);
  });
});

describe('applyPlan and undo', () => {
  const plan = (before: number, after: number): Change[] => [
    { sheet: DEPARTMENT_SHEET, cell: 'E5', before, after, reason: '财政拨款', relation: '收支平衡' },
    { sheet: DEPARTMENT_SHEET, cell: 'E8', before, after, reason: '合计', relation: '收支平衡' },
  ];
  const textAt = (workbook: MemoryWorkbook, cell: string) => {
    const sheet = workbook.snapshot().sheets[0];
    const { row, col } = { row: Number(cell.slice(1)), col: cell.charCodeAt(0) - 64 };
    return sheet.text[row - sheet.origin.row][col - sheet.origin.col];
  };

  it('writes every change, keeping the number format, and undo puts the values back', async () => {
    const { workbook, host } = setup(exampleSpec('unbalanced'));
    expect(await host.canUndoPlan()).toBe(false);
    expect(await host.applyPlan(plan(6904.16, 6936.55))).toEqual({ written: 2 });
    expect(workbook.valueAt(DEPARTMENT_SHEET, 'E5')).toBe(6936.55);
    expect(workbook.valueAt(DEPARTMENT_SHEET, 'E8')).toBe(6936.55);
    expect(textAt(workbook, 'E5')).toBe('6,936.55');
    expect(workbook.sheet(DEPARTMENT_SHEET)?.cells.E8).toEqual({ value: 6936.55, numFmt: '#,##0.00' });
    expect(await host.canUndoPlan()).toBe(true);

    expect(await host.undoPlan()).toBe(true);
    expect(workbook.valueAt(DEPARTMENT_SHEET, 'E5')).toBe(6904.16);
    expect(textAt(workbook, 'E8')).toBe('6,904.16');
    expect(workbook.spec()).toEqual(exampleSpec('unbalanced'));
    expect(await host.canUndoPlan()).toBe(false);
    expect(await host.undoPlan()).toBe(false);
  });

  it('refuses the whole plan, writing nothing, when one target no longer holds its before', async () => {
    const { workbook, host } = setup();
    const changes = plan(6904.16, 6936.55);
    changes[1] = { ...changes[1], before: 7000 };
    const error = await refusal(host.applyPlan(changes));
    expect(error.zh).toBe(`${DEPARTMENT_SHEET}!E8 已被修改（现为 6904.16，检查时为 7000），未写入任何单元格`);
    expect(workbook.spec()).toEqual(seedWorkbookSpec());
    expect(await host.canUndoPlan()).toBe(false);
  });

  it('refuses a cell named twice, a formula cell and a missing sheet', async () => {
    let spec = seedWorkbookSpec();
    spec = setCell(spec, DEPARTMENT_SHEET, 'C8', { value: 6904.16, formula: '=C5+C6', numFmt: '#,##0.00' });
    const { workbook, host } = setup(spec);
    const one = plan(6904.16, 1)[0];
    expect((await refusal(host.applyPlan([one, { ...one, cell: 'e5' }]))).en).toBe(`${DEPARTMENT_SHEET}!e5 appears twice in the plan; nothing was written`);
    expect((await refusal(host.applyPlan([one, { ...one, cell: 'C8' }]))).en).toBe(`${DEPARTMENT_SHEET}!C8 holds a formula =C5+C6; nothing was written`);
    expect((await refusal(host.applyPlan([{ ...one, sheet: 'Gone' }]))).en).toBe('Applying the plan failed: a sheet or cell was not found (renamed or deleted?)');
    expect(workbook.spec()).toEqual(spec);
  });

  it('refuses to undo over a cell the user changed since in Excel, changing nothing', async () => {
    const workbook = new MemoryWorkbook(seedWorkbookSpec());
    const excel = simWorkbookFromSpec(seedWorkbookSpec());
    const host = createSandboxHost(workbook, undefined, excel);
    await host.applyPlan(plan(6904.16, 6936.55));
    excel.userType(DEPARTMENT_SHEET, 'E8', 1);
    const error = await refusal(host.undoPlan());
    expect(error.en).toBe(`${DEPARTMENT_SHEET}!E8 has changed (now 1, was 6936.55 when checked); nothing was written`);
    expect(workbook.valueAt(DEPARTMENT_SHEET, 'E5')).toBe(6936.55);
    expect(await host.canUndoPlan()).toBe(true);
  });

  it('compares text without surrounding spaces, as in Excel', async () => {
    const { workbook, host } = setup();
    await host.applyPlan([{ sheet: DEPARTMENT_SHEET, cell: 'B5', before: ' 基本支出 ', after: '基本支出（调整）', reason: '', relation: '' }]);
    expect(workbook.valueAt(DEPARTMENT_SHEET, 'B5')).toBe('基本支出（调整）');
  });
});

describe('createSheet', () => {
  const sheet = (name: string): SheetSpec => ({
    name,
    cells: { A1: { value: '项目绩效目标表' }, A2: { value: '项目名称' }, B2: { value: '测试项目' } },
    merges: ['A1:D1'],
    columnWidths: { A: 16 },
    validations: [],
  });

  it('adds the sheet as the last tab and shows it', async () => {
    const { workbook, host } = setup();
    const spec = sheet('新项目');
    await host.createSheet(spec);
    spec.cells.B2.value = 'changed afterwards';
    expect(workbook.sheets.map((s) => s.name).slice(-2)).toEqual(['政策性农村住房保险保费补贴资金', '新项目']);
    expect(workbook.activeSheet).toBe('新项目');
    expect(workbook.valueAt('新项目', 'B2')).toBe('测试项目');
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets[10].merges).toEqual(['A1:D1']);
  });

  it('refuses a duplicate name, in any case, and names Excel refuses; nothing is added', async () => {
    const { workbook, host } = setup();
    await host.createSheet(sheet('Project'));
    expect((await refusal(host.createSheet(sheet('PROJECT')))).en).toBe('A sheet named "PROJECT" already exists; nothing was created');
    expect((await refusal(host.createSheet(sheet(PROJECT)))).zh).toBe(`已有名为“${PROJECT}”的工作表，未新建`);
    for (const bad of ['', '   ', 'a'.repeat(32), 'a/b', 'a[1]', 'x?', "'quoted'"]) {
      await expect(host.createSheet(sheet(bad))).rejects.toThrow(HostError);
    }
    expect(workbook.sheets).toHaveLength(11);
    await host.createSheet(sheet('a'.repeat(31)));
    expect(workbook.sheets).toHaveLength(12);
  });
});

describe('ignored findings', () => {
  it('are kept in memory as copies', async () => {
    const { host } = setup();
    expect(await host.loadIgnored()).toEqual([]);
    const ignored = [{ sheet: PROJECT, cell: 'E24', rule: 'value.rate-as-time', reason: '时限指标' }];
    await host.saveIgnored(ignored);
    ignored[0].reason = 'changed';
    expect(await host.loadIgnored()).toEqual([{ sheet: PROJECT, cell: 'E24', rule: 'value.rate-as-time', reason: '时限指标' }]);
  });
});

describe('ignored findings in the very hidden sheet budget-check, as in Excel', () => {
  const E24 = { sheet: PROJECT, cell: 'E24', rule: 'value.rate-as-time', reason: '时限指标' };
  const B25 = { sheet: PROJECT, cell: 'B25', rule: 'structure.no-name', reason: '=原表如此' };

  it('are rows under the titles, first-ignored times kept; the sheet is neither shown nor read', async () => {
    const workbook = new MemoryWorkbook(seedWorkbookSpec());
    let now = new Date('2026-03-05T14:07:00');
    const host = createSandboxHost(workbook, () => now);
    await host.saveIgnored([E24]);
    now = new Date('2026-03-06T09:30:00');
    await host.saveIgnored([E24, B25]);

    const hidden = workbook.hiddenSheet('budget-check');
    const cells = Object.fromEntries(Object.entries(hidden?.cells ?? {}).map(([a, c]) => [a, c.value]));
    expect(cells).toEqual({
      A1: '工作表', B1: '单元格', C1: '规则', D1: '原因', E1: '时间',
      A2: PROJECT, B2: 'E24', C2: 'value.rate-as-time', D2: '时限指标', E2: '2026-03-05 14:07',
      A3: PROJECT, B3: 'B25', C3: 'structure.no-name', D3: '=原表如此', E3: '2026-03-06 09:30',
    });
    expect(hidden?.cells.D3.formula).toBeUndefined();
    expect(await host.loadIgnored()).toEqual([E24, B25]);
    expect(workbook.sheets.map((s) => s.name)).not.toContain('budget-check');
    expect(workbook.spec().sheets.map((s) => s.name)).not.toContain('budget-check');
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).not.toContain('budget-check');

    await host.saveIgnored([]);
    expect(await host.loadIgnored()).toEqual([]);
    expect(Object.keys(workbook.hiddenSheet('budget-check')?.cells ?? {})).toEqual(['A1', 'B1', 'C1', 'D1', 'E1']);
  });

  it('take the name: a new sheet may not be called budget-check', async () => {
    const { host } = setup();
    await host.saveIgnored([E24]);
    const spec: SheetSpec = { name: 'Budget-Check', cells: {}, merges: [], columnWidths: {}, validations: [] };
    expect((await refusal(host.createSheet(spec))).zh).toBe('已有名为“Budget-Check”的工作表，未新建');
  });
});

describe('column roles the user set, in G:J of the very hidden sheet budget-check, as in Excel', () => {
  it('are rows under their titles beside the ignored findings; the sheet is neither shown nor read', async () => {
    const workbook = new MemoryWorkbook(seedWorkbookSpec());
    const host = createSandboxHost(workbook, () => new Date('2026-03-05T14:07:00'));
    const ignored = { sheet: PROJECT, cell: 'E24', rule: 'value.rate-as-time', reason: '时限指标' };
    const role = { sheet: PROJECT, column: 'E', role: 'annual' as const, header: '年度指标值' };
    await host.saveIgnored([ignored]);
    await host.saveColumnRoles([role]);

    const cells = Object.fromEntries(Object.entries(workbook.hiddenSheet('budget-check')?.cells ?? {}).map(([a, c]) => [a, c.value]));
    expect(cells).toEqual({
      A1: '工作表', B1: '单元格', C1: '规则', D1: '原因', E1: '时间',
      A2: PROJECT, B2: 'E24', C2: 'value.rate-as-time', D2: '时限指标', E2: '2026-03-05 14:07',
      G1: '工作表', H1: '列', I1: '用途', J1: '表头',
      G2: PROJECT, H2: 'E', I2: 'annual', J2: '年度指标值',
    });
    expect(await host.loadColumnRoles()).toEqual([role]);
    expect(await host.loadIgnored()).toEqual([ignored]);
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).not.toContain('budget-check');

    await host.saveColumnRoles([]);
    expect(await host.loadColumnRoles()).toEqual([]);
    expect(await host.loadIgnored()).toEqual([ignored]);
  });
});
