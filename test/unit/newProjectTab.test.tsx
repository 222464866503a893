/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { SheetSpec, WorkbookSnapshot } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { HostError, type WorkbookHost } from '../../src/host/workbookHost';
import { I18nProvider, type Lang } from '../../src/i18n';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { NewProjectTab } from '../../src/taskpane/tabs/NewProjectTab';

const SEED: WorkbookSnapshot = specToSnapshot(seedWorkbookSpec());

interface FakeHost extends WorkbookHost {
  readSnapshot: jest.Mock<Promise<WorkbookSnapshot>, []>;
  createSheet: jest.Mock<Promise<void>, [SheetSpec]>;
  select: jest.Mock<Promise<void>, [string, string]>;
}

function fakeHost(options: { dataValidation?: boolean; createSheet?: () => Promise<void> } = {}): FakeHost {
  const unused = () => {
    throw new Error('the new-project tab must not call this');
  };
  return {
    kind: 'sandbox',
    capabilities: () => ({ dataValidation: options.dataValidation ?? true, mergedAreas: true }),
    readSnapshot: jest.fn(async () => SEED),
    applyHighlights: unused,
    clearHighlights: unused,
    // createSheet activates the new sheet itself; a select after it could only fail a sheet that was made.
    select: jest.fn(async (_sheet: string, _cell: string) => {
      throw new HostError('定位单元格失败：找不到工作表', 'Selecting the cell failed: sheet not found');
    }),
    applyPlan: unused,
    undoPlan: unused,
    canUndoPlan: unused,
    loadIgnored: unused,
    saveIgnored: unused,
    workbookName: unused,
    exportWorkbook: unused,
    loadColumnRoles: unused,
    saveColumnRoles: unused,
    createSheet: jest.fn(async (_spec: SheetSpec) => (options.createSheet ? options.createSheet() : undefined)),
  };
}

function renderTab(host: WorkbookHost | null, lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <NewProjectTab host={host} />
      </I18nProvider>
    </FluentProvider>,
  );
}

const field = (label: RegExp) => screen.getByRole('textbox', { name: label });

const LABELS = { name: /^项目名称/, amount: /^金额（元）/, start: /^起始年度/, end: /^到期年度/, budgetYear: /^预算年度/, unit: /^用款单位/ };

/** Types into each field as a user would (focus, then the text arrives as one paste: typing CJK key by key is slow). */
async function fillForm(user: ReturnType<typeof setupUser>, values: Partial<Record<keyof typeof LABELS, string>>) {
  for (const [key, text] of Object.entries(values) as Array<[keyof typeof LABELS, string]>) {
    await user.click(field(LABELS[key]));
    await user.paste(text);
  }
}

jest.setTimeout(60000);

// jsdom computes styles slowly under Fluent's many CSS rules; the pointer-events check adds nothing here.
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

