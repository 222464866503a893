// `check --rebalance --out`: the plan is applied to the copy, listed in the JSON `changes` and in the summary.
import { cellsOfFinding } from '../../src/engine/findingCells';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { applyChanges } from '../../src/engine/balance';
import { checkWorkbook } from '../../src/engine/check';
import type { Change } from '../../src/engine/schema';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { setCell } from '../../src/sample/variants';
import { fixtureDir, writeFixture } from '../fixtures/workbooks';

const DEPT = '部门整体预算绩效目标申报表';

function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

interface CellDump {
  value: unknown;
  style: string;
}

/** Every cell exceljs holds, by "sheet!A1": its value and its whole style. */
async function dump(path: string): Promise<Map<string, CellDump>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells = new Map<string, CellDump>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, { value: cell.value, style: JSON.stringify(cell.style ?? {}) });
      });
    });
  });
  return cells;
}

/** The keys where two dumps differ in what `pick` takes from a cell. */
function differences(a: Map<string, CellDump>, b: Map<string, CellDump>, pick: (c: CellDump | undefined) => unknown): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => JSON.stringify(pick(a.get(k))) !== JSON.stringify(pick(b.get(k)))).sort();
}

const valueOf = (c: CellDump | undefined) => c?.value ?? null;
const styleOf = (c: CellDump | undefined) => c?.style ?? '{}';

describe('check --rebalance --out', () => {
  let input: string;
  let plan: Change[];
  let flaggedCells: string[];
  let flaggedAfter: string[];

  beforeAll(async () => {
    input = await writeFixture('rebalance-input', setCell(seedWorkbookSpec(), DEPT, 'C6', 600));
    const snapshot = await readWorkbookFile(input);
    const result = checkWorkbook(snapshot, { lang: 'zh' });
    plan = result.plan;
    flaggedCells = [...new Set(result.findings.flatMap((f) => cellsOfFinding(f).map((ref) => `${ref.sheet}!${ref.cell}`)))];
    const after = checkWorkbook(applyChanges(snapshot, plan), { lang: 'zh' });
    flaggedAfter = [...new Set(after.findings.flatMap((f) => cellsOfFinding(f).map((ref) => `${ref.sheet}!${ref.cell}`)))];
  });

  test('the plan is exactly the 财政拨款 and 省本级使用资金 fixes', () => {
    expect(plan.map((c) => [c.sheet, c.cell, c.before, c.after])).toEqual([
      [DEPT, 'E5', 6904.16, 6936.55],
      [DEPT, 'E8', 6904.16, 6936.55],
    ]);
  });

  test('the copy differs from its input only in the planned cells; JSON and summary list the plan', async () => {
    const dir = fixtureDir();
    const highlighted = join(dir, 'rebalance-highlighted.xlsx');
    const rebalanced = join(dir, 'rebalance-out.xlsx');
    const json = join(dir, 'rebalance-report.json');

    const plain = recorder();
    await run(['check', input, '--out', highlighted], plain.io);
    const rec = recorder();
    const code = await run(['check', input, '--rebalance', '--out', rebalanced, '--json', json], rec.io);
    expect(rec.err).toEqual([]);
    expect(code === 0 || code === 1).toBe(true);

    const [original, onlyHighlights, withChanges] = await Promise.all([dump(input), dump(highlighted), dump(rebalanced)]);
    const planned = plan.map((c) => `${c.sheet}!${c.cell}`).sort();

    // Against the same copy without --rebalance: only the planned cells' values differ, and the fills
    // differ only on the cells the plan fixed (flagged as identity errors before, no longer after).
    expect(differences(onlyHighlights, withChanges, valueOf)).toEqual(planned);
    expect(differences(onlyHighlights, withChanges, styleOf)).toEqual(planned);
    expect(flaggedCells).toEqual(expect.arrayContaining(planned));
    // Against the input: values differ only in the planned cells; styles only where the rebalanced
    // workbook still has a finding, and the fixed cells keep their own style.
    expect(differences(original, withChanges, valueOf)).toEqual(planned);
    const restyled = differences(original, withChanges, styleOf);
    expect(restyled.length).toBeGreaterThan(0);
    for (const key of restyled) expect(flaggedAfter).toContain(key);
    for (const key of planned) expect(flaggedAfter).not.toContain(key);
    // The planned cells keep their number format and style, and hold the planned numbers.
    for (const change of plan) {
      const key = `${change.sheet}!${change.cell}`;
      expect(withChanges.get(key)!.value).toBe(change.after);
      expect(withChanges.get(key)!.style).toBe(original.get(key)!.style);
      expect(JSON.parse(withChanges.get(key)!.style).numFmt).toBe('#,##0.00');
    }

    const report = JSON.parse(readFileSync(json, 'utf8')) as { changes: Change[] };
    expect(report.changes).toEqual(plan);

    const summary = rec.out.join('\n');
    expect(summary).toContain('平衡调整2处：');
    expect(summary).toContain(`${DEPT}!E5  6,904.16 → 6,936.55  （${plan[0].reason}）`);
    expect(summary).toContain(`${DEPT}!E8  6,904.16 → 6,936.55  （${plan[1].reason}）`);

    // Checking the copy again: it balances.
    const again = checkWorkbook(await readWorkbookFile(rebalanced), { lang: 'zh' });
    expect(again.plan).toEqual([]);
  });

  test('without --rebalance the JSON lists no changes and the copy keeps every value', async () => {
    const dir = fixtureDir();
    const out = join(dir, 'rebalance-none.xlsx');
    const json = join(dir, 'rebalance-none.json');
    await run(['check', input, '--out', out, '--json', json], recorder().io);
    expect((JSON.parse(readFileSync(json, 'utf8')) as { changes: Change[] }).changes).toEqual([]);
    expect(differences(await dump(input), await dump(out), valueOf)).toEqual([]);
  });
});

describe('check --rebalance with a fraction of a 分 (项目支出 567.615 万元)', () => {
  test('the exact amount is written and listed; the copy then checks clean of identity errors and plans nothing', async () => {
    const input = await writeFixture('rebalance-exact', setCell(seedWorkbookSpec(), DEPT, 'C6', { value: 567.615, numFmt: '#,##0.00' }));
    const out = join(fixtureDir(), 'rebalance-exact-out.xlsx');
    const rec = recorder();
    await run(['check', input, '--rebalance', '--out', out], rec.io);
    const summary = rec.out.join('\n');
    // Shown as the reasons show amounts: grouped, the cell's two decimals at least, never rounded.
    expect(summary).toContain(`${DEPT}!E5  6,904.16 → 6,904.165  （`);
    expect(summary).toContain(`${DEPT}!E8  6,904.16 → 6,904.165  （`);
    const again = checkWorkbook(await readWorkbookFile(out), { lang: 'zh' });
    expect(again.findings.filter((f) => f.rule.startsWith('money.identity'))).toEqual([]);
    expect(again.plan).toEqual([]);
  });
});
