// Browser tests of the pane moving the grid: the rebalanced cells shown and marked, the plan's cell
// names as links, and choosing a finding scrolling only as far as needed (also with the pane below).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import { PROJECT, type E2eContext } from './support';

const scrollOf = (page: Page) =>
  page.locator('.grid-scroll').evaluate((box) => ({ left: Math.round(box.scrollLeft), top: Math.round(box.scrollTop) }));

/** True when the element lies inside the window's visible part. */
const inWindow = (page: Page, address: string) =>
  sb.gridCell(page, address).evaluate((td) => {
    const r = td.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= document.documentElement.clientHeight;
  });

export function paneGridCases({ open }: E2eContext): TestCase[] {
  return [
    {
      name: 'applying a rebalance shows the first written cell, marks the written cells, and the plan’s cell names select',
      run: () =>
        sb.onPage(open('?example=unbalanced'), async (page) => {
          await page.setViewportSize({ width: 1000, height: 600 });
          await sb.paneTab(page, sb.ZH.balance).click();
          const panel = sb.panePanel(page, sb.ZH.balance);
          await panel.getByRole('button', { name: sb.ZH.check, exact: true }).click();
          const table = panel.getByRole('table', { name: sb.ZH.planTable });
          await table.waitFor({ timeout: 20000 });
          // The user has scrolled down the sheet: E5 and E8 are out of sight.
          await page.locator('.grid-scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight));
          assert.equal(await sb.visibleInScroller(sb.gridCell(page, 'E5')), false, 'E5 starts out of view');
          await table.getByRole('button', { name: 'E8', exact: true }).click();
          await page.locator('td[data-selected="true"][data-cell="E8"]').waitFor();
          assert.ok(await sb.visibleInScroller(sb.gridCell(page, 'E8')), 'clicking E8 in the plan shows it');

          await page.locator('.grid-scroll').evaluate((box) => box.scrollTo(0, box.scrollHeight));
          await panel.getByRole('button', { name: sb.ZH.apply, exact: true }).click();
          await sb.waitForCellText(page, 'E5', '6,936.55');
          await page.locator('td[data-selected="true"][data-cell="E5"]').waitFor();
          assert.ok(await sb.visibleInScroller(sb.gridCell(page, 'E5')), 'the first written cell is in view');
          const changed = await page.locator('td[data-changed="true"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell')));
          assert.deepEqual(changed, ['E5', 'E8']);
          assert.match((await sb.gridCell(page, 'E5').textContent()) ?? '', /（已改动）/);
          await page.locator('.legend').getByText('已改动').waitFor();
          await panel.getByRole('button', { name: sb.ZH.undo, exact: true }).click();
          await sb.waitForCellText(page, 'E5', '6,904.16');
          assert.equal(await page.locator('td[data-changed]').count(), 0, 'undo takes the marks away');
        }),
    },
    {
      name: 'choosing a finding whose cell is in view leaves the grid where it is',
      run: () =>
        sb.onPage(open(), async (page) => {
          await page.setViewportSize({ width: 900, height: 700 });
          await sb.runCheck(page);
          await sb.summarySheet(page, PROJECT).click();
          await sb.sheetTab(page, PROJECT).click();
          // E24 in view, near the grid's top-left corner (past the headers), and the grid scrolled both ways.
          const scrolled = await sb.gridCell(page, 'E24').evaluate((td) => {
            const box = td.closest('.grid-scroll') as HTMLElement;
            const c = td.getBoundingClientRect();
            const b = box.getBoundingClientRect();
            box.scrollLeft += c.left - b.left - 60;
            box.scrollTop += c.top - b.top - 40;
            return { left: Math.round(box.scrollLeft), top: Math.round(box.scrollTop) };
          });
          assert.ok(scrolled.left > 0 && scrolled.top > 0, `the grid scrolled (${JSON.stringify(scrolled)})`);
          assert.ok(await sb.visibleInScroller(sb.gridCell(page, 'E24')), 'E24 is in view before choosing it');
          await sb.panePanel(page, sb.ZH.check).getByRole('button', { name: /^E24\b/ }).first().click();
          await page.locator('td[data-selected="true"][data-cell="E24"]').waitFor();
          assert.deepEqual(await scrollOf(page), scrolled, 'the grid did not move');
        }),
    },
    {
      name: 'with the pane below the grid, choosing a finding scrolls the page and the grid to its cell',
      run: () =>
        sb.onPage(open(), async (page) => {
          await page.setViewportSize({ width: 600, height: 800 });
          await sb.runCheck(page);
          await sb.summarySheet(page, PROJECT).click();
          const finding = sb.panePanel(page, sb.ZH.check).getByRole('button', { name: /^E24\b/ }).first();
          await finding.scrollIntoViewIfNeeded();
          assert.equal(await inWindow(page, 'A1'), false, 'the grid is scrolled off the window');
          await finding.click();
          await page.locator('td[data-selected="true"][data-cell="E24"]').waitFor();
          await page.waitForFunction(() => {
            const r = document.querySelector('td[data-cell="E24"]')!.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= document.documentElement.clientHeight;
          });
          assert.ok(await sb.visibleInScroller(sb.gridCell(page, 'E24')), 'E24 is in the grid’s view');
          assert.ok(await inWindow(page, 'E24'), 'E24 is in the window');
        }),
    },
  ];
}
