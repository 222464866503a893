/**
 * @jest-environment jsdom
 */
import { sheetsOfFinding } from '../../src/engine/findingCells';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkWorkbook } from '../../src/engine/check';
import type { Finding, Severity } from '../../src/engine/schema';
import { HostError, type IgnoredFinding } from '../../src/host/workbookHost';
import { ruleTitle } from '../../src/engine/rules/titles';
import { createFakeHost, seedSnapshot } from '../fixtures/fakeHost';
import { renderCheckTab } from '../fixtures/renderCheckTab';

// Role queries over the whole pane are slow in jsdom (every element's visibility is computed); the
// tests scope them where they can and allow for a loaded machine.
jest.setTimeout(30000);
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

const SEED_FINDINGS: Finding[] = checkWorkbook(seedSnapshot(), { lang: 'zh' }).findings;
const SEED_SHEETS = seedSnapshot().sheets.map((s) => s.name);

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

const key = (f: Pick<Finding, 'sheet' | 'cell' | 'rule'>) => `${f.sheet}!${f.cell}#${f.rule}`;

/** Clicks 检查 and waits until the readiness summary is there. */
async function runCheck(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: '检查' }));
  return screen.findByRole('region', { name: '检查结果' });
}

/** A toolbar button by its name (scoped: naming every button of the open groups is slow in jsdom). */
function toolbarButton(name: string, label = '检查操作'): HTMLElement {
  return within(screen.getByRole('group', { name: label })).getByRole('button', { name });
}

/** The header button of one sheet's group in 问题列表. */
function sheetHeader(sheet: string): HTMLElement {
  const findings = screen.getByRole('region', { name: '问题列表' });
  const heading = within(findings)
    .getAllByRole('heading', { level: 3 })
    .find((h) => h.textContent?.startsWith(sheet));
  return heading?.querySelector('button') as HTMLElement;
}

/** The section of one sheet's findings, opened (sheets with errors start open). */
async function openSheet(user: ReturnType<typeof userEvent.setup>, sheet: string): Promise<HTMLElement> {
  const header = sheetHeader(sheet);
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
  const item = header.closest('.fui-AccordionItem') as HTMLElement;
  return item;
}

/** The list item of one finding, found by its cell and rule title. */
function findingItem(scope: HTMLElement, cell: string, ruleTitle: string): HTMLElement {
  // By the toggle's label, not its role: computing every button's accessible name is slow in jsdom.
  const toggle = within(scope).getByLabelText(new RegExp(`^(忽略|取消忽略) ${cell}：${ruleTitle}$`));
  return toggle.closest('li') as HTMLElement;
}

