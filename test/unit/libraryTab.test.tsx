/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LIBRARY } from '../../src/engine/library';
import { I18nProvider, type Lang } from '../../src/i18n';
import { LibraryTab } from '../../src/taskpane/tabs/LibraryTab';

function renderTab(lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <LibraryTab host={null} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe('指标库 tab', () => {
  it('says how many indicators the library holds and lists none before a word is typed', () => {
    renderTab();
    expect(screen.getByText(new RegExp(`指标库收录 ${LIBRARY.length} 个常用三级指标`))).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '查找结果' })).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('finds indicators by words of the name, with category, example, what it shows and types', async () => {
    const user = userEvent.setup();
    renderTab();
    await user.type(screen.getByRole('searchbox', { name: /查找指标/ }), '补助 及时');
    const results = screen.getByRole('region', { name: '查找结果' });
    const items = await within(results).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((li) => /补助/.test(li.textContent ?? '') && /及时/.test(li.textContent ?? ''))).toBe(true);
    const first = items.find((li) => li.textContent?.startsWith('补助发放及时率'))!;
    expect(first.textContent).toContain('产出指标 · 时效指标 · 示例：100%');
    expect(first.textContent).toContain('反映补助在规定时间内发放到对象');
    expect(first.textContent).toContain('适用：补助补贴');
  });

  it('says when nothing is found', async () => {
    const user = userEvent.setup();
    renderTab();
    await user.type(screen.getByRole('searchbox', { name: /查找指标/ }), '火箭发射');
    expect(await screen.findByText('没有找到含“火箭发射”的指标。')).toBeTruthy();
  });

  it('speaks English around the Chinese names with lang "en"', async () => {
    const user = userEvent.setup();
    renderTab('en');
    await user.type(screen.getByRole('searchbox', { name: /Find indicators/ }), '满意度');
    expect(await screen.findByText(/indicators found/)).toBeTruthy();
  });
});
