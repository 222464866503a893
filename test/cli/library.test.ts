// `budget-check library <词>` and `budget-check new-project --type <类型> [--without …]`.
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { checkWorkbook } from '../../src/engine/check';
import { starterSet } from '../../src/engine/library';
import { freshDir, runCli } from './cliHarness';

describe('budget-check library', () => {
  it('lists the indicators whose name holds the words, with 二级, example, what it shows and types', async () => {
    const ran = await runCli(['library', '补助', '及时']);
    expect(ran.code).toBe(0);
    expect(ran.lines[0]).toMatch(/^指标库：找到 \d+ 个指标/);
    expect(ran.stdout).toContain('产出指标 / 时效指标 / 补助发放及时率  例：100%');
    expect(ran.lines.slice(1).every((l) => l.includes('补助') && l.includes('及时'))).toBe(true);
  });

  it('narrows to a type and a category', async () => {
    const ran = await runCli(['library', '满意度', '--type', '培训', '--level', '服务对象满意度']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('参训人员满意度');
    expect(ran.stdout).not.toContain('参保群众满意度');
    const cost = await runCli(['library', '--type', '会议', '--level', '经济成本']);
    expect(cost.stdout).toContain('会议费综合定额标准');
    expect(cost.lines.slice(1).every((l) => l.startsWith('成本指标 / 经济成本指标 /'))).toBe(true);
  });

  it('says so when nothing is found, and refuses no words or an unknown type with exit 2', async () => {
    expect((await runCli(['library', '火箭发射'])).stdout).toContain('没有找到');
    const none = await runCli(['library']);
    expect(none.code).toBe(2);
    expect(none.err[0]).toContain('请给出要查找的词');
    const bad = await runCli(['library', '满意度', '--type', '火箭']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain('可选：会议');
  });
});

describe('budget-check new-project --type', () => {
  const dir = freshDir('new-project-type');

  it('writes the type’s starting set, which checks with only values (and header fields) to fill', async () => {
    const out = join(dir, 'insurance.xlsx');
    const ran = await runCli(['new-project', '--out', out, '--name', '农村住房保险保费补贴', '--type', '保险保费', '--start', '2026', '--end', '2028']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`已列出 ${starterSet('保险保费').length} 个“保险保费”类起始指标`);
    const snapshot = await readWorkbookFile(out);
    const { model, findings } = checkWorkbook(snapshot, { lang: 'zh' });
    expect(model.sheets[0].indicators.map((i) => i.level3)).toEqual(starterSet('保险保费').map((i) => i.name));
    expect(findings.filter((f) => f.rule !== 'structure.no-value' && f.rule !== 'project.required-empty')).toEqual([]);
  });

  it('leaves out the indicators named with --without', async () => {
    const out = join(dir, 'training.xlsx');
    const ran = await runCli(['new-project', '--out', out, '--name', '业务培训', '--type', '培训', '--without', '培训费总额，培训人次']);
    expect(ran.err).toEqual([]);
    expect(ran.code).toBe(0);
    const names = checkWorkbook(await readWorkbookFile(out), { lang: 'zh' }).model.sheets[0].indicators.map((i) => i.level3);
    expect(names).not.toContain('培训费总额');
    expect(names).toContain('培训费综合定额标准');
  });

  it('refuses an unknown type, and --without an indicator not in the set, writing nothing', async () => {
    const bad = await runCli(['new-project', '--out', join(dir, 'x.xlsx'), '--name', 'x', '--type', '火箭']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain('没有“火箭”这个项目类型');
    const notIn = await runCli(['new-project', '--out', join(dir, 'y.xlsx'), '--name', 'y', '--type', '会议', '--without', '培训费总额']);
    expect(notIn.code).toBe(2);
    expect(notIn.err[0]).toContain('起始指标中没有：培训费总额');
  });
});
