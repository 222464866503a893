// Browser tests of a user's own .xlsx in the sandbox: the grid shows it as Excel does (widths, heights,
// wrapping, merges, fills), and the README's screenshot of a user's workbook after a check.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { columnLetters } from '../../src/engine/a1';
import { LOOK, lookWorkbookBuffer } from '../fixtures/lookWorkbook';
import { ownWorkbookBuffer } from '../fixtures/ownWorkbook';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import { OWN_README_SCREENSHOT, rgb, ROOT, screenshot, type E2eContext } from './support';

/** Writes the file to a fresh folder, picks it with the sandbox's file input and waits until it shows. */
async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-e2e-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, buffer);
    await page.getByLabel(sb.ZH.openFile).setInputFiles(file);
    await page.getByText(`已打开“${name}”`).waitFor({ timeout: 20000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const box = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

function assertNear(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= expected * 0.1, `${what}: ${Math.round(actual)} px, expected ${expected} px ±10 %`);
}

export function fileLookCases({ argv, open }: E2eContext): TestCase[] {
  return [
    {
      name: 'an .xlsx opened through the file input shows its column widths, wrapping, merges, row heights and fills',
      run: () =>
        sb.onPage(open(), async (page) => {
          await pickFile(page, 'look.xlsx', await lookWorkbookBuffer());
          assert.deepEqual(await sb.sheetNames(page), [LOOK.sheet]);
          // Widths: Excel draws a column of w characters 7w + 5 px wide at 100 %.
          const letters = Object.keys(LOOK.widths);
          assert.deepEqual(await page.locator('thead th').allTextContents(), letters);
          for (const [index, letter] of letters.entries()) {
            const head = await box(page, `thead th:nth-of-type(${index + 1})`);
            assert.equal(columnLetters(index + 1), letter);
            assertNear(head.width, LOOK.widths[letter] * 7 + 5, `column ${letter}`);
          }
          // Row heights in points, drawn at 4/3 px per point.
          for (const [row, points] of Object.entries(LOOK.heights)) {
            assertNear((await box(page, `table.sheet-grid tbody tr:nth-child(${row})`)).height, points * (4 / 3), `row ${row}`);
          }
          // Merges span their rows and columns, and the box is as wide as the columns under it.
          for (const [anchor, [rows, cols]] of Object.entries(LOOK.merges)) {
            const span = await sb.gridCell(page, anchor).evaluate((td) => [(td as HTMLTableCellElement).rowSpan, (td as HTMLTableCellElement).colSpan]);
            assert.deepEqual(span, [rows, cols], `${anchor} spans ${rows}×${cols}`);
          }
          const title = await box(page, 'td[data-cell="A1"]');
          assertNear(title.width, letters.reduce((sum, l) => sum + LOOK.widths[l] * 7 + 5, 0), 'A1:E1 merged');
          // Fills by colour, including the one on an empty cell past the data.
          for (const [address, fill] of Object.entries(LOOK.fills)) {
            assert.equal(await sb.gridCell(page, address).evaluate((td) => getComputedStyle(td).backgroundColor), rgb(fill), `${address} fill`);
          }
          // The wrapped text takes several lines inside its column; the same text unwrapped stays on one.
          const wrapped = await box(page, `td[data-cell="${LOOK.wrapped}"]`);
          const unwrapped = await box(page, `td[data-cell="${LOOK.unwrapped}"]`);
          assert.ok(wrapped.height >= 2 * unwrapped.height, `B3 wraps: ${wrapped.height} px tall against ${unwrapped.height} px`);
          const overflow = await sb.gridCell(page, LOOK.wrapped).evaluate((td) => td.scrollWidth - td.clientWidth);
          assert.equal(overflow, 0, 'the wrapped text stays inside its column');
          assert.equal(await sb.gridCell(page, LOOK.unwrapped).evaluate((td) => getComputedStyle(td).whiteSpace), 'nowrap');
        }),
    },
    {
      name: 'a user’s own workbook, opened from a file and checked, for the README',
      run: () =>
        sb.onPage(open(), async (page) => {
          await page.setViewportSize({ width: 1280, height: 760 });
          await pickFile(page, '2026年部门绩效目标表.xlsx', await ownWorkbookBuffer());
          await sb.runCheck(page);
          const first = sb.pane(page).getByRole('region', { name: '问题列表' }).getByRole('button').first();
          await first.waitFor();
          const fills = await page.locator('td[data-highlight]').count();
          assert.ok(fills > 0, 'the check marks cells of the user’s workbook');
          await screenshot(page, join(ROOT, 'test-output', 'screenshots', 'sandbox-own-workbook.png'), argv.includes('--readme-screenshot') ? OWN_README_SCREENSHOT : undefined);
        }),
    },
  ];
}
