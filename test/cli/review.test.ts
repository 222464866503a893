// `budget-check review`: a folder of real, generated and unreadable workbooks → the 审核意见 workbook,
// the JSON report, exit codes, stable order across worker threads, 同比 and highlighted copies.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SEVERITY_FILL } from '../../src/cli/writeCheckedCopy';
import { WORKERS_ENV } from '../../src/cli/review/pool';
import { ReviewReportSchema, type ReviewReport } from '../../src/engine/schema';
import { mergedVariant, setCell } from '../../src/sample/variants';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { compoundFile } from '../fixtures/compoundFile';
import { cleanProjectSpec, freshDir, noFormsSpec, runCli } from './cliHarness';

jest.setTimeout(120_000);

let folder: string;
const SEED_FORMS = 10;

async function review(args: string[], workers: number) {
  const before = process.env[WORKERS_ENV];
  process.env[WORKERS_ENV] = String(workers);
  try {
    return await runCli(['review', ...args]);
  } finally {
    if (before === undefined) delete process.env[WORKERS_ENV];
    else process.env[WORKERS_ENV] = before;
  }
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const readJson = (path: string): ReviewReport => ReviewReportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

/** The data rows of a sheet (row 2 onward) as arrays of values, without the header. */
function dataRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

beforeAll(async () => {
  folder = freshDir('review');
  mkdirSync(join(folder, '乙单位'));
  await writeSpecFile(seedWorkbookSpec(), join(folder, '01-seed.xlsx'));
  await writeSpecFile(cleanProjectSpec(), join(folder, '02-clean.xlsx'));
  await writeSpecFile(noFormsSpec(), join(folder, '乙单位', '03-noforms.xlsx'));
  await writeSpecFile(mergedVariant(seedWorkbookSpec()), join(folder, '乙单位', '04-merged.xlsx'));
  writeFileSync(join(folder, '05-broken.xlsx'), 'this is not a zip');
  writeFileSync(join(folder, '06-old.xls'), compoundFile(['Workbook']));
  writeFileSync(join(folder, '~$01-seed.xlsx'), 'an Excel lock file');
});

describe('review of a folder', () => {
  let out: string;
  let json: string;
  let ran: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const dir = freshDir('review-out');
    out = join(dir, '审核意见.xlsx');
    json = join(dir, 'report.json');
    ran = await review([folder, '--out', out, '--json', json], 2);
  });

  test('exit 1 (forms are 退回); the unreadable files are named on stderr with their reason', () => {
    expect(ran.code).toBe(1);
    expect(ran.err).toEqual([
      expect.stringMatching(/05-broken\.xlsx：无法读取 — 这不是 Excel 工作簿/),
      expect.stringMatching(/06-old\.xls：无法读取 — 这是旧版 \.xls 文件/),
    ]);
    expect(ran.stdout).toContain('审核 6 个文件');
  });

  test('the JSON has one report per readable file in folder order and one 汇总 row per form', () => {
    const report = readJson(json);
    expect(report.reports.map((r) => r.file.slice(folder.length + 1))).toEqual(['01-seed.xlsx', '02-clean.xlsx', join('乙单位', '03-noforms.xlsx'), join('乙单位', '04-merged.xlsx')]);
    expect(report.unreadable.map((u) => u.file.slice(folder.length + 1))).toEqual(['05-broken.xlsx', '06-old.xls']);
    // seed 10 forms, clean 1, no-forms 1 row saying so, merged 10, two unreadable.
    expect(report.forms).toHaveLength(SEED_FORMS + 1 + 1 + SEED_FORMS + 2);
    for (const form of report.forms) {
      if (form.verdict === '无法读取') continue;
      const expected = form.counts.error ? '退回' : form.counts.warning ? '修改后通过' : form.sheet === '' ? '退回' : '通过';
      expect(form.verdict).toBe(expected);
    }
    expect(report.forms.find((f) => f.file.endsWith('02-clean.xlsx'))?.verdict).toBe('通过');
    expect(report.forms.slice(0, 2).map((f) => f.verdict)).toEqual(['无法读取', '无法读取']);
  });

  test('汇总 has one row per form plus the total, in the JSON order, with verdict and counts', async () => {
    const report = readJson(json);
    const ws = (await load(out)).getWorksheet('汇总')!;
    const rows = dataRows(ws);
    expect(rows).toHaveLength(report.forms.length + 1);
    report.forms.forEach((form, i) => {
      expect(rows[i].slice(0, 3)).toEqual([i + 1, form.file, form.sheet]);
      expect(rows[i][7]).toBe(form.verdict);
      expect(rows[i].slice(8, 11)).toEqual([form.counts.error, form.counts.warning, form.counts.info]);
    });
    const total = rows[rows.length - 1];
    expect(total[0]).toBe('合计');
    expect(total[8]).toBe(report.forms.reduce((n, f) => n + f.counts.error, 0));
  });

  test('意见明细 has exactly the findings of the JSON report, in order, each with its 审核要点', async () => {
    const report = readJson(json);
    const findings = report.reports.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f })));
    const rows = dataRows((await load(out)).getWorksheet('意见明细')!);
    expect(rows).toHaveLength(findings.length);
    expect(findings.length).toBeGreaterThan(50);
    findings.forEach((f, i) => {
      // A problem over several cells lists them all in the cell column, its own cell first.
      expect(rows[i].slice(1, 4)).toEqual([f.file, f.sheet, (f.cells ?? [f.cell]).join('、')]);
      expect(['完整性', '相关性', '适当性', '可行性']).toContain(rows[i][5]);
      expect(rows[i][6]).toBe(f.message);
      expect(rows[i][7] ?? '').toBe(f.suggestion ?? '');
    });
  });

  test('质量评分 lists each scored form with its figures and how the score is computed', async () => {
    const report = readJson(json);
    const rows = dataRows((await load(out)).getWorksheet('质量评分')!);
    const scored = report.forms.filter((f) => f.quality);
    expect(rows).toHaveLength(scored.length + 1);
    expect(rows.map((r) => r[15]).slice(0, -1)).toEqual(scored.map((f) => f.quality!.score));
    expect(String(rows[rows.length - 1][0])).toContain('评分（满分100）');
  });

  test('print-ready: frozen header, filter over the data, A4 landscape one page wide, 宋体/仿宋, wrapped text', async () => {
    const workbook = await load(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['汇总', '意见明细', '质量评分']);
    for (const ws of workbook.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeDefined();
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
      expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
      expect(ws.getCell('B2').font).toMatchObject({ name: '仿宋' });
      expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(16);
    }
    expect(workbook.getWorksheet('意见明细')!.getCell('G2').alignment).toMatchObject({ wrapText: true });
  });

  test('the order is the same whatever the number of worker threads', async () => {
    const dir = freshDir('review-one');
    const single = join(dir, 'one.json');
    expect((await review([folder, '--json', single], 1)).code).toBe(1);
    expect(readJson(single)).toEqual(readJson(json));
  });
});

