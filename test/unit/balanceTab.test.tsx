/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkWorkbook } from '../../src/engine/check';
import type { Change, WorkbookSnapshot } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { I18nProvider } from '../../src/i18n';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { setCell } from '../../src/sample/variants';
import { App } from '../../src/taskpane/App';
import { BalanceTab } from '../../src/taskpane/tabs/BalanceTab';
import { createFakeHost, seedSnapshot, type FakeHost } from '../fixtures/fakeHost';

// Role queries are slow in jsdom with Fluent's styles; collapsed and hidden parts are not mounted.
jest.setTimeout(30000);
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

const DEPT = '部门整体预算绩效目标申报表';

/** The seed with 项目支出 changed from 567.61 to 600 万元: both sides of the totals must follow. */
function changedSnapshot(): WorkbookSnapshot {
  return specToSnapshot(setCell(seedWorkbookSpec(), DEPT, 'C6', 600));
}
const PLAN: Change[] = checkWorkbook(changedSnapshot(), { lang: 'zh' }).plan;

const APPLIED = '已写入 E5、E8（2 个单元格）。如需恢复，请点“撤销”。';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

function renderTab(host: FakeHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="zh">
        <BalanceTab host={host} />
      </I18nProvider>
    </FluentProvider>,
  );
}

/** Runs the check from the balance tab (it offers 检查 until a check has run) and returns the plan table. */
async function checkAndFindTable(user: ReturnType<typeof setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: '检查' }));
  return screen.findByRole('table', { name: '平衡方案' });
}

/** The rows under the header, each as the text of its cells; a sheet's rows follow a row with its name. */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

/** The focusable box around the outcome message that holds `text`. */
function outcomeBox(text: string): HTMLElement {
  return screen.getByText(text).closest('[tabindex="-1"]') as HTMLElement;
}

