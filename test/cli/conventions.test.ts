// The command line's conventions: usage with no arguments, -h/--help, -v/--version, a command's own
// help, single-dash mistakes named as options (never taken as file names), --rebalance with nothing to do.
import { join } from 'node:path';
import { COMMANDS, VERSION } from '../../src/cli/commands';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import packageJson from '../../package.json';
import { fixtureDir, writeFixture } from '../fixtures/workbooks';
import { runCli } from './cliHarness';

describe('usage and version', () => {
  test('plain budget-check prints the usage, every command in it, and exits 2 (nothing was checked)', async () => {
    const ran = await runCli([]);
    expect(ran.code).toBe(2);
    expect(ran.err).toEqual([]);
    expect(ran.stdout).toContain('用法 / usage:');
    for (const command of COMMANDS) expect(ran.stdout).toContain(`budget-check ${command.synopsis[0]}`);
    expect(ran.stdout).toContain('budget-check --version | -v');
  });

  test.each([['-h'], ['--help'], ['help']])('%s prints the usage and exits 0', async (flag) => {
    const ran = await runCli([flag]);
    expect([ran.code, ran.err]).toEqual([0, []]);
    expect(ran.stdout).toContain('用法 / usage:');
    expect(ran.stdout).toContain('budget-check new-project --out <file.xlsx>');
  });

  test.each([['-v'], ['--version'], ['version']])('%s prints the package version', async (flag) => {
    const ran = await runCli([flag]);
    expect([ran.code, ran.out, ran.err]).toEqual([0, [`budget-check ${packageJson.version}`], []]);
    expect(VERSION).toBe(packageJson.version);
  });

  test.each([[['check', '-h']], [['check', '--help']], [['help', 'check']], [['new-project', '-h']]])('%j prints that command’s help', async (argv) => {
    const ran = await runCli(argv);
    expect([ran.code, ran.err]).toEqual([0, []]);
    const name = argv.find((a) => a !== 'help' && !a.startsWith('-'));
    expect(ran.lines[1]).toBe(`  budget-check ${COMMANDS.find((c) => c.name === name)?.synopsis[0]}`);
    if (name === 'check') expect(ran.stdout).toContain('--rebalance: 须与 --out 同用');
    else expect(ran.stdout).not.toContain('--rebalance');
  });

  test.each([[['-x']], [['check', 'a.xlsx', '-j']], [['-help']]])('%j is an unknown option, not a file name', async (argv) => {
    const ran = await runCli(argv);
    expect(ran.code).toBe(2);
    const bad = argv.find((a) => a.startsWith('-'));
    expect(ran.err).toEqual([`未知选项 ${bad} / unknown option ${bad}`]);
  });
});

describe('check --rebalance with nothing to change', () => {
  test('says that no total needed changing', async () => {
    const input = await writeFixture('conventions-balanced', seedWorkbookSpec());
    const ran = await runCli(['check', input, '--rebalance', '--out', join(fixtureDir(), 'conventions-balanced-out.xlsx')]);
    expect(ran.lines).toContain('  平衡：没有需要调整的合计，副本中的金额与原文件相同');
    const en = await runCli(['check', input, '--rebalance', '--out', join(fixtureDir(), 'conventions-balanced-en.xlsx'), '--lang', 'en']);
    expect(en.lines).toContain('  Rebalance: no totals to change; the amounts in the copy are as in the input');
  });

  test('says nothing of rebalancing when it was not asked for', async () => {
    const input = await writeFixture('conventions-plain', seedWorkbookSpec());
    const ran = await runCli(['check', input, '--out', join(fixtureDir(), 'conventions-plain-out.xlsx')]);
    expect(ran.stdout).not.toContain('平衡');
  });
});