describe('新建项目表 tab', () => {
  it('creates the sheet named as typed; the host selects it, no separate select that could fail', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    await fillForm(user, { name: '培训经费', amount: '80000', start: '2026', end: '2028', unit: '办公室' });
    await user.click(screen.getByRole('button', { name: '新建' }));

    expect(await screen.findByText('已新建工作表“培训经费”并选中。')).toBeTruthy();
    expect(host.createSheet).toHaveBeenCalledTimes(1);
    expect(host.select).not.toHaveBeenCalled();
    expect(screen.queryByText(/新建失败|定位单元格失败/)).toBeNull();
    const spec = host.createSheet.mock.calls[0][0];
    expect(spec.name).toBe('培训经费');
    expect([spec.cells.B2.value, spec.cells.B8.value, spec.cells.C7.value, spec.cells.E7.value, spec.cells.B6.value]).toEqual(['培训经费', 80000, '2026年', '2028年', '办公室']);
    expect(spec.validations.length).toBeGreaterThan(0);
    expect(screen.queryByText(/不支持数据验证/)).toBeNull();
    expect((field(/^项目名称/) as HTMLInputElement).value).toBe('');
  });

  it('names the sheet after a project name with / and :, says so under 工作表名称, and creates it', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    await fillForm(user, { name: '办公楼维修/改造:一期' });
    const sheet = '办公楼维修／改造：一期';
    const note = `工作表将命名为“${sheet}”：Excel 的工作表名称不能含 [ ] : * ? / \\，最长 31 个字符`;
    expect(screen.getByText(note)).toBeTruthy();
    expect(field(/^项目名称/).getAttribute('aria-invalid')).not.toBe('true');
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText(`已新建工作表“${sheet}”并选中。`)).toBeTruthy();
    const spec = host.createSheet.mock.calls[0][0];
    expect([spec.name, spec.cells.B2.value]).toEqual([sheet, '办公楼维修/改造:一期']);
    expect(screen.queryByText(note)).toBeNull(); // the form is reset, and with it the note
  });

  it('shows the budget year it will use, follows the years typed, and writes the one typed', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    const year = field(LABELS.budgetYear) as HTMLInputElement;
    const next = new Date().getFullYear() + 1;
    expect(year.value).toBe(String(next)); // next year, as the engine's budgetYearFor chooses
    // Kept inside the period: a project that ends the year before next has its last year.
    await fillForm(user, { start: String(next - 3), end: String(next - 1) });
    expect(year.value).toBe(String(next - 1));

    await user.clear(year);
    await user.paste('2030');
    await fillForm(user, { name: '培训经费' });
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText('已新建工作表“培训经费”并选中。')).toBeTruthy();
    const spec = host.createSheet.mock.calls[0][0];
    expect(spec.cells.A8.value).toBe('2030年预算金额（元）');
    expect(year.value).toBe(String(next)); // the form is reset to the default
  });

  it('checks the budget year with the same schema', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    await fillForm(user, { name: '培训经费' });
    const year = field(LABELS.budgetYear);
    await user.clear(year);
    await user.paste('明年');
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(year);
    expect(host.createSheet).not.toHaveBeenCalled();
  });

  it('shows inline errors for invalid input and calls nothing', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    await fillForm(user, { amount: '-5', start: '2026', end: '2025' });
    await user.click(screen.getByRole('button', { name: '新建' }));

    expect(screen.getByText('请填写项目名称')).toBeTruthy();
    expect(screen.getByText('金额不能为负数（-5）')).toBeTruthy();
    expect(screen.getByText('到期年度（2025）早于起始年度（2026）')).toBeTruthy();
    const name = field(/^项目名称/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const described = (name.getAttribute('aria-describedby') ?? '').split(' ').map((i) => document.getElementById(i)?.textContent);
    expect(described).toContain('请填写项目名称');
    expect(document.activeElement).toBe(name);
    expect(host.readSnapshot).not.toHaveBeenCalled();
    expect(host.createSheet).not.toHaveBeenCalled();
    expect(host.select).not.toHaveBeenCalled();
  });

  it('refuses a name the workbook already has, inline, without creating', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    await fillForm(user, { name: '援派干部经费' });
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText('工作簿中已有名为“援派干部经费”的工作表，请换一个名称')).toBeTruthy();
    expect(host.readSnapshot).toHaveBeenCalledTimes(1);
    expect(host.createSheet).not.toHaveBeenCalled();
  });

  it('says the sheet was made without dropdowns when the host has no data validation', async () => {
    const user = setupUser();
    const host = fakeHost({ dataValidation: false });
    renderTab(host);
    await fillForm(user, { name: '旧版 Excel 项目' });
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(
      await screen.findByText('此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8，即 Office 2019 或更新版本），新表没有下拉列表和输入提示。'),
    ).toBeTruthy();
    expect(host.createSheet).toHaveBeenCalledTimes(1);
  });

  it('copies the layout of a project sheet chosen in the list', async () => {
    const user = setupUser();
    const host = fakeHost();
    renderTab(host);
    await fillForm(user, { name: '遗属补助经费二期' });
    await user.click(screen.getByRole('combobox', { name: /^复制格式自/ }));
    await user.click(await screen.findByRole('option', { name: '遗属补助经费' }));
    expect(screen.queryByRole('option', { name: '部门整体预算绩效目标申报表' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText('已新建工作表“遗属补助经费二期”并选中。')).toBeTruthy();
    const spec = host.createSheet.mock.calls[0][0];
    expect(spec.cells.B2.value).toBe('遗属补助经费二期');
    expect(spec.cells.D16.value).toBe(''); // 文件标准金额执行率 cleared
    expect(spec.cells.C16.value).toBe('经济成本指标');
  }, 40000); // Fluent's dropdown opens slowly under jsdom (several seconds on a busy machine)

  it('shows the host’s own line when creating fails', async () => {
    const user = setupUser();
    const host = fakeHost({
      createSheet: async () => {
        throw new HostError('工作簿受保护，未新建', 'The workbook is protected; nothing was created');
      },
    });
    renderTab(host);
    await fillForm(user, { name: '甲' });
    await user.click(screen.getByRole('button', { name: '新建' }));
    expect(await screen.findByText('工作簿受保护，未新建')).toBeTruthy();
    expect(host.select).not.toHaveBeenCalled();
  });

  it('is labelled in English too, and disabled outside Excel', () => {
    renderTab(null, 'en');
    expect(screen.getByRole('form', { name: 'New project sheet' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Project name/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Amount \(yuan\)/ })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Create' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Open this pane in Excel to create a sheet.')).toBeTruthy();
  });
});
