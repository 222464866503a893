/**
 * @jest-environment jsdom
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { HostError } from '../../src/host/workbookHost';
import { createFakeHost, type FakeHost } from '../fixtures/fakeHost';
import { renderCheckTab } from '../fixtures/renderCheckTab';
import { FAMILIES, sheetOf } from '../fixtures/families';

jest.setTimeout(60000);
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

const COUNTY = FAMILIES.find((f) => f.name.startsWith('one target column per county')) as (typeof FAMILIES)[number];
const AUTO_LINE = '「县区」按以下方式读取：A列 一级指标（表头与内容一致）、B列 二级指标（表头与内容一致）、C列 三级指标（表头与内容一致）、D列 年度指标值（依内容）';
const USER_LINE = '「县区」按以下方式读取：A列 一级指标（表头与内容一致）、B列 二级指标（表头与内容一致）、C列 三级指标（表头与内容一致）、E列 年度指标值（按您的设定）';

async function checkCounty(user: ReturnType<typeof userEvent.setup>, host: FakeHost): Promise<HTMLElement> {
  renderCheckTab(host);
  await user.click(screen.getByRole('button', { name: '检查' }));
  return screen.findByRole('region', { name: '读取方式' });
}

async function choose(user: ReturnType<typeof userEvent.setup>, notes: HTMLElement, label: string, role: string) {
  await user.click(within(notes).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: role }));
}

const readingLine = (notes: HTMLElement) => within(notes).getByText(/^「县区」按以下方式读取/).textContent;

describe('setting a column’s role in the reading notes', () => {
  it('saves the chosen role in the workbook, checks again, and shows the new reading and the role set', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost(specToSnapshot(sheetOf(COUNTY.rows, [], '县区')));
    let notes = await checkCounty(user, host);
    expect(readingLine(notes)).toBe(AUTO_LINE);
    expect(within(notes).getByRole('combobox', { name: '「县区」D列的用途' }).textContent).toBe('年度指标值');
    expect(within(notes).getByRole('combobox', { name: '「县区」E列的用途' }).textContent).toBe('不是指标列');
    const apply = within(notes).getByRole('button', { name: '按所选用途重新检查' });
    expect(apply.getAttribute('aria-disabled')).toBe('true');

    await choose(user, notes, '「县区」E列的用途', '年度指标值');
    await user.click(apply);

    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
    expect(host.callsOf('saveColumnRoles')).toEqual([[[{ sheet: '县区', column: 'E', role: 'annual', header: '东城县' }]]]);
    expect(host.callsOf('loadColumnRoles')).toHaveLength(2);
    notes = await screen.findByRole('region', { name: '读取方式' });
    await waitFor(() => expect(readingLine(notes)).toBe(USER_LINE));
    expect(within(notes).getByRole('combobox', { name: '「县区」D列的用途' }).textContent).toBe('不是指标列');
    const set = within(notes).getByRole('group', { name: '您设定的列用途' });
    expect(within(set).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['「县区」E列：年度指标值']);
    // The checked workbook is read as set: E3 is the first annual target now.
    const highlighted = host.highlighted.filter((f) => f.sheet === '县区').map((f) => f.cell);
    expect(highlighted).not.toContain('D3');

    await user.click(within(set).getByRole('button', { name: '恢复自动识别' }));
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(3));
    expect(host.callsOf('saveColumnRoles').at(-1)).toEqual([[]]);
    notes = await screen.findByRole('region', { name: '读取方式' });
    await waitFor(() => expect(readingLine(notes)).toBe(AUTO_LINE));
    expect(within(notes).queryByRole('group', { name: '您设定的列用途' })).toBeNull();
  });

  it('a role chosen for a second column keeps the first one set', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost(specToSnapshot(sheetOf(COUNTY.rows, [], '县区')));
    host.columnRoles = [{ sheet: '县区', column: 'E', role: 'annual', header: '东城县' }];
    const notes = await checkCounty(user, host);
    await waitFor(() => expect(readingLine(notes)).toBe(USER_LINE));
    await choose(user, notes, '「县区」F列的用途', '实施周期指标值');
    await user.click(within(notes).getByRole('button', { name: '按所选用途重新检查' }));
    await waitFor(() => expect(host.callsOf('readSnapshot')).toHaveLength(2));
    expect(host.callsOf('saveColumnRoles')).toEqual([
      [
        [
          { sheet: '县区', column: 'E', role: 'annual', header: '东城县' },
          { sheet: '县区', column: 'F', role: 'period', header: '西山县' },
        ],
      ],
    ]);
    const again = await screen.findByRole('region', { name: '读取方式' });
    await waitFor(() => expect(readingLine(again)).toBe(`${USER_LINE}、F列 实施周期指标值（按您的设定）`));
  });

  it('says so, and does not check again, when the workbook refuses the save', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost(specToSnapshot(sheetOf(COUNTY.rows, [], '县区')));
    const notes = await checkCounty(user, host);
    host.failNext('saveColumnRoles', new HostError('工作簿结构受保护，未保存列用途设定', 'protected'));
    await choose(user, notes, '「县区」E列的用途', '年度指标值');
    await user.click(within(notes).getByRole('button', { name: '按所选用途重新检查' }));
    expect(await screen.findByText('工作簿结构受保护，未保存列用途设定')).toBeTruthy();
    expect(host.callsOf('readSnapshot')).toHaveLength(1);
    expect(readingLine(notes)).toBe(AUTO_LINE);
  });
});