describe('review exit codes and options', () => {
  test('exit 2 when nothing could be read, with the 汇总 still written', async () => {
    const dir = freshDir('review-bad');
    writeFileSync(join(dir, 'a.xlsx'), '');
    const out = join(dir, 'out.xlsx');
    const ran = await review([join(dir, 'a.xlsx'), '--out', out], 1);
    expect(ran.code).toBe(2);
    expect(dataRows((await load(out)).getWorksheet('汇总')!)[0][7]).toBe('无法读取');
  });

  test('exit 0 when every form passes; the output is never read back as an input', async () => {
    const dir = freshDir('review-clean');
    await writeSpecFile(cleanProjectSpec(), join(dir, 'clean.xlsx'));
    const out = join(dir, '审核意见.xlsx');
    expect((await review([dir, '--out', out], 2)).code).toBe(0);
    const again = await review([dir, '--out', out], 2);
    expect(again.code).toBe(0);
    expect(dataRows((await load(out)).getWorksheet('汇总')!)).toHaveLength(2);
  });

  test('an earlier 审核意见 workbook left in the folder (under another name) is skipped, not sent back as a form', async () => {
    const dir = freshDir('review-earlier');
    await writeSpecFile(cleanProjectSpec(), join(dir, 'clean.xlsx'));
    expect((await review([dir, '--out', join(dir, '上次审核意见.xlsx')], 1)).code).toBe(0);
    const json = join(freshDir('review-earlier-json'), 'r.json');
    const again = await review([dir, '--json', json], 1);
    expect(again.code).toBe(0);
    expect(again.err).toEqual([expect.stringMatching(/上次审核意见\.xlsx：已跳过 — 这是审核意见工作簿/)]);
    const report = readJson(json);
    expect(report.forms.map((f) => [f.file.slice(dir.length + 1), f.sheet, f.verdict])).toEqual([['clean.xlsx', expect.any(String), '通过']]);
    expect(report.skipped.map((s) => s.file.slice(dir.length + 1))).toEqual(['上次审核意见.xlsx']);
  });

  test('usage errors: no output asked for, no workbook found', async () => {
    expect((await review([folder], 1)).code).toBe(2);
    const empty = freshDir('review-empty');
    const ran = await review([empty, '--out', join(empty, 'o.xlsx')], 1);
    expect(ran.code).toBe(2);
    expect(ran.err[0]).toContain('没有找到 .xlsx 文件');
  });

  test('--previous takes several paths and adds 同比 (a lowered target) and its sheet', async () => {
    const dir = freshDir('review-yoy');
    const now = join(dir, 'now.xlsx');
    let spec = cleanProjectSpec();
    // 援派干部满意度 ≥90% last year, ≥80% now.
    spec = setCell(spec, spec.sheets[0].name, 'E21', { value: '≥80%' });
    spec = setCell(spec, spec.sheets[0].name, 'F21', { value: '≥80%' });
    await writeSpecFile(spec, now);
    await writeSpecFile(cleanProjectSpec(), join(dir, 'last.xlsx'));
    const out = join(dir, 'out.xlsx');
    const json = join(dir, 'r.json');
    await review([now, '--previous', join(dir, 'last.xlsx'), join(folder, '01-seed.xlsx'), '--out', out, '--json', json], 2);
    const report = readJson(json);
    expect(report.reports).toHaveLength(1);
    expect(report.yoy).toEqual([expect.objectContaining({ kind: 'target-lowered', cell: 'F21', message: expect.stringContaining('≥80%') })]);
    const rows = dataRows((await load(out)).getWorksheet('同比')!);
    expect(rows).toEqual([expect.arrayContaining(['目标降低', 'F21'])]);
  });

  test('--copies writes each readable file with its flagged cells filled, as check --out does', async () => {
    const dir = freshDir('review-copies');
    const copies = join(dir, 'copies');
    const checked = join(dir, 'checked.xlsx');
    const input = join(folder, '02-clean.xlsx');
    const spec = cleanProjectSpec();
    const flagged = join(dir, 'flagged.xlsx');
    await writeSpecFile(setCell(spec, spec.sheets[0].name, 'F17', { value: '' }), flagged);
    await review([flagged, input, '--json', join(dir, 'r.json'), '--copies', copies], 2);
    await runCli(['check', flagged, '--out', checked]);
    expect(existsSync(join(copies, 'flagged（已标注）.xlsx'))).toBe(true);
    expect(existsSync(join(copies, '02-clean（已标注）.xlsx'))).toBe(true);
    const [copy, viaCheck] = await Promise.all([load(join(copies, 'flagged（已标注）.xlsx')), load(checked)]);
    const cell = (wb: ExcelJS.Workbook) => wb.worksheets[0].getCell('F17').fill;
    expect(cell(copy)).toEqual(cell(viaCheck));
    expect(cell(copy)).toMatchObject({ fgColor: { argb: SEVERITY_FILL.error } });
  });
});
