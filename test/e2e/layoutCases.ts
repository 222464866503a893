// Browser tests of the pane's layout at task-pane widths: marks that must not break, boxes that must
// not stretch.
import assert from 'node:assert/strict';
import { type TestCase } from './harness';
import * as sb from './sandboxPage';
import type { E2eContext } from './support';

export function layoutCases({ open }: E2eContext): TestCase[] {
  return [
    {
      name: '“✓ 已写入” stays on one line in the plan table from 320 to 450 px',
      run: () =>
        sb.onPage(open('?example=unbalanced'), async (page) => {
          await page.setViewportSize({ width: 450, height: 900 });
          await sb.paneTab(page, sb.ZH.balance).click();
          const panel = sb.panePanel(page, sb.ZH.balance);
          await panel.getByRole('button', { name: sb.ZH.check, exact: true }).click();
          await panel.getByRole('table', { name: sb.ZH.planTable }).waitFor({ timeout: 20000 });
          await panel.getByRole('button', { name: sb.ZH.apply, exact: true }).click();
          const written = panel.getByRole('table', { name: sb.ZH.applied });
          await written.waitFor({ timeout: 20000 });
          for (const width of [450, 400, 360, 320]) {
            await page.setViewportSize({ width, height: 900 });
            const marks = await written.getByText('✓ 已写入').evaluateAll((els) =>
              els.map((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) })),
            );
            assert.equal(marks.length, 2);
            for (const m of marks) assert.ok(m.height <= m.line * 1.5, `at ${width} px the mark is ${m.height} px tall (one line is ${m.line} px)`);
          }
        }),
    },
    {
      name: 'the 起始年度 box keeps its height when only 到期年度 has an error',
      run: () =>
        sb.onPage(open(), async (page) => {
          await page.setViewportSize({ width: 1280, height: 900 });
          await sb.paneTab(page, sb.ZH.newProject).click();
          const panel = sb.panePanel(page, sb.ZH.newProject);
          await panel.getByRole('textbox', { name: sb.ZH.projectName }).fill('高度测试');
          await panel.getByRole('textbox', { name: sb.ZH.start }).fill('2026');
          await panel.getByRole('textbox', { name: sb.ZH.end }).fill('2025');
          await panel.getByRole('button', { name: sb.ZH.create, exact: true }).click();
          await panel.getByText('到期年度（2025）早于起始年度（2026）').waitFor();
          const heights = await panel.locator('input').evaluateAll((inputs) =>
            inputs.slice(0, 8).map((input) => ({
              label: input.closest('.fui-Field')?.querySelector('label')?.textContent ?? '',
              field: input.closest('.fui-Field')?.getBoundingClientRect().height ?? 0,
            })),
          );
          const start = heights.find((h) => h.label.startsWith('起始年度'));
          const end = heights.find((h) => h.label.startsWith('到期年度'));
          const name = heights.find((h) => h.label.startsWith('项目名称'));
          assert.ok(start && end && name, JSON.stringify(heights));
          assert.ok(end.field > start.field + 10, `到期年度 grows with its error (${end.field} vs ${start.field})`);
          assert.ok(Math.abs(start.field - name.field) <= 2, `起始年度 stays as tall as a plain field (${start.field} vs ${name.field})`);
        }),
    },
  ];
}
