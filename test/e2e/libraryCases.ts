// Browser tests of the 指标库 tab: search, then 从指标库添加 with its preview, write and undo.
import assert from 'node:assert/strict';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import type { E2eContext } from './support';

const SHEET = '援派干部经费';

export function libraryCases({ seed, open }: E2eContext): TestCase[] {
  return [
    {
      name: '从指标库添加 writes the indicator into the empty 成本 row after a preview, and undo leaves the sheet exactly as before',
      run: () =>
        sb.onPage(open(), async (page) => {
          await sb.paneTab(page, '指标库').click();
          const panel = sb.panePanel(page, '指标库');
          // The list of project sheets is read when the select gets focus.
          const target = panel.getByRole('combobox', { name: /^添加到工作表/ });
          await target.focus();
          await target.locator('option', { hasText: SHEET }).waitFor({ state: 'attached' });
          await target.selectOption(SHEET);
          await panel.getByRole('searchbox', { name: /^查找指标/ }).fill('人均补助');
          await panel.getByRole('button', { name: '从指标库添加：人均补助标准', exact: true }).click();
          // The preview names the cell and what it will hold; nothing is written yet.
          await panel.getByText(`${SHEET}!D16：（空） → 人均补助标准`).waitFor();
          const index = seed.sheets.findIndex((s) => s.name === SHEET);
          assert.equal((await sb.probeSpec(page)).sheets[index].cells.D16?.value ?? '', seed.sheets[index].cells.D16?.value ?? '');

          await panel.getByRole('button', { name: '写入', exact: true }).click();
          await panel.getByText(/^已写入 D16。/).waitFor();
          const written = await sb.probeSpec(page);
          assert.equal(written.sheets[index].cells.D16?.value, '人均补助标准');
          assert.equal(written.sheets[index].cells.E16?.value ?? '', seed.sheets[index].cells.E16?.value ?? '', 'the values are left to fill');

          await panel.getByRole('button', { name: '撤销', exact: true }).click();
          await panel.getByText('已撤销，工作表恢复原样。').waitFor();
          assert.deepEqual(await sb.probeSpec(page), seed);
        }),
    },
  ];
}
