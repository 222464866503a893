import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/engine/check';
import { IGNORED_SHEET, IGNORED_TITLES } from '../../src/engine/ignoredSheet';
import { ReportSchema } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { freshDir, runCli } from './cliHarness';

const AID = '援派干部经费';

/** The seed workbook as the add-in leaves it after the user ignored some findings: a very hidden sheet lists them. */
async function seedWithIgnored(dir: string, rows: string[][]): Promise<string> {
  const workbook = workbookFromSpec(seedWorkbookSpec());
  const ws = workbook.addWorksheet(IGNORED_SHEET, { state: 'veryHidden' });
  ws.addRow([...IGNORED_TITLES]);
  for (const row of rows) ws.addRow(row);
  const path = join(dir, 'ignored.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('findings the add-in recorded as ignored, read by the command line', () => {
  it('lists them with the reason, leaves them out of the counts, and does not read the record as a form', async () => {
    const dir = freshDir('ignored');
    const file = await seedWithIgnored(dir, [[AID, 'B24', 'structure.missing-category', '本项目无经济社会效益，已与财政局沟通', '2026-11-20 10:15']]);
    const ran = await runCli(['check', file, '--json', join(dir, 'r.json')]);
    expect(ran.lines[0]).toMatch(/^.*ignored\.xlsx：需修改 — 5个错误，\d+个警告，\d+条提示（另有1条已忽略）$/);
    const at = ran.lines.findIndex((l) => /^\s+B24\s+错误/.test(l) && ran.lines.slice(0, ran.lines.indexOf(l)).some((p) => p.includes(`「${AID}」`)));
    expect(ran.lines[at + 1].trim()).toBe('已忽略，原因：本项目无经济社会效益，已与财政局沟通');
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    expect(report.sheets.map((s) => s.name)).not.toContain(IGNORED_SHEET);
    expect(report.findings.filter((f) => f.ignored !== undefined)).toEqual([
      expect.objectContaining({ sheet: AID, cell: 'B24', rule: 'structure.missing-category', ignored: '本项目无经济社会效益，已与财政局沟通' }),
    ]);
  });

  it('exits 0 when every error is ignored', async () => {
    const dir = freshDir('ignored-all');
    const errors = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' }).findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(6);
    const file = await seedWithIgnored(dir, errors.map((f) => [f.sheet, f.cell, f.rule, '已说明']));
    const ran = await runCli(['check', file]);
    expect(ran.code).toBe(0);
    // No error left: exit 0; the warnings still ask for a review before 可以提交.
    expect(ran.lines[0]).toMatch(/：无错误，请复核\d+条警告 — 0个错误，.*（另有6条已忽略）$/);
  });
});
