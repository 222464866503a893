/**
 * @jest-environment jsdom
 */
// 平衡: the plan's cell names select their cells, and applying shows the first written cell (the
// changed cells are often off screen).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { HostError } from '../../src/host/workbookHost';
import { I18nProvider } from '../../src/i18n';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { setCell } from '../../src/sample/variants';
import { BalanceTab } from '../../src/taskpane/tabs/BalanceTab';
import { createFakeHost, type FakeHost } from '../fixtures/fakeHost';

jest.setTimeout(30000);
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

const DEPT = '部门整体预算绩效目标申报表';
const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

function renderTab(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="zh">
        <BalanceTab host={host} />
      </I18nProvider>
    </FluentProvider>,
  );
}

const unbalanced = () => createFakeHost(specToSnapshot(setCell(seedWorkbookSpec(), DEPT, 'C6', 600)));

describe('平衡 tab: going to the cells', () => {
  it('selects a planned cell when its name is clicked', async () => {
    const user = setup();
    const host = unbalanced();
    renderTab(host);
    await user.click(screen.getByRole('button', { name: '检查' }));
    const table = await screen.findByRole('table', { name: '平衡方案' });
    await user.click(within(table).getByRole('button', { name: 'E8' }));
    expect(host.callsOf('select')).toEqual([[DEPT, 'E8']]);
  });

  it('selects the first written cell after 应用, and the written cells stay clickable', async () => {
    const user = setup();
    const host = unbalanced();
    renderTab(host);
    await user.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByRole('table', { name: '平衡方案' });
    await user.click(screen.getByRole('button', { name: '应用' }));
    await waitFor(() => expect(host.callsOf('select')).toEqual([[DEPT, 'E5']]));
    const written = await screen.findByRole('table', { name: '已写入的调整' });
    await user.click(within(written).getByRole('button', { name: 'E8' }));
    expect(host.callsOf('select')).toEqual([[DEPT, 'E5'], [DEPT, 'E8']]);
  });

  it('says so when the cell cannot be selected', async () => {
    const user = setup();
    const host = unbalanced();
    host.select = async () => {
      throw new HostError('找不到工作表', 'sheet not found');
    };
    renderTab(host);
    await user.click(screen.getByRole('button', { name: '检查' }));
    const table = await screen.findByRole('table', { name: '平衡方案' });
    await user.click(within(table).getByRole('button', { name: 'E5' }));
    expect(await screen.findByText(/找不到工作表/)).toBeTruthy();
  });
});
