// `npm run test:e2e` — the real task pane in headless Chromium, on the browser sandbox served from the
// production build (dist/). Prints "N passed, M failed" last; exits 1 on any failure.
// Options: --only <text> runs the tests whose name contains it; --readme-screenshot also copies the
// screenshot to assets/screenshot-sandbox.png.
import '../bench/textHook'; // first: the seed text is imported as a string
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import type { WorkbookSpec } from '../../src/engine/schema';
import { HIGHLIGHT_FILL } from '../../src/engine/highlight';
import { DEPARTMENT_SHEET, exampleSpec } from '../../src/sandbox/examples';
import { budgetYearFor } from '../../src/engine/templates';
import { mergedVariant } from '../../src/sample/variants';
import { launchBrowser, type Browser } from './browser';
import { expectedCheck } from './expected';
import { runTests, type TestCase } from './harness';
import * as sb from './sandboxPage';
import { serveStatic, type StaticServer } from './staticServer';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENSHOT = join(ROOT, 'test-output', 'screenshots', 'sandbox.png');
const README_SCREENSHOT = join(ROOT, 'assets', 'screenshot-sandbox.png');
const PROJECT = '市政府办宣传办刊及慰问经费';

/** The newest modification time of the files a build is made from. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/** Builds dist/ when it is missing or older than the sources, so the tests never run an old build. */
function ensureBuild(): void {
  const built = join(DIST, 'sandbox.html');
  const sources = Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'webpack.config.js')), newestSource(join(ROOT, 'package.json')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('dist/ is missing or older than src/: running npm run build first…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

async function screenshot(page: Page, path: string, copyTo?: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  if (copyTo) copyFileSync(path, copyTo);
}

/** "rgb(255, 235, 156)" for "#FFEB9C": how the browser reports a fill. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * Fluent UI's focus manager (tabster) puts empty, aria-hidden, focusable <i data-tabster-dummy> guards
 * around arrow-key groups; they pass focus on at once and are a known false positive of axe's
 * aria-hidden-focus rule (microsoft/tabster#288; Accessibility Insights suppresses it the same way).
 * Only those exact guards are excused: any other aria-hidden focusable element still fails.
 */
function isTabsterDummy(html: string): boolean {
  return /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/.test(html) && /aria-hidden="true"/.test(html);
}

function tests(browser: Browser, server: StaticServer, argv: string[]): TestCase[] {
  const seed = exampleSpec('seed');
  const expected = expectedCheck(specToSnapshot(seed));
  const open = (query = '') => sb.openSandbox(browser.context, server.url, query);

  return [
    {
      name: 'the sandbox opens the seed workbook without office.js or any other network request',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await page.getByText('沙盒：在浏览器中试用，不连接 Excel').waitFor();
        assert.deepEqual(await sb.sheetNames(page), seed.sheets.map((s) => s.name));
        assert.equal((await sb.sheetNames(page)).length, 10);
        assert.equal(await sb.activeSheet(page), DEPARTMENT_SHEET);
        assert.equal(await sb.cellText(page, 'E5'), '6,904.16');
        assert.equal(await sb.cellText(page, 'A1'), DEPARTMENT_SHEET);
        assert.deepEqual(await page.locator('thead th').allTextContents(), ['A', 'B', 'C', 'D', 'E']);
        const foreign = opened.requests.filter((url) => !url.startsWith(server.url));
        assert.deepEqual(foreign, [], 'requests outside the local server');
        assert.ok(!opened.requests.some((url) => /office\.js/i.test(url)), 'office.js was requested');
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'checking the seed shows the engine’s counts and highlights exactly its cells',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await sb.runCheck(page);
        const result = sb.pane(page).getByRole('region', { name: sb.ZH.result });
        await result.getByText(expected.ready ? '可以提交' : '需修改', { exact: true }).waitFor();
        assert.equal(expected.counts.error > 0, true, 'the seed has errors (hand-checked: B25 of several project sheets)');
        for (const [label, n] of [['错误', expected.counts.error], ['警告', expected.counts.warning], ['提示', expected.counts.info]] as const) {
          await result.getByText(`${label} ${n}`, { exact: true }).first().waitFor({ timeout: 5000 });
        }
        for (const [sheet, line] of expected.sheetLines) {
          const item = result.getByRole('listitem').filter({ hasText: sheet });
          assert.equal(await item.getByText(line, { exact: true }).count(), 1, `summary line of ${sheet}`);
        }
        assert.deepEqual(await sb.probeHighlights(page), expected.highlights);
        await sb.sheetTab(page, PROJECT).click();
        const e24 = sb.gridCell(page, 'E24');
        assert.equal(await e24.getAttribute('data-highlight'), 'warning');
        assert.equal(await e24.evaluate((td) => getComputedStyle(td).backgroundColor), rgb(HIGHLIGHT_FILL.warning));
        assert.equal(await sb.gridCell(page, 'B25').getAttribute('data-highlight'), 'error');
        assert.equal(await sb.gridCell(page, 'A1').getAttribute('data-highlight'), null);
        await page.setViewportSize({ width: 1280, height: 760 });
        await screenshot(page, SCREENSHOT, argv.includes('--readme-screenshot') ? README_SCREENSHOT : undefined);
        await sb.panePanel(page, sb.ZH.check).getByRole('button', { name: '清除标记', exact: true }).click();
        await page.waitForFunction(() => document.querySelectorAll('td[data-highlight]').length === 0);
        assert.deepEqual(await sb.probeHighlights(page), {});
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'choosing a finding switches to its sheet and outlines its cell in view',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await sb.runCheck(page);
        const panel = sb.panePanel(page, sb.ZH.check);
        await sb.summarySheet(page, PROJECT).click();
        await panel.getByRole('button', { name: /^E24\b/ }).first().click();
        await page.locator('td[data-selected="true"]').waitFor();
        assert.equal(await sb.activeSheet(page), PROJECT);
        assert.deepEqual(await page.locator('td[data-selected="true"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell'))), ['E24']);
        assert.ok(await sb.visibleInScroller(sb.gridCell(page, 'E24')), 'E24 is scrolled into view');
        assert.equal(await page.evaluate(() => document.scrollingElement?.scrollTop), 0, 'only the grid scrolled, not the page');
        await screenshot(page, join(ROOT, 'test-output', 'screenshots', 'sandbox-finding.png'));
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'rebalancing the unbalanced example writes E5 and E8, and undo puts them back',
      run: async () => {
        const opened = await open('?example=unbalanced');
        const { page } = opened;
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
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'a new project sheet appears as a new tab and reads back as a project',
      run: async () => {
        const opened = await open();
        const { page } = opened;
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
        sb.assertNoErrors(opened);
        await page.close();
      },
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
      name: 'after a check the error sheets are open; a summary line opens its sheet and moves focus there',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await sb.runCheck(page);
        const errorSheets = Object.entries(expected.sheetCounts).filter(([, c]) => c.error > 0).map(([sheet]) => sheet);
        for (const sheet of expected.groupSheets) {
          const want = errorSheets.includes(sheet) ? 'true' : 'false';
          assert.equal(await sb.findingsGroup(page, sheet).getAttribute('aria-expanded'), want, `group ${sheet}`);
        }
        const sheet = '金融稳定发展协调费'; // warnings only: closed at first
        await sb.summarySheet(page, sheet).click();
        const header = sb.findingsGroup(page, sheet);
        await page.waitForFunction((s) => document.activeElement?.closest('h3')?.textContent?.startsWith(s) === true, sheet);
        assert.equal(await header.getAttribute('aria-expanded'), 'true');
        assert.ok(await sb.visibleWithin(header, '.pane'), 'the group header is scrolled into the pane');
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'a finding line shows a focus ring around itself when reached with Tab',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await sb.runCheck(page);
        const first = sb.findingsGroup(page, '援派干部经费');
        await first.focus();
        await page.keyboard.press('Tab'); // into the open group: its first finding line
        const ring = await page.evaluate(() => {
          const button = document.activeElement as HTMLElement;
          const after = getComputedStyle(button, '::after');
          const box = button.getBoundingClientRect();
          return { tag: button.tagName, title: button.title, position: getComputedStyle(button).position, border: after.borderTopStyle, width: after.width, box: box.width };
        });
        assert.equal(ring.title, '在 Excel 中选中此单元格', 'focus is on a finding line');
        assert.equal(ring.position, 'relative', 'the ring is placed against the line, not the page');
        assert.equal(ring.border, 'solid');
        assert.ok(Math.abs(parseFloat(ring.width) - ring.box) < 8, `the ring is as wide as the line (${ring.width} vs ${ring.box})`);
        const box = await page.evaluate(() => {
          const r = document.activeElement!.getBoundingClientRect();
          return { x: r.x - 8, y: r.y - 8, width: r.width + 16, height: r.height + 16 };
        });
        mkdirSync(join(ROOT, 'test-output', 'screenshots'), { recursive: true });
        await page.screenshot({ path: join(ROOT, 'test-output', 'screenshots', 'sandbox-focus-finding.png'), clip: box });
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'the task pane fits under the sandbox bar: nothing to scroll before a check',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await sb.paneTab(page, sb.ZH.check).waitFor();
        const sizes = await page.locator('.pane').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
        assert.ok(sizes.scroll <= sizes.client, `the pane scrolls (${sizes.scroll} > ${sizes.client})`);
        const root = await page.locator('.pane > .fui-FluentProvider').evaluate((el) => el.getBoundingClientRect().height);
        assert.ok(Math.abs(root - sizes.client) <= 1, `the pane's app fills its column (${root} vs ${sizes.client})`);
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'axe finds no serious or critical accessibility violation after a check',
      run: async () => {
        const opened = await open();
        const { page } = opened;
        await sb.runCheck(page);
        const panel = sb.panePanel(page, sb.ZH.check);
        await sb.summarySheet(page, PROJECT).click();
        await panel.getByRole('button', { name: /^E24\b/ }).first().waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && isTabsterDummy(n.html))) }))
          .filter((v) => v.nodes.length > 0);
        const describe = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        assert.deepEqual(describe, []);
        assert.ok(results.passes.length > 20, 'axe ran its rules');
        await page.close();
      },
    },
    {
      name: 'at 320 px wide the page never scrolls sideways on the 检查 and 平衡 tabs, and plan rows stay short',
      run: async () => {
        const opened = await open('?example=unbalanced');
        const { page } = opened;
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
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
    {
      name: 'at a narrow width the task pane stacks below the grid; ?lang=en speaks English',
      run: async () => {
        const opened = await open('?lang=en');
        const { page } = opened;
        await page.setViewportSize({ width: 600, height: 900 });
        await page.getByText('Sandbox: try it in a browser, no Excel').waitFor();
        await page.getByRole('complementary', { name: 'Task pane' }).getByRole('tab', { name: 'Check', exact: true }).waitFor();
        const grid = await page.locator('.workbook').boundingBox();
        const paneBox = await page.getByRole('complementary', { name: 'Task pane' }).boundingBox();
        assert.ok(grid && paneBox && paneBox.y >= grid.y + grid.height - 1, 'the pane is below the grid');
        assert.ok(paneBox && paneBox.width > 500, 'the pane takes the full width');
        sb.assertNoErrors(opened);
        await page.close();
      },
    },
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
  ensureBuild();
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  let outcome = { passed: 0, failed: 0 };
  try {
    console.log(`Sandbox e2e against ${server.url}/sandbox.html (Chromium: ${browser.context.browser()?.version() ?? 'persistent context'})`);
    outcome = await runTests(tests(browser, server, argv), only);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
  process.exitCode = outcome.failed === 0 && outcome.passed > 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`e2e run failed: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