describe('检查 tab', () => {
  it('the seed workbook has findings of every severity (the fixture the other tests rely on)', () => {
    expect(count(SEED_FINDINGS, 'error')).toBeGreaterThan(0);
    expect(count(SEED_FINDINGS, 'warning')).toBeGreaterThan(0);
    expect(count(SEED_FINDINGS, 'info')).toBeGreaterThan(0);
    expect(SEED_SHEETS).toHaveLength(10);
  });

  it('checks the seed: 需修改, the engine’s counts, every sheet listed with its counts, all findings highlighted', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();

    const summary = await runCheck(user);
    expect(within(summary).getByRole('status').textContent).toBe('需修改');
    expect(within(summary).getByText(`错误 ${count(SEED_FINDINGS, 'error')}`)).toBeTruthy();
    expect(within(summary).getByText(`警告 ${count(SEED_FINDINGS, 'warning')}`)).toBeTruthy();
    expect(within(summary).getByText(`提示 ${count(SEED_FINDINGS, 'info')}`)).toBeTruthy();

    const sheets = within(within(summary).getByRole('list', { name: '各工作表' })).getAllByRole('listitem');
    expect(sheets).toHaveLength(10); // the seed's ten sheets, counted by hand from seed.txt's headings
    expect(sheets[0].textContent?.startsWith('部门整体预算绩效目标申报表')).toBe(true);
    SEED_SHEETS.forEach((sheet, i) => {
      const mine = SEED_FINDINGS.filter((f) => sheetsOfFinding(f).includes(sheet));
      const text =
        mine.length === 0 ? '无问题' : `错误 ${count(mine, 'error')} · 警告 ${count(mine, 'warning')} · 提示 ${count(mine, 'info')}`;
      expect(sheets[i].textContent).toBe(`${sheet}${text}`);
    });

    expect(host.callsOf('readSnapshot')).toHaveLength(1);
    expect(host.callsOf('loadIgnored')).toHaveLength(1);
    expect(host.callsOf('applyHighlights')).toEqual([[SEED_FINDINGS]]);
  });

  it('shows reading progress from the host, then the result', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    const release = host.holdReads();
    renderCheckTab(host);
    await user.click(screen.getByRole('button', { name: '检查' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.1');
    expect(screen.getByText('正在读取工作簿…')).toBeTruthy();
    expect(screen.getByText('已读取 1/10 张工作表')).toBeTruthy();
    expect(screen.getByRole('button', { name: '检查' }).getAttribute('aria-disabled')).toBe('true');
    release();
    expect(await screen.findByRole('region', { name: '检查结果' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('groups findings by sheet, then by rule, with counts', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderCheckTab(createFakeHost());
    await runCheck(user);

    // A finding over cells of two sheets (a department ↔ project pair) is listed under both.
    const on = (sheet: string) => SEED_FINDINGS.filter((f) => sheetsOfFinding(f).includes(sheet));
    const withFindings = SEED_SHEETS.filter((sheet) => on(sheet).length > 0);
    const findings = screen.getByRole('region', { name: '问题列表' });
    const headers = within(findings).getAllByRole('heading', { level: 3 });
    expect(headers.map((h) => h.textContent)).toEqual(withFindings.map((sheet) => `${sheet}${on(sheet).length} 个问题`));

    const sheet = '部门整体预算绩效目标申报表';
    const item = await openSheet(user, sheet);
    const byRule = new Map<string, Finding[]>();
    for (const f of on(sheet)) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const ruleHeadings = within(item).getAllByRole('heading', { level: 4 });
    expect(ruleHeadings).toHaveLength(byRule.size);
    expect(ruleHeadings.map((h) => h.textContent)).toEqual([...byRule].map(([rule, l]) => `${ruleTitle(rule, 'zh')}（${l.length}）`));
    expect(ruleHeadings.every((h) => !h.textContent?.includes('.'))).toBe(true); // titles, not rule ids
    // Each rule's list holds exactly its findings, by cell, in the engine's order; the rule id is not
    // shown, only kept as the heading's tooltip for support.
    [...byRule].forEach(([rule, list], i) => {
      const ul = within(item).getByRole('list', { name: ruleHeadings[i].textContent ?? '' });
      const cells = within(ul).getAllByRole('listitem').map((li) => li.querySelector('button')?.firstChild?.textContent);
      expect(cells).toEqual(list.map((f) => f.cell));
      expect(ruleHeadings[i].getAttribute('title')).toBe(rule);
    });
    expect(item.textContent).not.toMatch(/规则|money\.|value\.|structure\.|layout\.|project\./);
  });

  it('opens the groups of the sheets with errors after a check, and no other', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderCheckTab(createFakeHost());
    await runCheck(user);
    const findings = screen.getByRole('region', { name: '问题列表' });
    const open = within(findings)
      .getAllByRole('heading', { level: 3 })
      .filter((h) => h.querySelector('button')?.getAttribute('aria-expanded') === 'true')
      .map((h) => h.querySelector('button')?.textContent?.replace(/\d+ 个问题$/, ''));
    // In the seed, errors are on these six project sheets (the engine's findings, checked by hand).
    expect(open).toEqual(['援派干部经费', '遗属补助经费', '市政府办宣传办刊及慰问经费', '决策咨询工作经费', '市政府办网站运行监测经费', '预防和处置非法集资经费']);
    expect(open).toEqual(SEED_SHEETS.filter((sheet) => SEED_FINDINGS.some((f) => f.sheet === sheet && f.severity === 'error')));
  });

  it('opens the first sheet with findings when no sheet has an error', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const ignored = SEED_FINDINGS.filter((f) => f.severity === 'error').map((f) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule, reason: '复核通过' }));
    renderCheckTab(createFakeHost(seedSnapshot(), ignored));
    await runCheck(user);
    const findings = screen.getByRole('region', { name: '问题列表' });
    const expanded = within(findings)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.querySelector('button') as HTMLElement)
      .filter((b) => b.getAttribute('aria-expanded') === 'true');
    expect(expanded.map((b) => b.textContent)).toEqual([`部门整体预算绩效目标申报表${SEED_FINDINGS.filter((f) => f.sheet === SEED_SHEETS[0]).length} 个问题`]);
  });

  it('a sheet line of the summary opens that sheet’s group and moves focus to its header', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderCheckTab(createFakeHost());
    const summary = await runCheck(user);
    const sheet = '金融稳定发展协调费'; // warnings and info only: closed at first
    const header = sheetHeader(sheet);
    expect(header.getAttribute('aria-expanded')).toBe('false');
    const line = within(within(summary).getByRole('list', { name: '各工作表' })).getByRole('button', { name: new RegExp(`^${sheet}`) });
    // 5 of its own warnings, and the target it shares with the department form (listed under both).
    expect(line.textContent).toBe(`${sheet}错误 0 · 警告 6 · 提示 1`);
    await user.click(line);
    await waitFor(() => expect(document.activeElement).toBe(header));
    expect(header.getAttribute('aria-expanded')).toBe('true');
    const item = header.closest('.fui-AccordionItem') as HTMLElement;
    expect(within(item).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
    // The groups opened by default stay open; a second press keeps this one open.
    await user.click(line);
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(sheetHeader('援派干部经费').getAttribute('aria-expanded')).toBe('true');
  });

  it('selects the exact sheet and cell of a finding on click and on Enter', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    await runCheck(user);
    const target = SEED_FINDINGS.find((f) => f.sheet !== SEED_SHEETS[0]) as Finding;
    const item = await openSheet(user, target.sheet);
    const jump = within(item).getAllByRole('button', { name: new RegExp(`^${target.cell}\\s*\\S+\\s*${escape(target.message)}$`) });
    expect(jump.length).toBeGreaterThan(0);
    await user.click(jump[0]);
    expect(host.callsOf('select')).toEqual([[target.sheet, target.cell]]);

    jump[0].focus();
    await user.keyboard('{Enter}');
    expect(host.callsOf('select')).toEqual([
      [target.sheet, target.cell],
      [target.sheet, target.cell],
    ]);
  });

  it('ignores a finding with a reason, saves it, dims it and leaves it out of counts and highlights; 取消忽略 reverses it', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    const summary = await runCheck(user);
    const target = SEED_FINDINGS.find((f) => f.severity === 'warning') as Finding;
    const item = await openSheet(user, target.sheet);
    const title = (within(item).getAllByRole('heading', { level: 4 }).find((h) => h.getAttribute('title') === target.rule)?.textContent ?? '').replace(
      /（\d+）.*$/,
      '',
    );
    let li = findingItem(item, target.cell, title);

    await user.click(within(li).getByRole('button', { name: `忽略 ${target.cell}：${title}` }));
    const form = within(li).getByRole('form', { name: `忽略 ${target.cell}：${title}` });
    const confirm = within(form).getByRole('button', { name: '确认忽略' });
    expect(confirm.hasAttribute('disabled')).toBe(true); // no reason yet
    await user.type(within(form).getByRole('textbox', { name: /忽略原因/ }), '  已与财政局确认  ');
    await user.click(confirm);

    const saved: IgnoredFinding = { sheet: target.sheet, cell: target.cell, rule: target.rule, reason: '已与财政局确认' };
    await waitFor(() => expect(host.callsOf('saveIgnored')).toEqual([[[saved]]]));
    li = findingItem(item, target.cell, title);
    expect(await within(li).findByText('已忽略，原因：已与财政局确认')).toBeTruthy();
    expect(within(li).queryByRole('form')).toBeNull();
    const unignore = within(li).getByRole('button', { name: `取消忽略 ${target.cell}：${title}` });
    expect(document.activeElement).toBe(unignore);
    expect(within(summary).getByText(`警告 ${count(SEED_FINDINGS, 'warning') - 1}`)).toBeTruthy();
    expect(within(summary).getByText('已忽略 1')).toBeTruthy();
    expect(within(summary).getByText(`错误 ${count(SEED_FINDINGS, 'error')}`)).toBeTruthy();
    expect(host.callsOf('applyHighlights').at(-1)).toEqual([SEED_FINDINGS.filter((f) => key(f) !== key(target))]);

    await user.click(unignore);
    await waitFor(() => expect(host.callsOf('saveIgnored').at(-1)).toEqual([[]]));
    li = findingItem(item, target.cell, title);
    await waitFor(() => expect(within(li).queryByText(/已忽略/)).toBeNull());
    expect(within(summary).getByText(`警告 ${count(SEED_FINDINGS, 'warning')}`)).toBeTruthy();
    expect(within(summary).queryByText(/^已忽略/)).toBeNull();
    expect(host.callsOf('applyHighlights').at(-1)).toEqual([SEED_FINDINGS]);
  });

  it('loads the ignored findings kept in the workbook: with every error ignored, the verdict asks to review the warnings', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const errors = SEED_FINDINGS.filter((f) => f.severity === 'error');
    const ignored = errors.map((f) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule, reason: '复核通过' }));
    const host = createFakeHost(seedSnapshot(), ignored);
    renderCheckTab(host);
    const summary = await runCheck(user);
    expect(within(summary).getByRole('status').textContent).toBe(`无错误，请复核 ${count(SEED_FINDINGS, 'warning')} 条警告`);
    expect(within(summary).getByText('错误 0')).toBeTruthy();
    expect(within(summary).getByText(`已忽略 ${errors.length}`)).toBeTruthy();
    expect(host.callsOf('applyHighlights')).toEqual([[SEED_FINDINGS.filter((f) => f.severity !== 'error')]]);
  });

  it('says 可以提交 only when neither an error nor a warning is left', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const blocking = SEED_FINDINGS.filter((f) => f.severity !== 'info');
    const ignored = blocking.map((f) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule, reason: '复核通过' }));
    renderCheckTab(createFakeHost(seedSnapshot(), ignored));
    const summary = await runCheck(user);
    expect(within(summary).getByRole('status').textContent).toBe('可以提交');
    expect(within(summary).getByText('警告 0')).toBeTruthy();
  });

  it('clears the highlights', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    await runCheck(user);
    await user.click(toolbarButton('清除标记'));
    await waitFor(() => expect(host.callsOf('clearHighlights')).toEqual([[]]));
    expect(host.highlighted).toEqual([]);
  });

  it('has one landmark per result area: rule groups are headed lists, not regions', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { container } = renderCheckTab(createFakeHost());
    await runCheck(user);
    const item = await openSheet(user, SEED_SHEETS[0]);
    expect(within(item).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(1);
    expect(container.querySelectorAll('section, [role="region"]')).toHaveLength(2);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
      '检查结果',
      '问题列表',
    ]);
  });

  it('keeps keyboard focus where it was through 清除标记 and a re-check', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    await runCheck(user);

    const clear = toolbarButton('清除标记');
    clear.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.callsOf('clearHighlights')).toHaveLength(1));
    await waitFor(() => expect(clear.getAttribute('aria-disabled')).not.toBe('true'));
    expect(document.activeElement).toBe(clear);

    const check = toolbarButton('检查');
    check.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.callsOf('applyHighlights')).toHaveLength(2));
    await waitFor(() => expect(check.getAttribute('aria-disabled')).not.toBe('true'));
    expect(document.activeElement).toBe(check);
  });

  it('keeps keyboard focus in the ignore form: on 确认忽略 while saving and after a failed save; on the toggle after 取消', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    await runCheck(user);
    const target = SEED_FINDINGS[0];
    const item = await openSheet(user, target.sheet);
    const title = ruleTitle(target.rule, 'zh');
    const li = findingItem(item, target.cell, title);
    const toggle = within(li).getByRole('button', { name: `忽略 ${target.cell}：${title}` });

    await user.click(toggle);
    let form = within(li).getByRole('form');
    await user.keyboard('{Escape}');
    expect(within(li).queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(toggle);

    await user.click(toggle);
    form = within(li).getByRole('form');
    await user.type(within(form).getByRole('textbox'), '复核通过');
    host.failNext('saveIgnored', new HostError('工作簿只读，未保存', 'The workbook is read-only'));
    // Hold the save, to see the form while it is being saved.
    const save = host.saveIgnored;
    let release!: () => void;
    host.saveIgnored = (list) => new Promise((resolve, reject) => (release = () => void save(list).then(resolve, reject)));
    const confirm = within(form).getByRole('button', { name: '确认忽略' });
    confirm.focus();
    await user.keyboard('{Enter}');
    // Saving: the button says so but stays focusable (a disabled button would drop focus to <body>).
    await waitFor(() => expect(confirm.getAttribute('aria-disabled')).toBe('true'));
    expect(confirm.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(confirm);
    release();
    expect(await screen.findByText('工作簿只读，未保存')).toBeTruthy();
    expect(within(li).getByRole('form')).toBe(form);
    expect(document.activeElement).toBe(confirm);

    await user.click(within(form).getByRole('button', { name: '取消' }));
    expect(document.activeElement).toBe(toggle);
  });

  it('shows a host error as its one line, and any other failure as a plain one-line fallback', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const host = createFakeHost();
    renderCheckTab(host);
    host.failNext('readSnapshot', new HostError('工作表受保护，无法读取', 'The sheet is protected'));
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect((await screen.findByText('工作表受保护，无法读取')).textContent).toBe('工作表受保护，无法读取');
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();

    host.failNext('readSnapshot', new Error('TypeError: x is undefined\n    at readSnapshot (excelHost.ts:12)'));
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('检查失败，请重试。')).toBeTruthy();
    expect(screen.queryByText(/excelHost|TypeError/)).toBeNull();
    expect(screen.queryByText('工作表受保护，无法读取')).toBeNull();
  });

  it('speaks English with lang "en"', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderCheckTab(createFakeHost(), 'en');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const summary = await screen.findByRole('region', { name: 'Check result' });
    expect(within(summary).getByRole('status').textContent).toBe('Needs changes');
    expect(within(summary).getByText(`Errors: ${count(SEED_FINDINGS, 'error')}`)).toBeTruthy();
    expect(toolbarButton('Clear highlights', 'Check actions')).toBeTruthy();
    // Every fix line starts "Fix: " and a capital, whatever case the rule's suggestion began with.
    const fixes = within(screen.getByRole('region', { name: 'Findings' })).getAllByText(/^Fix: /);
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.filter((f) => !/^Fix: [^a-z]/.test(f.textContent ?? ''))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
