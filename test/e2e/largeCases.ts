// Browser tests on a large workbook: the real Excel adapter, on the simulated Excel, in Chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { manyProjects } from '../bench/measure';
import { expectedCheck } from './expected';
import type { TestCase } from './harness';
import * as sb from './sandboxPage';
import type { E2eContext } from './support';

export function largeCases({ open }: E2eContext): TestCase[] {
  return [
    {
      name: 'a 1,000-sheet workbook is read, checked and highlighted through the Excel adapter',
      timeoutMs: 240000,
      run: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'budget-check-e2e-'));
        try {
          const file = join(dir, 'many.xlsx');
          const spec = manyProjects(999);
          await writeSpecFile(spec, file);
          const fromFile = expectedCheck(await readWorkbookFile(file));
          const opened = await open();
          const { page } = opened;
          await page.getByLabel(sb.ZH.openFile).setInputFiles(file);
          await page.getByText('已打开“many.xlsx”').waitFor({ timeout: 120000 });
          assert.equal((await sb.sheetNames(page)).length, 1000);
          // The check runs on the page's one thread for some seconds: clicks wait for it.
          await sb.paneTab(page, sb.ZH.check).click({ timeout: 120000 });
          await sb.panePanel(page, sb.ZH.check).getByRole('button', { name: sb.ZH.check, exact: true }).click({ timeout: 120000 });
          await sb.pane(page).getByRole('region', { name: sb.ZH.result }).waitFor({ timeout: 120000 });
          const highlights = await sb.probeHighlights(page);
          assert.ok(Object.keys(highlights).length > 1000, 'findings on many sheets are highlighted');
          assert.deepEqual(highlights, fromFile.highlights);
          sb.assertNoErrors(opened);
          await page.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  ];
}
