// Browser tests of the 检查 tab on the sandbox: counts, highlights, choosing, focus, layout, accessibility.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HIGHLIGHT_FILL } from '../../src/engine/highlight';
import { DEPARTMENT_SHEET } from '../../src/sandbox/examples';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import { isTabsterDummy, PROJECT, README_SCREENSHOT, rgb, ROOT, SCREENSHOT, screenshot, type E2eContext } from './support';

export function checkCases({ server, argv, seed, expected, open }: E2eContext): TestCase[] {
  return [
    {
      name: 'the sandbox opens the seed workbook without office.js or any other network request',
      run: () =>
        sb.onPage(open(), async (page, opened) => {
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
        }),
    },
    {
      name: 'checking the seed shows the engine’s counts and highlights exactly its cells',
      run: () =>
        sb.onPage(open(), async (page) => {
          await sb.runCheck(page);
          const result = sb.pane(page).getByRole('region', { name: sb.ZH.result });
          await result.getByText(expected.verdict, { exact: true }).waitFor();
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
        }),
    },
    {
      name: 'choosing a finding switches to its sheet and outlines its cell in view',
      run: () =>
        sb.onPage(open(), async (page) => {
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
        }),
    },
    {
      name: 'after a check the error sheets are open; a summary line opens its sheet and moves focus there',
      run: () =>
        sb.onPage(open(), async (page) => {
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
        }),
    },
    {
      name: 'a finding line shows a focus ring around itself when reached with Tab',
      run: () =>
        sb.onPage(open(), async (page) => {
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
        }),
    },
    {
      name: 'the task pane fits under the sandbox bar: nothing to scroll before a check',
      run: () =>
        sb.onPage(open(), async (page) => {
          await sb.paneTab(page, sb.ZH.check).waitFor();
          const sizes = await page.locator('.pane').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
          assert.ok(sizes.scroll <= sizes.client, `the pane scrolls (${sizes.scroll} > ${sizes.client})`);
          const root = await page.locator('.pane > .fui-FluentProvider').evaluate((el) => el.getBoundingClientRect().height);
          assert.ok(Math.abs(root - sizes.client) <= 1, `the pane's app fills its column (${root} vs ${sizes.client})`);
        }),
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
  ];
}
