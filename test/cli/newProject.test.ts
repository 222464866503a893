import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import type { Io } from '../../src/cli/io';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { readSheet } from '../../src/engine/layout/readSheet';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { mergedVariant } from '../../src/sample/variants';
import { writeFixture } from '../fixtures/workbooks';

function recorder(): Io & { outs: string[]; errs: string[] } {
  const outs: string[] = [];
  const errs: string[] = [];
  return { outs, errs, out: (line) => outs.push(line), err: (line) => errs.push(line) };
}

const dir = mkdtempSync(join(tmpdir(), 'budget-check-new-project-'));
let counter = 0;
const outPath = () => join(dir, `out-${++counter}.xlsx`);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell's value, number format and style, by address, for a cell-by-cell comparison. */
function cellsOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const cells: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = JSON.stringify({ value: cell.value, numFmt: cell.numFmt, style: cell.style, type: cell.type });
    });
  });
  return cells;
}

describe('budget-check new-project', () => {
  let seedPath: string;
  beforeAll(async () => {
    seedPath = await writeFixture('new-project-seed', mergedVariant(seedWorkbookSpec()));
  });

  it('writes a new workbook with just the project sheet, read back as a project', async () => {
    const out = outPath();
    const io = recorder();
    const code = await run(['new-project', '--out', out, '--name', '培训经费', '--amount', '80,000', '--start', '2026', '--end', '2028', '--unit', '惠州市人民政府办公室', '--year', '2026'], io);
    expect([code, io.errs]).toEqual([0, []]);
    expect(io.outs).toEqual([`已新建工作表“培训经费”，写入 ${out} / created sheet “培训经费”, wrote ${out}`]);
    const snapshot = await readWorkbookFile(out);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['培训经费']);
    const { model } = readSheet(snapshot.sheets[0]);
    expect(model.kind).toBe('project');
    expect(model.header['项目名称'].value).toBe('培训经费');
    expect(model.header['年度预算金额']).toMatchObject({ label: '2026年预算金额（元）', value: '80,000.00', year: 2026, amount: { value: '80000', unit: '元' } });
    expect([model.header['起始年度'].value, model.header['到期年度'].value, model.header['用款单位'].value]).toEqual(['2026年', '2028年', '惠州市人民政府办公室']);
    expect(model.categories).toHaveLength(10);
    const ws = (await load(out)).getWorksheet('培训经费')!;
    expect(ws.getCell('B17').dataValidation.formulae).toEqual(['"成本指标,产出指标,效益指标,满意度指标"']);
    expect(ws.getCell('C20').dataValidation.formulae).toEqual(['"数量指标,质量指标,时效指标"']);
    expect(ws.getCell('E16').dataValidation).toMatchObject({ type: 'any', showInputMessage: true, promptTitle: '指标值的写法' });
    expect(ws.pageSetup.printArea).toBe('A1:F25');
  });

  it('adds the sheet to a copy of --into and leaves every existing sheet’s cells unchanged', async () => {
    const out = outPath();
    const io = recorder();
    const code = await run(['new-project', '--into', seedPath, '--out', out, '--name', '新项目', '--amount', '1000'], io);
    expect([code, io.errs]).toEqual([0, []]);
    const before = await load(seedPath);
    const after = await load(out);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([...before.worksheets.map((ws) => ws.name), '新项目']);
    for (const ws of before.worksheets) {
      const copy = after.getWorksheet(ws.name)!;
      expect([ws.name, cellsOf(copy)]).toEqual([ws.name, cellsOf(ws)]);
      expect([ws.name, copy.model.merges]).toEqual([ws.name, ws.model.merges]);
      expect([ws.name, copy.columns.map((c) => c.width)]).toEqual([ws.name, ws.columns.map((c) => c.width)]);
    }
    const seedSnapshot = await readWorkbookFile(seedPath);
    const outSnapshot = await readWorkbookFile(out);
    expect(outSnapshot.sheets.slice(0, -1)).toEqual(seedSnapshot.sheets);
  });

  it('--from copies the layout and the look of an existing project sheet and clears its values', async () => {
    const out = outPath();
    const io = recorder();
    const code = await run(['new-project', '--into', seedPath, '--out', out, '--name', '援派干部经费二期', '--from', '援派干部经费', '--start', '2027', '--end', '2029', '--year', '2027'], io);
    expect([code, io.errs]).toEqual([0, []]);
    const snapshot = await readWorkbookFile(out);
    const copy = snapshot.sheets.find((s) => s.name === '援派干部经费二期')!;
    const source = snapshot.sheets.find((s) => s.name === '援派干部经费')!;
    expect(copy.merges).toEqual(source.merges);
    const { model } = readSheet(copy);
    expect(model.header['项目名称'].value).toBe('援派干部经费二期');
    expect(model.header['项目类型'].value).toBe('');
    expect(model.header['年度预算金额'].label).toBe('2027年预算金额');
    expect(model.indicators).toEqual([]);
    expect(copy.text[18].slice(1, 3)).toEqual(['产出指标', '数量指标']); // B19:C19, level names kept
    const ws = (await load(out)).getWorksheet('援派干部经费二期')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 }); // the source title's look
  });

  const refusals: Array<[string, string[], string]> = [
    ['a duplicate sheet name', ['--into', '<seed>', '--name', '援派干部经费'], '工作簿中已有名为“援派干部经费”的工作表，请换一个名称（可用 --sheet 指定工作表名称） / The workbook already has a sheet named “援派干部经费”; choose another name (--sheet names the sheet)'],
    ['a --sheet over 31 characters', ['--name', '甲', '--sheet', '甲'.repeat(32)], `工作表名称“${'甲'.repeat(32)}”有 32 个字符，Excel 最多允许 31 个；请另给一个较短的工作表名称（可用 --sheet 指定工作表名称） / The sheet name “${'甲'.repeat(32)}” has 32 characters; Excel allows at most 31, so give a shorter sheet name (--sheet names the sheet)`],
    ['a --sheet with a slash', ['--name', '甲', '--sheet', '甲/乙'], '工作表名称“甲/乙”不能含有 [ ] : * ? / \\ 这些字符（可用 --sheet 指定工作表名称） / The sheet name “甲/乙” may not contain any of [ ] : * ? / \\ (--sheet names the sheet)'],
    ['an end year before the start year', ['--name', '甲', '--start', '2026', '--end', '2025'], '到期年度（2025）早于起始年度（2026） / The end year (2025) is before the start year (2026)'],
    ['a negative amount', ['--name', '甲', '--amount', '-5'], '金额不能为负数（-5） / The amount may not be negative (-5)'],
    ['a missing --from sheet', ['--into', '<seed>', '--name', '甲', '--from', '无此表'], '找不到要复制的工作表“无此表” / There is no sheet named “无此表” to copy from'],
    ['a --from sheet that is not a project form', ['--into', '<seed>', '--name', '甲', '--from', '部门整体预算绩效目标申报表'], '工作表“部门整体预算绩效目标申报表”不是项目绩效目标表（没有“项目名称”和指标表），不能复制其格式 / The sheet “部门整体预算绩效目标申报表” is not a project performance-target form (no 项目名称 and indicator table); its layout cannot be copied'],
    ['no project name', ['--amount', '5'], '请填写项目名称 / Enter the project name'],
    ['--from without --into', ['--name', '甲', '--from', '援派干部经费'], '--from 需要与 --into 一起使用 / --from needs --into'],
  ];

  it('names the sheet after a project name with / and : in it, and says so', async () => {
    const out = outPath();
    const io = recorder();
    expect(await run(['new-project', '--out', out, '--name', '办公楼维修/改造: 一期'], io)).toBe(0);
    const sheet = '办公楼维修／改造： 一期';
    expect(io.outs).toEqual([
      `工作表将命名为“${sheet}”：Excel 的工作表名称不能含 [ ] : * ? / \\，最长 31 个字符（可用 --sheet 另行指定） / The sheet will be named “${sheet}”: Excel sheet names may not contain [ ] : * ? / \\ and have at most 31 characters (--sheet chooses another)`,
      `已新建工作表“${sheet}”，写入 ${out} / created sheet “${sheet}”, wrote ${out}`,
    ]);
    const snapshot = await readWorkbookFile(out);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([sheet]);
    expect(readSheet(snapshot.sheets[0]).model.header['项目名称'].value).toBe('办公楼维修/改造: 一期');
  });

  it.each(refusals)('refuses %s with one line, exit 2 and nothing written', async (_what, args, message) => {
    const out = outPath();
    const io = recorder();
    const argv = ['new-project', '--out', out, ...args.map((a) => (a === '<seed>' ? seedPath : a))];
    expect(await run(argv, io)).toBe(2);
    expect(io.errs).toEqual([message]);
    expect(io.outs).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite the --into workbook and a missing --into file', async () => {
    const io = recorder();
    expect(await run(['new-project', '--into', seedPath, '--out', seedPath, '--name', '甲'], io)).toBe(2);
    expect(io.errs).toEqual(['--out 不能与 --into 是同一个文件，请写到另一个文件 / --out must not be the --into file; write to another file']);
    const missing = join(dir, 'missing.xlsx');
    const io2 = recorder();
    const out = outPath();
    expect(await run(['new-project', '--into', missing, '--out', out, '--name', '甲'], io2)).toBe(2);
    expect(io2.errs).toEqual([`找不到文件：${missing} / file not found: ${missing}`]);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', async () => {
    const io = recorder();
    expect(await run(['new-project', '--name', '甲'], io)).toBe(2);
    expect(io.errs).toEqual(['请用 --out 给出要写入的 .xlsx 文件 / give the .xlsx file to write with --out']);
  });
});

describe('budget-check example', () => {
  it('writes the bundled seed workbook', async () => {
    const out = outPath();
    const io = recorder();
    expect(await run(['example', '--out', out], io)).toBe(0);
    expect(io.outs[0]).toContain(`已写出示例工作簿 ${out}`);
    expect(await readWorkbookFile(out)).toEqual(specToSnapshot(seedWorkbookSpec()));
  });

  it('needs --out', async () => {
    const io = recorder();
    expect(await run(['example'], io)).toBe(2);
    expect(io.errs).toEqual(['请用 --out 给出要写入的 .xlsx 文件 / give the .xlsx file to write with --out']);
  });
});
