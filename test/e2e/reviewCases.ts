// Browser test of 导出审核意见 in the sandbox: after a check the pane's button downloads the
// 审核意见 workbook of the open workbook, which exceljs opens with the engine's 汇总 in it.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { paneReviewTables } from '../../src/taskpane/check/reviewExport';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import type { E2eContext } from './support';

export function reviewCases({ seed, open }: E2eContext): TestCase[] {
  return [
    {
      name: '导出审核意见 downloads 审核意见-seed.xlsx, whose 汇总 holds the engine’s rows for the open workbook',
      run: () =>
        sb.onPage(open(), async (page) => {
          await sb.runCheck(page);
          const panel = sb.panePanel(page, sb.ZH.check);
          const downloading = page.waitForEvent('download');
          await panel.getByRole('button', { name: '导出审核意见', exact: true }).click();
          const download = await downloading;
          assert.equal(download.suggestedFilename(), '审核意见-seed.xlsx');
          await panel.getByText('已下载“审核意见-seed.xlsx”。').waitFor();

          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
          assert.deepEqual(workbook.worksheets.map((ws) => ws.name), ['汇总', '意见明细', '质量评分']);
          const [summary] = paneReviewTables('seed.xlsx', checkWorkbook(specToSnapshot(seed), { lang: 'zh' }), []);
          const ws = workbook.getWorksheet('汇总')!;
          const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
          assert.deepEqual(row(2), summary.rows[0].map((v) => v ?? ''));
          assert.deepEqual(row(summary.rows.length + 2), summary.total!.map((v) => v ?? ''));
          assert.equal(row(2)[1], 'seed.xlsx');
        }),
    },
  ];
}
