// The sandbox page as the tests drive it: by accessible names (what a screen reader announces) for
// the task pane, by data attributes for the grid's cells.
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export interface ProbeSpec {
  sheets: { name: string; cells: Record<string, { value: string | number | boolean }> }[];
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

export async function openSandbox(context: BrowserContext, baseUrl: string, query = ''): Promise<OpenedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/sandbox.html${query}`);
  await page.locator('table.sheet-grid').waitFor();
  return { page, requests, errors };
}

export const ZH = {
  sheets: '工作表',
  pane: '任务窗格',
  check: '检查',
  balance: '平衡',
  newProject: '新建项目表',
  result: '检查结果',
  planTable: '平衡方案',
  apply: '应用',
  undo: '撤销',
  openFile: '打开 .xlsx 文件',
  create: '新建',
  projectName: /^项目名称/,
  amount: /^金额/,
  start: /^起始年度/,
  end: /^到期年度/,
  budgetYear: /^预算年度/,
  applied: '已写入的调整',
} as const;

/** A sheet's line in the 检查结果 summary: a button that opens and moves to the sheet's findings. */
export function summarySheet(page: Page, sheet: string): Locator {
  return pane(page).getByRole('region', { name: ZH.result }).getByRole('button', { name: new RegExp(`^${sheet}`) });
}

/** The header button of a sheet's group in 问题列表. */
export function findingsGroup(page: Page, sheet: string): Locator {
  return pane(page).getByRole('region', { name: '问题列表' }).getByRole('heading', { level: 3 }).filter({ hasText: sheet }).getByRole('button');
}

/** True when the element's box lies inside the nearest box of `selector` around it. */
export async function visibleWithin(locator: Locator, selector: string): Promise<boolean> {
  return locator.evaluate((element, sel) => {
    const box = element.parentElement?.closest(sel);
    if (!box) return false;
    const a = element.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.left >= b.left - 1 && a.right <= b.right + 1;
  }, selector);
}

export function sheetTab(page: Page, name: string): Locator {
  return page.getByRole('tablist', { name: ZH.sheets }).getByRole('tab', { name, exact: true });
}

export function pane(page: Page): Locator {
  return page.getByRole('complementary', { name: ZH.pane });
}

export function paneTab(page: Page, name: string): Locator {
  return pane(page).getByRole('tab', { name, exact: true });
}

/** The visible tab panel of the task pane (the others are hidden). */
export function panePanel(page: Page, name: string): Locator {
  return pane(page).getByRole('tabpanel', { name, exact: true });
}

export function gridCell(page: Page, address: string): Locator {
  return page.locator(`table.sheet-grid td[data-cell="${address}"]`);
}

export async function sheetNames(page: Page): Promise<string[]> {
  return page.getByRole('tablist', { name: ZH.sheets }).getByRole('tab').allTextContents();
}

export async function activeSheet(page: Page): Promise<string> {
  return (await page.getByRole('tablist', { name: ZH.sheets }).locator('[aria-selected="true"]').textContent()) ?? '';
}

/** Waits until the active sheet's cell shows exactly `text`. */
export async function waitForCellText(page: Page, address: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([a, t]) => document.querySelector(`table.sheet-grid td[data-cell="${a}"] .cell-text`)?.textContent === t,
    [address, text] as const,
    { timeout: 15000 },
  );
}

export async function cellText(page: Page, address: string): Promise<string> {
  return (await gridCell(page, address).locator('.cell-text').textContent()) ?? '';
}

/** The workbook behind the page, as data (exposed by src/sandbox/index.tsx for tests). */
export async function probeSpec(page: Page): Promise<ProbeSpec> {
  return page.evaluate(() => window.budgetCheckSandbox!.spec() as ProbeSpec);
}

export async function probeHighlights(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => window.budgetCheckSandbox!.highlights());
}

/** Runs the check from the 检查 tab and waits for its result. */
export async function runCheck(page: Page): Promise<void> {
  await paneTab(page, ZH.check).click();
  await panePanel(page, ZH.check).getByRole('button', { name: ZH.check, exact: true }).click();
  await pane(page).getByRole('region', { name: ZH.result }).waitFor({ timeout: 20000 });
}

/** True when the element's box lies inside its scrolling container's visible box. */
export async function visibleInScroller(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const scroller = element.closest('.grid-scroll');
    if (!scroller) return false;
    const a = element.getBoundingClientRect();
    const b = scroller.getBoundingClientRect();
    return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
  });
}

/**
 * The document's scroll width, and how far the task pane's own box can scroll sideways (0 when it
 * cannot): at a narrow width neither may make the user scroll sideways to read a line.
 */
export async function sidewaysWidths(page: Page): Promise<{ documentScrollWidth: number; paneOverflow: number }> {
  return page.evaluate(() => {
    const paneBox = document.querySelector<HTMLElement>('.pane');
    return {
      documentScrollWidth: document.documentElement.scrollWidth,
      paneOverflow: paneBox ? Math.max(0, paneBox.scrollWidth - paneBox.clientWidth) : -1,
    };
  });
}

export function assertNoErrors(opened: OpenedPage): void {
  assert.deepEqual(opened.errors, [], 'the page logged errors');
}

/** Runs a test on a freshly opened sandbox page, then checks the page logged no errors and closes it. */
export async function onPage(opening: Promise<OpenedPage>, body: (page: Page, opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await opening;
  await body(opened.page, opened);
  assertNoErrors(opened);
  await opened.page.close();
}
