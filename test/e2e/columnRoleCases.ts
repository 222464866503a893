// Browser test of setting a column's role in the reading notes: the real pane on the sandbox, whose
// host is the real Excel adapter on the simulated Excel (the role is saved in the record sheet).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import type { WorkbookSpec } from '../../src/engine/schema';
import { expectedCheck } from './expected';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import type { E2eContext } from './support';

/** A 转移支付 form with one target column per county; 东城县 (E) has a rate over 100 % in E4. */
function countySpec(): WorkbookSpec {
  const rows = [
    ['转移支付区域绩效目标表'],
    ['一级指标', '二级指标', '三级指标', '全市', '东城县', '西山县'],
    ['产出指标', '数量指标', '养护里程', '≥300公里', '≥120公里', '≥180公里'],
    ['', '质量指标', '养护合格率', '≥95%', '≥105%', '≥96%'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '≥90%', '≥92%'],
  ];
  const cells: WorkbookSpec['sheets'][number]['cells'] = {};
  rows.forEach((row, r) => row.forEach((value, c) => value !== '' && (cells[`${String.fromCharCode(65 + c)}${r + 1}`] = { value })));
  return { sheets: [{ name: '县区', cells, merges: [], columnWidths: {}, validations: [] }] };
}

const LINE = /^「县区」按以下方式读取/;

export function columnRoleCases({ open }: E2eContext): TestCase[] {
  return [
    {
      name: 'a column’s role set in the reading notes is saved, and the check reads column E as the annual target',
      run: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'budget-check-e2e-'));
        try {
          const file = join(dir, 'county.xlsx');
          await writeSpecFile(countySpec(), file);
          const snapshot = await readWorkbookFile(file);
          const before = expectedCheck(snapshot);
          const after = expectedCheck(snapshot, [{ sheet: '县区', column: 'E', role: 'annual', header: '东城县' }]);
          assert.equal(before.highlights['县区!E4'], undefined);
          assert.equal(after.highlights['县区!E4'], 'error');

          const opened = await open();
          const { page } = opened;
          await page.getByLabel(sb.ZH.openFile).setInputFiles(file);
          await page.getByText('已打开“county.xlsx”').waitFor({ timeout: 20000 });
          await sb.runCheck(page);
          const notes = sb.pane(page).getByRole('region', { name: '读取方式' });
          assert.equal(
            await notes.getByText(LINE).textContent(),
            '「县区」按以下方式读取：A列 一级指标（表头与内容一致）、B列 二级指标（表头与内容一致）、C列 三级指标（表头与内容一致）、D列 年度指标值（依内容）',
          );
          assert.deepEqual(await sb.probeHighlights(page), before.highlights);

          await notes.getByRole('combobox', { name: '「县区」E列的用途' }).click();
          await page.getByRole('option', { name: '年度指标值' }).click();
          assert.equal(await notes.getByRole('combobox', { name: '「县区」E列的用途' }).textContent(), '年度指标值');
          await notes.getByRole('button', { name: '按所选用途重新检查' }).click();
          await notes.getByText('「县区」E列：年度指标值').waitFor({ timeout: 20000 });
          await notes.getByText('E列 年度指标值（按您的设定）').waitFor({ timeout: 20000 });
          assert.equal(await notes.getByRole('combobox', { name: '「县区」D列的用途' }).textContent(), '不是指标列');
          assert.deepEqual(await sb.probeHighlights(page), after.highlights);

          await notes.getByRole('button', { name: '恢复自动识别' }).click();
          await notes.getByText('D列 年度指标值（依内容）').waitFor({ timeout: 20000 });
          assert.equal(await notes.getByText('「县区」E列：年度指标值').count(), 0);
          assert.deepEqual(await sb.probeHighlights(page), before.highlights);
          sb.assertNoErrors(opened);
          await page.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  ];
}