describe('平衡 tab', () => {
  it('the real engine plans E5 and E8 (财政拨款, 省本级使用资金) from 6904.16 to 6936.55 when 项目支出 is 600', () => {
    // 6336.55 (基本支出) + 600 (项目支出) = 6936.55, worked out by hand.
    expect(PLAN.map((c) => [c.sheet, c.cell, c.before, c.after])).toEqual([
      [DEPT, 'E5', 6904.16, 6936.55],
      [DEPT, 'E8', 6904.16, 6936.55],
    ]);
  });

  it('says a check is needed before there is a plan', () => {
    renderTab(createFakeHost(changedSnapshot()));
    expect(screen.getByText('尚未检查。平衡方案来自最近一次检查。')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: '应用' })).toBeNull();
  });

  it('lists the plan of the check under its sheet: 单元格, 原值 → 新值 in the cell’s format, 原因', async () => {
    const user = setup();
    renderTab(createFakeHost(changedSnapshot()));
    const table = await checkAndFindTable(user);
    const header = within(within(table).getAllByRole('row')[0]).getAllByRole('columnheader').map((c) => c.textContent);
    expect(header).toEqual(['单元格', '原值 → 新值', '原因']);
    // Grouped with the cell's two decimals, as the reason writes amounts (E5 and E8 are #,##0.00 in the seed).
    expect(bodyRows(table)).toEqual([[DEPT], ...PLAN.map((c) => [c.cell, '6,904.16 → 6,936.55', `${c.reason}${c.relation}`])]);
    expect(PLAN[0].reason).toContain('6,936.55');
    const sheetHeader = within(table).getByRole('rowheader', { name: DEPT });
    expect(sheetHeader.getAttribute('scope')).toBe('rowgroup');
    expect(screen.getByText('共 2 处调整')).toBeTruthy();
  });

  it('says all totals balance when the plan is empty, and offers no 应用', async () => {
    const user = setup();
    expect(checkWorkbook(seedSnapshot(), { lang: 'zh' }).plan).toEqual([]);
    renderTab(createFakeHost(seedSnapshot()));
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('所有合计均已平衡')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: '应用' })).toBeNull();
  });

  it('applies exactly the plan, re-checks, then undoes and re-checks again', async () => {
    const user = setup();
    const host = createFakeHost(changedSnapshot());
    renderTab(host);
    await checkAndFindTable(user);
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '应用' }));
    expect(await screen.findByText(APPLIED)).toBeTruthy();
    expect(host.callsOf('applyPlan')).toEqual([[PLAN]]);
    expect([host.valueAt(DEPT, 'E5'), host.valueAt(DEPT, 'E8')]).toEqual([6936.55, 6936.55]);
    // The re-check after applying finds nothing left to balance; what was written stays listed, and
    // the one success message is the only one (no second "all balanced" box).
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: '应用' })).toBeNull());
    const written = screen.getByRole('table', { name: '已写入的调整' });
    expect(bodyRows(written)).toEqual([[DEPT], ...PLAN.map((c) => [`${c.cell}✓ 已写入`, '6,904.16 → 6,936.55', `${c.reason}${c.relation}`])]);
    expect(screen.queryByText('所有合计均已平衡')).toBeNull();
    expect(screen.queryByRole('table', { name: '平衡方案' })).toBeNull();
    expect(screen.getAllByText(/已写入 E5/)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已恢复调整前的值。')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '已写入的调整' })).toBeNull();
    expect(host.callsOf('undoPlan')).toEqual([[]]);
    expect([host.valueAt(DEPT, 'E5'), host.valueAt(DEPT, 'E8')]).toEqual([6904.16, 6904.16]);
    const table = await screen.findByRole('table', { name: '平衡方案' });
    expect(bodyRows(table).map((r) => r[0])).toEqual([DEPT, 'E5', 'E8']);
    expect(host.callsOf('readSnapshot')).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤销' })).toBeNull());
  });

  it('keeps keyboard focus on the outcome after 应用 and after 撤销, whose buttons go away', async () => {
    const user = setup();
    const host = createFakeHost(changedSnapshot());
    renderTab(host);
    await checkAndFindTable(user);

    screen.getByRole('button', { name: '应用' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: '应用' })).toBeNull());
    expect(document.activeElement).toBe(outcomeBox(APPLIED));

    screen.getByRole('button', { name: '撤销' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('table', { name: '平衡方案' });
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤销' })).toBeNull());
    expect(document.activeElement).toBe(outcomeBox('已恢复调整前的值。'));
    expect(document.activeElement).not.toBe(document.body);
  });

  it('says the cells were written but cannot be undone when the host kept no undo record', async () => {
    const user = setup();
    const host = createFakeHost(changedSnapshot());
    // As the Excel host answers after the undo record could not be saved: the cells are written.
    host.canUndoPlan = async () => false;
    renderTab(host);
    await checkAndFindTable(user);
    await user.click(screen.getByRole('button', { name: '应用' }));

    expect(await screen.findByText('已写入 E5、E8（2 个单元格），但未能保存撤销记录，此次调整无法撤销。')).toBeTruthy();
    expect([host.valueAt(DEPT, 'E5'), host.valueAt(DEPT, 'E8')]).toEqual([6936.55, 6936.55]);
    expect(screen.queryByText(/应用失败/)).toBeNull();
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
    expect(screen.getByRole('table', { name: '已写入的调整' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();
  });

  it('shows the refusal when a target changed since the check, writes nothing and suggests checking again', async () => {
    const user = setup();
    const host = createFakeHost(changedSnapshot());
    renderTab(host);
    await checkAndFindTable(user);
    host.setCell(DEPT, 'E8', 7000); // a co-author's edit after the check

    await user.click(screen.getByRole('button', { name: '应用' }));
    const message = `${DEPT}!E8 已被修改，未写入任何单元格 请重新检查后再应用。`;
    const bar = (await screen.findByText(message)).closest('.fui-MessageBar') as HTMLElement;
    expect(host.callsOf('applyPlan')).toEqual([[PLAN]]);
    expect([host.valueAt(DEPT, 'E5'), host.valueAt(DEPT, 'E8')]).toEqual([6904.16, 7000]);
    expect(screen.queryByText(/已写入/)).toBeNull();
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();

    await user.click(within(bar).getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
  });

  it('keeps what was written on screen until the next check, which shows the plan as it is then', async () => {
    const user = setup();
    const host = createFakeHost(changedSnapshot());
    renderTab(host);
    await checkAndFindTable(user);
    await user.click(screen.getByRole('button', { name: '应用' }));
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
    expect(await screen.findByRole('table', { name: '已写入的调整' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(3));
    expect(await screen.findByText('所有合计均已平衡')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/已写入/)).toBeNull();
    expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy(); // the host can still undo it
  });

  it('asks the host on entering whether there is a plan to undo', async () => {
    const fresh = createFakeHost(changedSnapshot());
    const { unmount } = renderTab(fresh);
    await waitFor(() => expect(fresh.callsOf('canUndoPlan')).toEqual([[]]));
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();
    unmount();

    const applied = createFakeHost(changedSnapshot());
    await applied.applyPlan(PLAN); // applied in an earlier session of the pane
    renderTab(applied);
    expect(await screen.findByRole('button', { name: '撤销' })).toBeTruthy();
  });

  it('shares the check made on the 检查 tab', async () => {
    const user = setup();
    const host = createFakeHost(changedSnapshot());
    render(<App host={host} lang="zh" />);
    const checkPanel = screen.getAllByRole('tabpanel').find((p) => !p.hidden) as HTMLElement;
    await user.click(within(checkPanel).getByRole('button', { name: '检查' }));
    await within(checkPanel).findByRole('region', { name: '检查结果' });

    await user.click(screen.getByRole('tab', { name: '平衡' }));
    const table = await screen.findByRole('table', { name: '平衡方案' });
    expect(bodyRows(table).map((r) => r[1])).toEqual([undefined, '6,904.16 → 6,936.55', '6,904.16 → 6,936.55']);
    expect(host.callsOf('readSnapshot')).toHaveLength(1);
  });
});
