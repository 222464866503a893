/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookHost } from '../../src/host/workbookHost';
import { HostError } from '../../src/host/workbookHost';
import { App } from '../../src/taskpane/App';
import { errorText } from '../../src/taskpane/errorText';
import { detectOffice, type OfficeLike } from '../../src/taskpane/officeBoot';

// The real boot (src/taskpane/index.tsx) loads the Excel adapter through this module; here it gets
// a host that must not be called.
jest.mock('../../src/taskpane/loadExcelHost', () => ({
  loadExcelHost: async () => fakeHost(),
}));

/** A host whose methods are never called by the shell; any call fails the test. */
function fakeHost(): WorkbookHost {
  const unused = () => {
    throw new Error('the shell must not call the host');
  };
  return {
    kind: 'sandbox',
    capabilities: () => ({ dataValidation: true, mergedAreas: true }),
    readSnapshot: unused,
    applyHighlights: unused,
    clearHighlights: unused,
    select: unused,
    applyPlan: unused,
    undoPlan: unused,
    canUndoPlan: unused,
    loadIgnored: unused,
    saveIgnored: unused,
    workbookName: unused,
    exportWorkbook: unused,
    loadColumnRoles: unused,
    saveColumnRoles: unused,
    createSheet: unused,
  };
}

/** Asserts the tabs, in order, by their accessible names (what a screen reader announces). */
function expectTabs(labels: string[]): void {
  const tabs = screen.getAllByRole('tab');
  expect(tabs).toHaveLength(labels.length);
  expect(labels.map((name) => tabs.indexOf(screen.getByRole('tab', { name })))).toEqual(labels.map((_, i) => i));
}

function visiblePanel(): HTMLElement {
  const panels = screen.getAllByRole('tabpanel', { hidden: true }).filter((p) => !p.hidden);
  expect(panels).toHaveLength(1);
  return panels[0];
}

// jsdom renders Fluent's styles slowly on a loaded machine; the lazy tabs load their chunks here too.
jest.setTimeout(20000);

