import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ReportSchema } from '../../src/engine/schema';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'budget-check.js');

/** Runs the built command as a user would (`npx budget-check …` runs this file). */
function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // `npm test` on a fresh clone has no build yet: make just the command line.
  if (!existsSync(BIN)) execFileSync('npx', ['webpack', '--mode', 'production', '--config-name', 'cli'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('the built budget-check command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-bin-'));

  it('writes the example workbook and checks it, with a JSON report that validates', () => {
    expect(cli(['example', '--out', 'seed.xlsx'], dir).code).toBe(0);
    const run = cli(['check', 'seed.xlsx', '--json', 'report.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^seed\.xlsx：需修改 — 6个错误，\d+个警告，\d+条提示/);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
    expect(report.sheets).toHaveLength(10);
    expect(report.sheets.reduce((n, s) => n + s.indicators.length, 0)).toBe(90);
    expect(report.sheets[0].indicators.find((i) => i.row === 58)).toMatchObject({
      level1: '效益指标',
      level2: '社会效益指标',
      level3: '县（区）非法集资“七进”宣传覆盖率',
      cells: { level3: 'A58', periodValue: 'B58', annualValue: 'C58' },
    });
  });

  it('ends with one line and exit code 2 for a file it cannot read', () => {
    const run = cli(['check', 'missing.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
