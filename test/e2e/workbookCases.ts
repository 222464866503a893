// Browser tests that change the workbook or its view: rebalancing, new sheets, picked files, narrow screens.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import type { WorkbookSpec } from '../../src/engine/schema';
import { DEPARTMENT_SHEET, exampleSpec } from '../../src/sandbox/examples';
import { budgetYearFor } from '../../src/engine/templates';
import { mergedVariant } from '../../src/sample/variants';
import { expectedCheck } from './expected';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import { ROOT, screenshot, type E2eContext } from './support';

export function workbookCases({ seed, open }: E2eContext): TestCase[] {
  return [
    {
      name: 'rebalancing the unbalanced example writes E5 and E8, and undo puts them back',
      run: () =>
        sb.onPage(open('?example=unbalanced'), async (page) => {
          assert.equal(await sb.cellText(page, 'C6'), '600.00');
          const plan = checkWorkbook(specToSnapshot(exampleSpec('unbalanced')), { lang: 'zh' }).plan;
          assert.deepEqual(plan.map((c) => [c.cell, c.before, c.after]), [['E5', 6904.16, 6936.55], ['E8', 6904.16, 6936.55]]);
          await sb.paneTab(page, sb.ZH.balance).click();
          const panel = sb.panePanel(page, sb.ZH.balance);
          await panel.getByRole('button', { name: sb.ZH.check, exact: true }).click();
          const table = panel.getByRole('table', { name: sb.ZH.planTable });
          await table.waitFor({ timeout: 20000 });
          for (const cell of ['E5', 'E8']) {
            const row = table.getByRole('row').filter({ hasText: cell });
            assert.equal(await row.count(), 1, `one plan row for ${cell}`);
            assert.match((await row.textContent()) ?? '', /6,904\.16 → 6,936\.55/);
          }
          await panel.getByRole('button', { name: sb.ZH.apply, exact: true }).click();
          await sb.waitForCellText(page, 'E5', '6,936.55');
          assert.equal(await sb.cellText(page, 'E8'), '6,936.55');
          // What was written stays listed (until the next check) under one message that names the cells.
          const written = panel.getByRole('table', { name: sb.ZH.applied });
          await written.waitFor();
          assert.deepEqual(await written.locator('tbody tr td:first-child').allTextContents(), ['E5✓ 已写入', 'E8✓ 已写入']);
          await panel.getByText('已写入 E5、E8（2 个单元格）。如需恢复，请点“撤销”。', { exact: true }).waitFor();
          await panel.getByRole('button', { name: sb.ZH.apply, exact: true }).waitFor({ state: 'detached' });
          assert.equal(await panel.getByText('所有合计均已平衡').count(), 0, 'no second success box');
          await screenshot(page, join(ROOT, 'test-output', 'screenshots', 'sandbox-balance-applied.png'));
          const applied = await sb.probeSpec(page);
          assert.equal(applied.sheets[0].cells.E5.value, 6936.55);
          assert.equal(applied.sheets[0].cells.E8.value, 6936.55);
          await panel.getByRole('button', { name: sb.ZH.undo, exact: true }).click();
          await sb.waitForCellText(page, 'E5', '6,904.16');
          assert.equal(await sb.cellText(page, 'E8'), '6,904.16');
          assert.deepEqual(await sb.probeSpec(page), exampleSpec('unbalanced'));
        }),
    },
    {
      name: 'a new project sheet appears as a new tab and reads back as a project',
      run: () =>
        sb.onPage(open(), async (page) => {
          const name = '浏览器试用项目';
          await sb.paneTab(page, sb.ZH.newProject).click();
          const panel = sb.panePanel(page, sb.ZH.newProject);
          await panel.getByRole('textbox', { name: sb.ZH.projectName }).fill(name);
          await panel.getByRole('textbox', { name: sb.ZH.amount }).fill('50000');
          await panel.getByRole('textbox', { name: sb.ZH.start }).fill('2026');
          await panel.getByRole('textbox', { name: sb.ZH.end }).fill('2027');
          // The budget year the sheet will name is in the form, as the engine picks it for 2026–2027.
          const year = String(budgetYearFor({ name, start: '2026', end: '2027' }, new Date().getFullYear()));
          assert.equal(await panel.getByRole('textbox', { name: sb.ZH.budgetYear }).inputValue(), year);
          await panel.getByRole('button', { name: sb.ZH.create, exact: true }).click();
          await sb.sheetTab(page, name).waitFor({ timeout: 15000 });
          // The new tab is past the end of the strip at 1280 px: it is scrolled into view, and the
          // strip shows that more tabs lie before it.
          assert.ok(await sb.visibleWithin(sb.sheetTab(page, name), '.sheet-tabs'), 'the new sheet’s tab is in view');
          const strip = page.getByRole('tablist', { name: sb.ZH.sheets });
          assert.ok(await strip.evaluate((el) => el.scrollLeft > 0), 'the strip scrolled');
          assert.equal(await strip.getAttribute('data-more-before'), 'true');
          await screenshot(page, join(ROOT, 'test-output', 'screenshots', 'sandbox-new-project.png'));
          assert.deepEqual(await sb.sheetNames(page), [...seed.sheets.map((s) => s.name), name]);
          assert.equal(await sb.activeSheet(page), name);
          const spec = (await sb.probeSpec(page)) as unknown as WorkbookSpec;
          const model = checkWorkbook(specToSnapshot(spec), { lang: 'zh' }).model.sheets.find((s) => s.name === name);
          assert.equal(model?.kind, 'project');
          assert.equal(model?.header['项目名称']?.value, name);
          assert.equal(spec.sheets.at(-1)?.cells.A8?.value, `${year}年预算金额（元）`);
          assert.ok((model?.categories.length ?? 0) > 0, 'the template has its indicator categories');
        }),
    },
    {
      name: 'an .xlsx picked by the user is read in the browser like the command line reads it',
      run: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'budget-check-e2e-'));
        try {
          const file = join(dir, 'merged.xlsx');
          const spec = mergedVariant(exampleSpec('seed'));
          await writeSpecFile(spec, file);
          const fromFile = expectedCheck(await readWorkbookFile(file));
          const opened = await open();
          const { page } = opened;
          await page.getByLabel(sb.ZH.openFile).setInputFiles(file);
          await page.getByText('已打开“merged.xlsx”').waitFor({ timeout: 20000 });
          assert.deepEqual(await sb.sheetNames(page), spec.sheets.map((s) => s.name));
          const merge = spec.sheets[0].merges[0];
          const [first, last] = merge.split(':');
          const td = sb.gridCell(page, first);
          const span = await td.evaluate((cell) => [(cell as HTMLTableCellElement).colSpan, (cell as HTMLTableCellElement).rowSpan]);
          const cols = last.charCodeAt(0) - first.charCodeAt(0) + 1;
          const rows = Number(last.slice(1)) - Number(first.slice(1)) + 1;
          assert.deepEqual(span, [cols, rows], `${merge} is drawn merged`);
          await sb.runCheck(page);
          assert.deepEqual(await sb.probeHighlights(page), fromFile.highlights);
          sb.assertNoErrors(opened);
          await page.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
    {
      name: 'at 320 px wide the page never scrolls sideways on the 检查 and 平衡 tabs, and plan rows stay short',
      run: () =>
        sb.onPage(open('?example=unbalanced'), async (page) => {
          await page.setViewportSize({ width: 320, height: 800 });
          await sb.runCheck(page);
          const checkPanel = sb.panePanel(page, sb.ZH.check);
          await sb.summarySheet(page, DEPARTMENT_SHEET).click();
          await checkPanel.getByRole('heading', { level: 4 }).first().waitFor();
          const onCheck = await sb.sidewaysWidths(page);
          assert.ok(onCheck.documentScrollWidth <= 320, `检查: the document is ${onCheck.documentScrollWidth} px wide`);
          assert.equal(onCheck.paneOverflow, 0, '检查: the task pane does not scroll sideways');

          await sb.paneTab(page, sb.ZH.balance).click();
          const table = sb.panePanel(page, sb.ZH.balance).getByRole('table', { name: sb.ZH.planTable });
          await table.waitFor({ timeout: 20000 });
          const onBalance = await sb.sidewaysWidths(page);
          assert.ok(onBalance.documentScrollWidth <= 320, `平衡: the document is ${onBalance.documentScrollWidth} px wide`);
          assert.equal(onBalance.paneOverflow, 0, '平衡: the task pane does not scroll sideways');
          const rows: number[] = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Math.round(tr.getBoundingClientRect().height)));
          assert.equal(rows.length, 3, 'the sheet row and the rows of E5 and E8');
          assert.ok(Math.max(...rows) <= 160, `plan rows are at most 160 px tall at 320 px, not ~300 as in three equal columns (got ${rows.join(', ')})`);
          await screenshot(page, join(ROOT, 'test-output', 'screenshots', 'sandbox-320-balance.png'));
        }),
    },
    {
      name: 'at a narrow width the task pane stacks below the grid; ?lang=en speaks English',
      run: () =>
        sb.onPage(open('?lang=en'), async (page) => {
          await page.setViewportSize({ width: 600, height: 900 });
          await page.getByText('Sandbox: try it in a browser, no Excel').waitFor();
          await page.getByRole('complementary', { name: 'Task pane' }).getByRole('tab', { name: 'Check', exact: true }).waitFor();
          const grid = await page.locator('.workbook').boundingBox();
          const paneBox = await page.getByRole('complementary', { name: 'Task pane' }).boundingBox();
          assert.ok(grid && paneBox && paneBox.y >= grid.y + grid.height - 1, 'the pane is below the grid');
          assert.ok(paneBox && paneBox.width > 500, 'the pane takes the full width');
        }),
    },
  ];
}