describe('task pane shell', () => {
  it('shows the title, subtitle and the four tabs with Chinese labels, 检查 selected', () => {
    render(<App host={fakeHost()} lang="zh" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('绩效目标表检查');
    expect(screen.getByText('提交前检查部门整体和项目绩效目标表')).toBeTruthy();
    const tablist = screen.getByRole('tablist');
    expect(tablist.getAttribute('aria-label')).toBe('功能');
    const tabs = within(tablist).getAllByRole('tab');
    expectTabs(['检查', '平衡', '新建项目表', '指标库']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    expect(visiblePanel().textContent).toMatch(/^检查当前工作簿中的无效或缺失值，结果将显示在此处。/);
    expect(screen.queryByText('未在 Excel 中运行')).toBeNull();
  });

  it('links each tab to its panel for screen readers', () => {
    render(<App host={fakeHost()} lang="zh" />);
    for (const tab of screen.getAllByRole('tab')) {
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
    }
  });

  it('switches panels by click, loading the lazy tabs, and keeps a visited tab mounted', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost()} lang="zh" />);

    await user.click(screen.getByRole('tab', { name: '平衡' }));
    expect(await screen.findByText('预览并应用合计金额的平衡调整，可撤销。')).toBeTruthy();
    expect(visiblePanel().textContent).toMatch(/^预览并应用合计金额的平衡调整，可撤销。/);
    expect(screen.getByRole('tab', { name: '平衡' }).getAttribute('aria-selected')).toBe('true');

    await user.click(screen.getByRole('tab', { name: '新建项目表' }));
    expect(await screen.findByText('按模板新建一张项目绩效目标表。')).toBeTruthy();
    expect(visiblePanel().textContent).toMatch(/^按模板新建一张项目绩效目标表。/);

    await user.click(screen.getByRole('tab', { name: '检查' }));
    expect(visiblePanel().textContent).toMatch(/^检查当前工作簿中的无效或缺失值，结果将显示在此处。/);
    // The balance panel was opened once, so it is still there, hidden.
    const hiddenBalance = screen.getByText('预览并应用合计金额的平衡调整，可撤销。').closest('[role="tabpanel"]') as HTMLElement;
    expect(hiddenBalance.hidden).toBe(true);
  });

  it('is reachable by keyboard: Tab lands on the selected tab, Enter and Space select a tab', async () => {
    // Arrow-key movement between tabs needs real layout (tabster); the browser tests cover it.
    const user = userEvent.setup();
    render(<App host={fakeHost()} lang="zh" />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '检查' }));

    screen.getByRole('tab', { name: '平衡' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: '平衡' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('预览并应用合计金额的平衡调整，可撤销。')).toBeTruthy();

    screen.getByRole('tab', { name: '新建项目表' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('tab', { name: '新建项目表' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('按模板新建一张项目绩效目标表。')).toBeTruthy();
  });

  it('says it is not running in Excel when there is no host, and still renders the tabs', () => {
    render(<App host={null} lang="zh" />);
    expect(screen.getByText('未在 Excel 中运行')).toBeTruthy();
    expect(screen.getByText(/Upload My Add-in|上传我的加载项/)).toBeTruthy();
    expectTabs(['检查', '平衡', '新建项目表', '指标库']);
  });

  it('shows English labels with lang "en"', async () => {
    const user = userEvent.setup();
    render(<App host={null} lang="en" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Performance-target check');
    expectTabs(['Check', 'Rebalance', 'New project sheet', 'Indicator library']);
    expect(screen.getByText('Not running in Excel')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Rebalance' }));
    expect(await screen.findByText('Preview and apply rebalanced totals, with undo.')).toBeTruthy();
  });

  it('shows a start-up error instead of the not-in-Excel message', () => {
    render(<App host={null} lang="zh" startupError="无法连接到 Excel 工作簿" />);
    expect(screen.getByText('无法连接到 Excel 工作簿')).toBeTruthy();
    expect(screen.queryByText('未在 Excel 中运行')).toBeNull();
  });
});

describe('boot (src/taskpane/index.tsx)', () => {
  afterEach(() => {
    delete (globalThis as { Office?: OfficeLike }).Office;
    document.body.innerHTML = '';
    document.documentElement.lang = 'zh-CN'; // taskpane.html's own
  });

  /** Runs the pane's entry module afresh inside "Excel" with this display language. */
  async function bootIn(displayLanguage: string): Promise<void> {
    document.body.innerHTML = '<div id="root"></div>';
    (globalThis as { Office?: OfficeLike }).Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
      context: { displayLanguage },
    };
    // The entry module gets its own React (isolated modules), which testing-library's act() does not
    // drive: render as a page would, without act, and wait for the result.
    const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = global.IS_REACT_ACT_ENVIRONMENT;
    global.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/taskpane/index');
      });
      await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
    } finally {
      global.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  }

  it('sets <html lang> to en-US when Office speaks English, so screen readers read the pane in English', async () => {
    await bootIn('en-GB');
    await waitFor(() => expect(document.documentElement.lang).toBe('en-US'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Performance-target check' })).toBeTruthy();
  });

  it('sets <html lang> to zh-CN for a Chinese display language', async () => {
    document.documentElement.lang = 'en';
    await bootIn('zh-TW');
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(await screen.findByRole('heading', { level: 1, name: '绩效目标表检查' })).toBeTruthy();
  });
});

describe('detectOffice', () => {
  const office = (host: string | null, displayLanguage?: string): OfficeLike => ({
    onReady: () => Promise.resolve({ host, platform: null }),
    context: { displayLanguage },
  });

  it('is not in Excel without an Office global', async () => {
    expect(await detectOffice(undefined)).toEqual({ inExcel: false });
  });

  it('is not in Excel when Office.onReady reports no host or another host', async () => {
    expect(await detectOffice(office(null))).toEqual({ inExcel: false });
    expect(await detectOffice(office('Word', 'zh-CN'))).toEqual({ inExcel: false });
  });

  it('is in Excel with its display language', async () => {
    expect(await detectOffice(office('Excel', 'en-US'))).toEqual({ inExcel: true, displayLanguage: 'en-US' });
    expect(await detectOffice(office('Excel'))).toEqual({ inExcel: true });
  });

  it('gives up waiting for Office.onReady after the timeout', async () => {
    const never: OfficeLike = { onReady: () => new Promise(() => undefined) };
    expect(await detectOffice(never, 20)).toEqual({ inExcel: false });
  });
});

describe('errorText', () => {
  it("shows a HostError's own line in the pane's language, else the fallback", () => {
    const e = new HostError('工作表受保护', 'The sheet is protected');
    expect(errorText(e, 'zh', 'x')).toBe('工作表受保护');
    expect(errorText(e, 'en', 'x')).toBe('The sheet is protected');
    expect(errorText(new Error('stack trace here'), 'zh', '无法连接到 Excel 工作簿')).toBe('无法连接到 Excel 工作簿');
  });
});
