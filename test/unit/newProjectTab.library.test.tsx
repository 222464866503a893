/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { readSheet } from '../../src/engine/layout/readSheet';
import { starterSet } from '../../src/engine/library';
import type { SheetSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { I18nProvider } from '../../src/i18n';
import { NewProjectTab } from '../../src/taskpane/tabs/NewProjectTab';
import { createFakeHost } from '../fixtures/fakeHost';

jest.setTimeout(60000);

const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

function renderTab() {
  const host = createFakeHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="zh">
        <NewProjectTab host={host} />
      </I18nProvider>
    </FluentProvider>,
  );
  return host;
}

function indicatorNames(spec: SheetSpec): string[] {
  return readSheet(specToSnapshot({ sheets: [spec] }).sheets[0]).model.indicators.map((i) => i.level3);
}

describe('新建项目表 tab: starting indicators from the library', () => {
  it('lists the chosen type’s starting set, all ticked, with each example', async () => {
    const user = setupUser();
    renderTab();
    await user.click(screen.getByRole('combobox', { name: /^项目类型/ }));
    await user.click(await screen.findByRole('option', { name: '会议' }));
    const set = starterSet('会议');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(set.length);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('checkbox', { name: `${set[0].name} 示例：${set[0].example}` })).toBeTruthy();
    expect(screen.getByText(`起始指标（已选 ${set.length}/${set.length} 个）`)).toBeTruthy();
  });

  it('creates the sheet with the ticked indicators only, their values left empty', async () => {
    const user = setupUser();
    const host = renderTab();
    await user.click(screen.getByRole('textbox', { name: /^项目名称/ }));
    await user.paste('政银企融资对接会经费');
    await user.click(screen.getByRole('combobox', { name: /^项目类型/ }));
    await user.click(await screen.findByRole('option', { name: '会议' }));
    const set = starterSet('会议');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${set[1].name} `) }));
    expect(screen.getByText(`起始指标（已选 ${set.length - 1}/${set.length} 个）`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText('已新建工作表“政银企融资对接会经费”并选中。')).toBeTruthy();

    const spec = host.callsOf('createSheet')[0][0] as SheetSpec;
    expect(indicatorNames(spec)).toEqual(set.filter((_, i) => i !== 1).map((i) => i.name));
    const model = readSheet(specToSnapshot({ sheets: [spec] }).sheets[0]).model;
    expect(model.indicators.every((i) => i.periodValue === '' && i.annualValue === '')).toBe(true);
    // The form is reset: no type, no list.
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('makes the empty template when no type is chosen', async () => {
    const user = setupUser();
    const host = renderTab();
    await user.click(screen.getByRole('textbox', { name: /^项目名称/ }));
    await user.paste('日常运转经费');
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText('已新建工作表“日常运转经费”并选中。')).toBeTruthy();
    expect(indicatorNames(host.callsOf('createSheet')[0][0] as SheetSpec)).toEqual([]);
  });
});
