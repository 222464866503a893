/**
 * @jest-environment jsdom
 */
// 导出审核意见 in the pane: after a check, the button builds the reviewers' workbook of the open
// workbook from the engine (its findings, ignored ones counted as the pane counts them) and hands it
// to the host; one line says how it went.
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/engine/check';
import { HostError, type IgnoredFinding } from '../../src/host/workbookHost';
import type { Lang } from '../../src/i18n';
import { paneReviewTables, reviewFileName } from '../../src/taskpane/check/reviewExport';
import { summarize } from '../../src/taskpane/check/summarize';
import { createFakeHost, seedSnapshot, type FakeHost } from '../fixtures/fakeHost';
import { renderCheckTab } from '../fixtures/renderCheckTab';

jest.setTimeout(30000);
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

const SEED = checkWorkbook(seedSnapshot(), { lang: 'zh' });
const FIRST = SEED.findings.find((f) => f.severity === 'error')!;
const IGNORED: IgnoredFinding[] = [{ sheet: FIRST.sheet, cell: FIRST.cell, rule: FIRST.rule, reason: '已与财政局核实' }];

async function checkThenExport(host: FakeHost, lang: Lang = 'zh'): Promise<void> {
  const user = userEvent.setup();
  renderCheckTab(host, lang);
  const label = lang === 'zh' ? '导出审核意见' : 'Export review';
  expect(screen.queryByText(label)).toBeNull();
  await user.click(within(screen.getByRole('group', { name: lang === 'zh' ? '检查操作' : 'Check actions' })).getByRole('button', { name: lang === 'zh' ? '检查' : 'Check' }));
  // By its text, not its role: naming every button of the open finding groups is slow in jsdom.
  const button = (await screen.findByText(label)).closest('button')!;
  await user.click(button);
}

/** Each sheet part of the exported file, as XML text, in workbook order. */
function sheetsOf(bytes: Uint8Array): { names: string[]; sheets: string[]; strings: string[] } {
  const parts = unzipSync(bytes);
  const names = [...strFromU8(parts['xl/workbook.xml']).matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  const sheets = names.map((_, i) => strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]));
  const strings = [...strFromU8(parts['xl/sharedStrings.xml']).matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]);
  return { names, sheets, strings };
}

describe('导出审核意见', () => {
  it('after a check, exports the open workbook’s 汇总 / 意见明细 / 质量评分 through the host, and says so', async () => {
    const host = createFakeHost(seedSnapshot(), IGNORED);
    await checkThenExport(host);
    expect(await screen.findByText('已下载“审核意见-预算.xlsx”。')).toBeTruthy();
    expect(host.callsOf('workbookName')).toHaveLength(1);
    expect(host.exported).toHaveLength(1);
    const file = host.exported[0];
    expect(file.fileName).toBe('审核意见-预算.xlsx');

    const { names, sheets, strings } = sheetsOf(file.bytes);
    expect(names).toEqual(['汇总', '意见明细', '质量评分']);
    const tables = paneReviewTables('预算.xlsx', SEED, IGNORED);
    // 意见明细: every finding of the check, one row each (the heading is row 1).
    expect(sheets[1].match(/<row /g)).toHaveLength(SEED.findings.length + 1);
    expect(tables[1].rows).toHaveLength(SEED.findings.length);
    // 汇总: one row per form, then the total; the file column holds the workbook's name.
    expect(sheets[0].match(/<row /g)).toHaveLength(tables[0].rows.length + 2);
    expect(strings).toContain('预算.xlsx');
    expect(strings).toContain('已忽略：已与财政局核实');
  });

  it('counts as the pane counts: the ignored finding is out of 汇总’s totals and noted with its reason', () => {
    const tables = paneReviewTables('预算.xlsx', SEED, IGNORED);
    const pane = summarize(SEED.findings, IGNORED, SEED.model.sheets.map((s) => s.name));
    const total = tables[0].total!;
    expect([total[8], total[9], total[10]]).toEqual([pane.counts.error, pane.counts.warning, pane.counts.info]);
    expect(pane.ignored).toBe(1);
    const row = tables[1].rows.find((r) => r[2] === FIRST.sheet && r[9] !== '')!;
    expect(row[9]).toBe('已忽略：已与财政局核实');
    expect(tables[0].rows.find((r) => r[2] === FIRST.sheet)![12]).toContain('另有1条已忽略');
  });

  it('a failed export is one line from the host, and nothing else changes', async () => {
    const host = createFakeHost();
    host.failNext('exportWorkbook', new HostError('此版本的 Excel 不能新建工作簿（需要 ExcelApi 1.8，Excel 2021、Microsoft 365 或网页版），未导出审核意见', 'This version of Excel cannot create a workbook'));
    await checkThenExport(host);
    expect(await screen.findByText('此版本的 Excel 不能新建工作簿（需要 ExcelApi 1.8，Excel 2021、Microsoft 365 或网页版），未导出审核意见')).toBeTruthy();
    expect(host.exported).toEqual([]);
    expect(screen.getByRole('region', { name: '检查结果' })).toBeTruthy();
  });

  it('in English, an unexpected failure reads as the pane’s own line', async () => {
    const host = createFakeHost();
    host.failNext('exportWorkbook', new Error('boom'));
    await checkThenExport(host, 'en');
    expect(await screen.findByText('Could not export the review.')).toBeTruthy();
    expect(host.callsOf('exportWorkbook')).toHaveLength(1);
  });

  it('names the file after the workbook, without what a file name cannot hold', () => {
    expect(reviewFileName('2026年 预算.xlsx')).toBe('审核意见-2026年 预算.xlsx');
    expect(reviewFileName('a/b:c.XLSM')).toBe('审核意见-a_b_c.xlsx');
    expect(reviewFileName('')).toBe('审核意见-工作簿.xlsx');
  });
});
