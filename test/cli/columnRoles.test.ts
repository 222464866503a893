// Column roles the user set in the add-in are saved in G:J of the very hidden record sheet; the
// command line reads them, so `check` and `review` read the file as the user said.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_ROLES_TITLES } from '../../src/engine/columnRolesSheet';
import { IGNORED_SHEET, IGNORED_TITLES } from '../../src/engine/ignoredSheet';
import { ReportSchema, ReviewReportSchema } from '../../src/engine/schema';
import { workbookFromSpec } from '../../src/cli/xlsxWrite';
import { FAMILIES, sheetOf } from '../fixtures/families';
import { freshDir, runCli } from './cliHarness';

jest.setTimeout(120_000);

const COUNTY = FAMILIES.find((f) => f.name.startsWith('one target column per county')) as (typeof FAMILIES)[number];

/** The county form as the add-in leaves it after the user set column E as the annual target (and ignored one finding). */
async function countyFile(dir: string, roles: string[][], name = 'county.xlsx'): Promise<string> {
  const workbook = workbookFromSpec(sheetOf(COUNTY.rows, [], '县区'));
  const ws = workbook.addWorksheet(IGNORED_SHEET, { state: 'veryHidden' });
  ws.getRow(1).values = [...IGNORED_TITLES, '', ...COLUMN_ROLES_TITLES];
  ws.getRow(2).values = ['县区', 'A1', 'structure.no-table', '另表填报', '2026-11-20 10:15', '', ...(roles[0] ?? [])];
  roles.slice(1).forEach((row, i) => (ws.getRow(i + 3).values = ['', '', '', '', '', '', ...row]));
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const annuals = (report: { sheets: { indicators: { level3: string; annualValue: string; cells: { annualValue?: string } }[] }[] }) =>
  report.sheets[0].indicators.map((i) => [i.level3, i.annualValue, i.cells.annualValue]);

describe('column roles saved in the workbook, read by the command line', () => {
  it('check reads column E as the annual target, and the JSON report says the user decided it', async () => {
    const dir = freshDir('roles-check');
    const file = await countyFile(dir, [['县区', 'E', 'annual', '东城县']]);
    const ran = await runCli(['check', file, '--json', join(dir, 'r.json')]);
    expect(ran.err).toEqual([]);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    expect(report.sheets.map((s) => s.name)).toEqual(['县区']);
    expect(annuals(report)).toEqual([
      ['养护里程', '≥120公里', 'E3'],
      ['养护合格率', '≥95%', 'E4'],
      ['群众满意度', '≥90%', 'E5'],
    ]);
    expect(report.sheets[0].table?.roles?.filter((r) => r.source === 'user').map((r) => [r.column, r.role, r.header])).toEqual([
      ['D', 'extra', '全市'],
      ['E', 'annual', '东城县'],
    ]);
  });

  it('without saved roles the same form reads column D, and a stale role is said and not used', async () => {
    const dir = freshDir('roles-stale');
    const plain = await countyFile(dir, [], 'plain.xlsx');
    await runCli(['check', plain, '--json', join(dir, 'plain.json')]);
    expect(annuals(ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8'))))[0]).toEqual(['养护里程', '≥300公里', 'D3']);

    const stale = await countyFile(dir, [['县区', 'E', 'annual', '南湖县']], 'stale.xlsx');
    const ran = await runCli(['check', stale, '--json', join(dir, 'stale.json')]);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'stale.json'), 'utf8')));
    expect(annuals(report)[0]).toEqual(['养护里程', '≥300公里', 'D3']);
    expect(report.findings.filter((f) => f.rule === 'structure.column-role-stale').map((f) => [f.sheet, f.cell, f.severity, f.message])).toEqual([
      ['县区', 'E2', 'warning', '您为E列设定的“年度指标值”未使用：该列表头已由“南湖县”变为“东城县”，已按自动识别读取该列'],
    ]);
    expect(ran.stdout).toContain('您为E列设定的“年度指标值”未使用');
  });

  it('review of a folder reads each file with its saved roles', async () => {
    const dir = freshDir('roles-review');
    const folder = join(dir, 'in');
    mkdirSync(folder);
    await countyFile(folder, [['县区', 'E', 'annual', '东城县'], ['县区', 'F', 'extra', '西山县']]);
    await runCli(['review', folder, '--json', join(dir, 'r.json')]);
    const review = ReviewReportSchema.parse(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    expect(review.reports).toHaveLength(1);
    expect(annuals(review.reports[0])).toEqual([
      ['养护里程', '≥120公里', 'E3'],
      ['养护合格率', '≥95%', 'E4'],
      ['群众满意度', '≥90%', 'E5'],
    ]);
  });
});
