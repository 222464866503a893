import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ReportListSchema, ReportSchema, type Report } from '../../src/engine/schema';
import { setCell } from '../../src/sample/variants';
import { fixtureSpec, writeFixture } from '../fixtures/workbooks';
import { cleanProjectSpec, freshDir, runCli } from './cliHarness';

const DEPT = '部门整体预算绩效目标申报表';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('--json: the Report, validated by its schema', () => {
  let dir: string;
  let seed: string;
  let broken: string;
  let clean: string;
  beforeAll(async () => {
    dir = freshDir('report');
    seed = await writeFixture('report-seed', fixtureSpec('seed'));
    broken = await writeFixture('report-broken', setCell(fixtureSpec('seed'), DEPT, 'E5', 7000));
    clean = await writeFixture('report-clean', cleanProjectSpec());
  });

  test('one input: one Report object with sheets, indicators, findings and no changes', async () => {
    const json = join(dir, 'seed.json');
    const ran = await runCli(['check', seed, '--json', json]);
    expect(ran.lines[ran.lines.length - 1]).toBe(`已写入 ${json}`);
    const raw = readJson(json);
    expect(Array.isArray(raw)).toBe(false);
    const report = ReportSchema.parse(raw);
    expect(report.file).toBe(seed);
    expect(report.changes).toEqual([]);
    expect(report.sheets.map((s) => s.kind)).toEqual(['department', ...Array(9).fill('project')]);
    expect(report.sheets.reduce((n, s) => n + s.indicators.length, 0)).toBeGreaterThan(80);
    const loan = report.sheets[0].indicators.find((i) => i.level3.endsWith('贷款余额增长率'));
    expect(loan).toMatchObject({ level1: '效益指标', level2: '经济效益指标', periodValue: '>5%', annualValue: '>5%', row: 50 });
    expect(loan?.cells).toMatchObject({ level3: 'C50', periodValue: 'D50', annualValue: 'E50' });
    expect(report.sheets[0].header['项目支出']).toMatchObject({ cell: 'C6', value: '567.61', amount: { value: '567.61', unit: '万元' } });
  });

  test('findings carry sheet, cell, severity, rule, message and suggestion; the seed’s defects of the money, project and consistency rules are there', async () => {
    const json = join(dir, 'seed-findings.json');
    await runCli(['check', seed, '--json', json]);
    const report = ReportSchema.parse(readJson(json));
    const Strict = z.object({ sheet: z.string(), cell: z.string(), severity: z.enum(['error', 'warning', 'info']), rule: z.string(), message: z.string().min(1) });
    for (const f of report.findings) Strict.parse(f);
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
    // One finding over both forms' cells.
    expect(at('consistency.target-differs')).toEqual([`${DEPT}!D50`]);
    const loan = report.findings.find((f) => f.rule === 'consistency.target-differs');
    expect(loan?.cells).toEqual(['D50', 'E50', '金融稳定发展协调费!F25', '金融稳定发展协调费!G25']);
    expect(loan?.suggestion).toBe('核对各表的指标值，统一为同一目标；如确实口径不同，请修改指标名称加以区分');
    expect(loan?.basis).toContain('常识');
    // Read facts that ask for nothing are notes, not findings.
    const noted = (rule: string) => report.notes.filter((n) => n.rule === rule).map((n) => `${n.sheet}!${n.cell}`);
    expect(at('money.unit-inferred')).toEqual([]);
    expect(noted('money.unit-inferred')).toHaveLength(9);
    expect(noted('money.key-tasks-total')).toEqual([`${DEPT}!C6`]);
    expect(noted('money.projects-total')).toEqual([`${DEPT}!C6`]);
  });

  test('--lang en writes the messages in English', async () => {
    const json = join(dir, 'broken-en.json');
    const ran = await runCli(['check', broken, '--json', json, '--lang', 'en']);
    expect(ran.code).toBe(1);
    expect(ran.lines[ran.lines.length - 1]).toBe(`Wrote ${json}`);
    const report = ReportSchema.parse(readJson(json));
    const e5 = report.findings.find((f) => f.rule === 'money.identity-funding');
    expect(e5).toMatchObject({ sheet: DEPT, cell: 'E5', severity: 'error', related: ['C5', 'C6', 'E6'] });
    expect(e5?.message).toMatch(/^基本支出 \(C5\) 6,336\.55 \+ 项目支出 \(C6\) 567\.61 = 6,904\.16 \(10k yuan\), but /);
    expect(e5?.suggestion).toMatch(/^Check the amounts/);
  });

  test('several inputs: an array of Reports, in the order given', async () => {
    const json = join(dir, 'several.json');
    const ran = await runCli(['check', clean, broken, '--json', json]);
    expect(ran.code).toBe(1);
    const raw = readJson(json);
    expect(Array.isArray(raw)).toBe(true);
    const reports = z.array(ReportSchema).parse(raw) as Report[];
    expect(ReportListSchema.safeParse(raw).success).toBe(true);
    expect(reports.map((r) => r.file)).toEqual([clean, broken]);
    expect(reports[0].findings).toEqual([]);
    expect(reports[1].findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toContain(`${DEPT}!E5`);
  });
});
