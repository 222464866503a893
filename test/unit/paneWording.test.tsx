/**
 * @jest-environment jsdom
 */
// The pane says what it did and what it covers: a group of only ignored findings, 清除标记, and the
// reach of 平衡 beside a check's cross-sheet notes.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { en, I18nProvider, zh } from '../../src/i18n';
import { ruleGroupHeading } from '../../src/taskpane/check/FindingsList';
import { BalanceTab } from '../../src/taskpane/tabs/BalanceTab';
import { CheckTab } from '../../src/taskpane/tabs/CheckTab';
import { createFakeHost, seedSnapshot } from '../fixtures/fakeHost';

jest.setTimeout(30000);
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

function renderWith(element: JSX.Element) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="zh">{element}</I18nProvider>
    </FluentProvider>,
  );
}

describe('a rule group’s heading', () => {
  it('never shows a count of 0 beside the ignored findings', () => {
    expect(ruleGroupHeading(zh, '数值格式', 2, 0)).toBe('数值格式（2）');
    expect(ruleGroupHeading(zh, '数值格式', 0, 1)).toBe('数值格式（已忽略 1）');
    expect(ruleGroupHeading(zh, '数值格式', 2, 1)).toBe('数值格式（2，已忽略 1）');
    expect(ruleGroupHeading(en, 'Value format', 0, 1)).toBe('Value format (1 ignored)');
  });
});

describe('清除标记', () => {
  it('says the marks are gone and that the results stay listed', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    // One project sheet of the seed: a few findings, so jsdom renders the list quickly.
    const host = createFakeHost({ sheets: seedSnapshot().sheets.slice(1, 2) });
    renderWith(<CheckTab host={host} />);
    const toolbar = () => screen.getByRole('group', { name: '检查操作' });
    await user.click(within(toolbar()).getByRole('button', { name: '检查' }));
    await screen.findByRole('region', { name: '检查结果' });
    await user.click(within(toolbar()).getByRole('button', { name: '清除标记' }));
    expect(await screen.findByText('已清除工作簿中的标记。下方仍列出上次检查的结果；再次检查会重新标记。')).toBeTruthy();
    expect(host.callsOf('clearHighlights')).toHaveLength(1);
    await user.click(within(toolbar()).getByRole('button', { name: '检查' }));
    await waitFor(() => expect(screen.queryByText(/已清除工作簿中的标记/)).toBeNull());
  });
});

describe('平衡 when everything balances', () => {
  it('says which relations rebalancing covers, so a check’s cross-sheet note is not a contradiction', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderWith(<BalanceTab host={createFakeHost(seedSnapshot())} />);
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('所有合计均已平衡')).toBeTruthy();
    expect(screen.getByText(/^平衡只重算表内的勾稽关系：收支、级次、合计\/小计和资金总额。/)).toBeTruthy();
  });
});
