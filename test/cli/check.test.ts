import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ReportSchema } from '../../src/engine/schema';
import { setCell } from '../../src/sample/variants';
import { fixtureSpec, writeFixture } from '../fixtures/workbooks';
import { cleanProjectSpec, freshDir, runCli } from './cliHarness';

const DEPT = '部门整体预算绩效目标申报表';

describe('budget-check check: summary and exit codes', () => {
  let clean: string;
  let broken: string;
  beforeAll(async () => {
    clean = await writeFixture('check-clean', cleanProjectSpec());
    // 财政拨款 7,000.00 while 基本支出 + 项目支出 = 6,904.16: a certain error on E5.
    broken = await writeFixture('check-broken', setCell(fixtureSpec('seed'), DEPT, 'E5', 7000));
  });

  test('a correct project form: exit 0, 可以提交, zero counts, the sheet has no problems', async () => {
    const ran = await runCli(['check', clean]);
    expect(ran.err).toEqual([]);
    expect(ran.code).toBe(0);
    expect(ran.lines[0]).toBe(`${clean}：可以提交 — 0个错误，0个警告，0条提示`);
    expect(ran.stdout).toContain('  工作表「援派干部生活补助经费」（项目，6项指标）：未发现问题');
  });

  test('the same in English with --lang en (and without the word "check": it is the default command)', async () => {
    const ran = await runCli([clean, '--lang', 'en']);
    expect(ran.code).toBe(0);
    expect(ran.lines[0]).toBe(`${clean}: ready to submit — 0 errors, 0 warnings, 0 info`);
    expect(ran.stdout).toContain('  Sheet "援派干部生活补助经费" (project, 6 indicators): no problems found');
  });

  test('a workbook with an error: exit 1, 需修改, the finding under its sheet with cell, reason and fix', async () => {
    const ran = await runCli(['check', broken]);
    expect(ran.code).toBe(1);
    expect(ran.lines[0]).toMatch(new RegExp(`^${escape(broken)}：需修改 — \\d+个错误，\\d+个警告，\\d+条提示$`));
    const lines = ran.lines;
    const sheetLine = lines.findIndex((l) => l.startsWith(`  工作表「${DEPT}」（部门整体，`));
    expect(sheetLine).toBeGreaterThan(0);
    const e5 = lines.indexOf(
      '    E5     错误  基本支出（C5）6,336.55 + 项目支出（C6）567.61 = 6,904.16万元，但财政拨款（E5）7,000.00 + 其他资金（E6）0.00 = 7,000.00万元，相差95.84万元',
    );
    expect(e5).toBeGreaterThan(sheetLine);
    expect(lines[e5 + 1]).toBe('           建议：核对各项金额；若基本支出和项目支出无误，财政拨款应为6,904.16万元（其他资金不变）');
    // the next sheet's heading comes after every finding of the department sheet
    const nextSheet = lines.findIndex((l, i) => i > sheetLine && l.startsWith('  工作表「'));
    expect(nextSheet).toBeGreaterThan(e5);
  });

  test('English findings: severity words, reason and fix in English', async () => {
    const ran = await runCli(['check', broken, '--lang', 'en']);
    expect(ran.code).toBe(1);
    expect(ran.lines[0]).toMatch(/: needs changes — \d+ errors?, \d+ warnings?, \d+ info$/);
    expect(ran.stdout).toContain(
      '    E5     error  基本支出 (C5) 6,336.55 + 项目支出 (C6) 567.61 = 6,904.16 (10k yuan), but 财政拨款 (E5) 7,000.00 + 其他资金 (E6) 0.00 = 7,000.00 (10k yuan): they differ by 95.84 (10k yuan)',
    );
    expect(ran.stdout).toContain('           Fix: Check the amounts; if 基本支出 and 项目支出 are right, 财政拨款 should be 6,904.16 (10k yuan) (其他资金 unchanged)');
    // The program's own words are English; indicator names quoted in 「」 stay as the form wrote them.
    expect(ran.stdout.replace(/「[^」]*」/g, '')).not.toMatch(/错误|警告|提示|建议：/);
  });

  test('the headline counts are the report’s counts, and exit 1 exactly when the report holds an error', async () => {
    const dir = freshDir('check-counts');
    for (const [path, lang] of [[broken, 'zh'], [clean, 'zh'], [await writeFixture('check-seed', fixtureSpec('seed')), 'en']] as const) {
      const json = join(dir, `${lang}-${path.split('/').pop()}.json`);
      const ran = await runCli(['check', path, '--json', json, '--lang', lang]);
      const report = ReportSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
      const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
      const expected = lang === 'zh'
        ? `${count('error')}个错误，${count('warning')}个警告，${count('info')}条提示`
        : `${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info`;
      expect(ran.lines[0].endsWith(expected)).toBe(true);
      expect(ran.code).toBe(count('error') > 0 ? 1 : 0);
      // every finding is printed on its sheet, with its cell
      for (const f of report.findings) expect(ran.stdout).toContain(`    ${f.cell.padEnd(6)} `);
    }
  });

  test('several workbooks: one summary each; the exit code is the worst', async () => {
    const ran = await runCli(['check', clean, broken]);
    expect(ran.code).toBe(1);
    expect(ran.lines.filter((l) => l.startsWith(clean) || l.startsWith(broken))).toEqual([
      `${clean}：可以提交 — 0个错误，0个警告，0条提示`,
      expect.stringMatching(/：需修改 — /),
    ]);
  });

  test.each([
    [['check'], '请给出要检查的 .xlsx 文件 / give the .xlsx file(s) to check'],
    [['check', 'a.xlsx', '--lang', 'fr'], '--lang 只能是 zh 或 en / --lang must be zh or en'],
    [['check', 'a.xlsx', '--jsn', 'r.json'], '未知选项 --jsn / unknown option --jsn'],
    [['check', 'a.xlsx', '--bogus'], '未知选项 --bogus / unknown option --bogus'],
    [['a.xlsx', '--bogus'], '未知选项 --bogus / unknown option --bogus'],
    [['new-project', '--bogus', '--out', 'n.xlsx'], '未知选项 --bogus / unknown option --bogus'],
    [['check', 'a.xlsx', '--rebalance=yes', '--bogus=1'], '未知选项 --bogus / unknown option --bogus'],
    [['check', 'a.xlsx', '--out'], '选项 --out 需要一个值 / option --out needs a value'],
    [['check', 'a.xlsx', '--out', 'a.xlsx'], '--out 不能与输入文件相同（原文件不会被改动） / --out must not be the input file (the original is never changed)'],
    [['check', 'a.xlsx', '--out', 'copy.csv'], '--out 的文件名应以 .xlsx 结尾 / the --out file name must end in .xlsx'],
    [['check', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], '--out 只能用于一个输入文件 / --out takes exactly one input file'],
  ])('usage error %j: exit 2 and one bilingual line', async (argv, line) => {
    const ran = await runCli(argv);
    expect(ran.code).toBe(2);
    expect(ran.err).toEqual([line]);
    expect(ran.out).toEqual([]);
  });

  test('help names the size-limit variable', async () => {
    const ran = await runCli(['help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('BUDGET_CHECK_MAX_BYTES');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
