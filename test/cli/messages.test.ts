// The command line's own words: Chinese without spaces around numbers, English plurals that agree.
import { cliStrings } from '../../src/cli/messages';
import { run } from '../../src/cli/run';

describe('CLI strings', () => {
  const en = cliStrings('en');
  const zh = cliStrings('zh');

  test('English counts agree in number: 1 change, 2 changes, 1 indicator', () => {
    expect(en.changes(1)).toBe('Rebalance: 1 change:');
    expect(en.changes(2)).toBe('Rebalance: 2 changes:');
    expect(en.counts(1, 1, 0)).toBe('1 error, 1 warning, 0 info');
    expect(en.counts(0, 2, 3)).toBe('0 errors, 2 warnings, 3 info');
    expect(en.sheet('遗属补助经费', 'project', 1)).toBe('Sheet "遗属补助经费" (project, 1 indicator)');
    expect(en.sheet('遗属补助经费', 'project', 6)).toBe('Sheet "遗属补助经费" (project, 6 indicators)');
  });

  test('Chinese counts carry no spaces around the numbers', () => {
    expect(zh.changes(1)).toBe('平衡调整1处：');
    expect(zh.counts(1, 2, 3)).toBe('1个错误，2个警告，3条提示');
    expect(zh.sheet('遗属补助经费', '项目', 6)).toBe('工作表「遗属补助经费」（项目，6项指标）');
    expect(zh.ignoredCount(2)).toBe('（另有2条已忽略）');
  });
});

describe('check --help', () => {
  test('explains --rebalance: it needs --out, the copy gets the planned amounts, the JSON lists them under changes', async () => {
    const out: string[] = [];
    const code = await run(['check', '--help'], { out: (l) => out.push(l), err: () => undefined });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('--rebalance: 须与 --out 同用：重算不平衡的合计、小计和资金总额，把算出的金额写入 --out 副本（原文件不变）');
    expect(text).toContain('--json 报告在 changes 中列出这些改动');
    expect(text).toContain('needs --out: recomputes totals, subtotals and funding sums that do not add up and writes the planned');
    expect(text).toContain('the --json report lists them under changes');
  });
});
