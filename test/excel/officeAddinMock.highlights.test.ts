/**
 * applyHighlights / clearHighlights over office-addin-mock 4, on the seed workbook and the real
 * findings the engine reports for it. "Reopening" builds a new mock from what the first one holds
 * (the conditional formats as written, the settings as saved), as Excel would after a reload.
 * Not expressible with the mock: the renamed-sheet fallback. The adapter queues
 * `worksheets.getItem(name)` and expects the *sync* to fail with ItemNotFound (scanSheets then sweeps
 * the workbook); a seeded getItem can only throw at the call, before that try/catch, so the
 * fallback is covered by the hand-written fake (highlights.test.ts) only.
 */
import { checkWorkbook } from '../../src/engine/check';
import { HIGHLIGHT_FILL } from '../../src/engine/highlight';
import type { Finding, Severity } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { createExcelHost } from '../../src/excel/excelHost';
import { planHighlights } from '../../src/excel/highlightPlan';
import { MemorySettingsStore, SETTINGS_KEYS } from '../../src/excel/settingsStore';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { excelMock, type ExcelMock, type FormatSeed, type SheetSeed } from './officeAddinMockKit';

const seed = specToSnapshot(seedWorkbookSpec());
const findings = checkWorkbook(seed, { lang: 'zh' }).findings;
const FIRST = seed.sheets[0].name;
const USERS_OWN: FormatSeed[] = [
  { type: 'Custom', formula: '=$C$5>6000' },
  { type: 'DataBar', formula: '' },
];

function hostOver(excel: ExcelMock, settings: MemorySettingsStore, apiSets = ['1.9']) {
  return createExcelHost({ run: excel.run, settings, supports: (v) => apiSets.includes(v) });
}

/** The workbook after a save and reload: each sheet's formats as they are now, written or seeded. */
function reopen(excel: ExcelMock, extra: (name: string) => Partial<SheetSeed> = () => ({})): ExcelMock {
  return excelMock(
    seed.sheets.map((snapshot) => ({
      snapshot,
      formats: excel.formatSeeds(snapshot.name),
      ...extra(snapshot.name),
    })),
  );
}

async function highlighted(): Promise<{ excel: ExcelMock; settings: MemorySettingsStore }> {
  const excel = excelMock(seed.sheets.map((snapshot) => ({ snapshot, formats: snapshot.name === FIRST ? USERS_OWN : [] })));
  const settings = new MemorySettingsStore();
  await hostOver(excel, settings).applyHighlights(findings);
  return { excel, settings };
}

describe('applyHighlights over office-addin-mock', () => {
  it('adds one marked conditional format per sheet and severity for the seed findings, in one sync', async () => {
    expect(findings.length).toBeGreaterThan(0);
    const { excel, settings } = await highlighted();
    const groups = planHighlights(findings, true);

    expect(excel.syncs()).toBe(1);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(groups).toHaveLength(24); // 10 sheets, most with info, warning and error cells (the department form has no info: its read facts are notes)
    expect(excel.log.added.map(({ sheet, address }) => ({ sheet, address }))).toEqual(
      groups.map(({ sheet, address }) => ({ sheet, address })),
    );
    excel.log.added.forEach(({ format }, i) => {
      const severity = groups[i].severity;
      expect(format.type).toBe('Custom');
      expect(format.custom.rule.formula).toBe(`=N("budget-check:${severity}")=0`);
      expect(format.custom.format.fill.color).toBe(HIGHLIGHT_FILL[severity]);
    });
    const fills = new Set(excel.log.added.map(({ format }) => format.custom.format.fill.color));
    expect(fills).toEqual(new Set(['#FFC7CE', '#FFEB9C', '#DDEBF7']));

    // The record names every rule by Excel's id (loaded in that same sync) and is saved once.
    expect(settings.saves).toBe(1);
    const records = JSON.parse(settings.persisted.get(SETTINGS_KEYS.highlights) as string);
    expect(records).toEqual(
      groups.map((g, i) => ({ ...g, id: excel.log.added[i].format.id })),
    );
    expect(records[0]).toEqual({ sheet: FIRST, severity: 'warning', address: groups[0].address, id: 'new-0-0' });
    // The user's own rules are still there, untouched.
    expect(excel.formatSeeds(FIRST).slice(0, 2)).toEqual(USERS_OWN);
  });

  it('after a reload, replaces the earlier highlights in two syncs and keeps the user\'s own rules', async () => {
    const first = await highlighted();
    const excel = reopen(first.excel);
    const settings = first.settings.reopened();
    const fewer: Finding[] = [{ sheet: FIRST, cell: 'C5', severity: 'error', rule: 'money.identity-funding', message: 'm' }];
    await hostOver(excel, settings).applyHighlights(fewer);

    expect(excel.syncs()).toBe(2); // the recorded sheets' rules and protection, then deletes and adds
    expect(excel.log.calls.filter((c) => c.startsWith("delete format"))).toHaveLength(24);
    for (const sheet of seed.sheets.slice(1)) expect(excel.formats(sheet.name)).toEqual([]);
    expect(excel.formatSeeds(FIRST)).toEqual([
      ...USERS_OWN,
      { type: 'Custom', formula: '=N("budget-check:error")=0' },
    ]);
    expect(excel.log.added.map(({ sheet, address }) => `${sheet}!${address}`)).toEqual([`${FIRST}!C5`]);
    expect(JSON.parse(settings.persisted.get(SETTINGS_KEYS.highlights) as string)).toEqual([
      { sheet: FIRST, severity: 'error', address: 'C5', id: excel.log.added[0].format.id },
    ]);
  });

  it('refuses, adding and deleting nothing, when a sheet to highlight is protected (one sync)', async () => {
    const first = await highlighted();
    const excel = reopen(first.excel, (name) => ({ protected: name === FIRST }));
    const settings = first.settings.reopened();
    await expect(hostOver(excel, settings).applyHighlights(findings)).rejects.toThrow(
      `工作表“${FIRST}”受保护，未标出任何单元格；请先撤销保护`,
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.log.calls).toEqual([]);
    expect(excel.log.added).toEqual([]);
  });
});

describe('clearHighlights over office-addin-mock', () => {
  it('after a reload, deletes exactly the marked rules in two syncs and forgets the record', async () => {
    const first = await highlighted();
    const excel = reopen(first.excel);
    const settings = first.settings.reopened();
    await hostOver(excel, settings).clearHighlights();

    expect(excel.syncs()).toBe(2);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(excel.log.calls.filter((c) => c.startsWith("delete format"))).toHaveLength(24);
    expect(excel.formatSeeds(FIRST)).toEqual(USERS_OWN);
    for (const sheet of seed.sheets.slice(1)) expect(excel.formats(sheet.name)).toEqual([]);
    expect(settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(false);
    expect(settings.saves).toBe(1);
  });

  it('without a record, sweeps every sheet for the marker: three syncs', async () => {
    const first = await highlighted();
    const excel = reopen(first.excel);
    const settings = new MemorySettingsStore(); // the record was never saved
    await hostOver(excel, settings).clearHighlights();

    expect(excel.syncs()).toBe(3); // the sheets, every sheet's rules, the deletions
    expect(excel.formatSeeds(FIRST)).toEqual(USERS_OWN);
    expect(seed.sheets.slice(1).every((s) => excel.formats(s.name).length === 0)).toBe(true);
    expect(settings.saves).toBe(0);
  });

  it('refuses, deleting nothing, when a marked rule is on a protected sheet (one sync)', async () => {
    const first = await highlighted();
    const last = seed.sheets[seed.sheets.length - 1].name;
    const excel = reopen(first.excel, (name) => ({ protected: name === last }));
    const settings = first.settings.reopened();
    await expect(hostOver(excel, settings).clearHighlights()).rejects.toThrow(
      `工作表“${last}”受保护，未清除任何标记；请先撤销保护`,
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.log.calls).toEqual([]);
    expect(settings.persisted.has(SETTINGS_KEYS.highlights)).toBe(true);
  });
});

describe('highlight and clear on the ExcelApi 1.7 floor (no RangeAreas)', () => {
  const OWN = {
    C5: { fill: '#00B050', fontColor: '#000000' }, // its own fill
    C6: { fill: '#FFFFFF', fontColor: '#C00000' }, // its own font colour
    C7: { fill: '#FFFFFF', fontColor: '#000000' }, // No Fill, as Excel reports it
  };
  const cellFindings: Finding[] = (
    [
      ['C5', 'warning'],
      ['C5', 'error'],
      ['C6', 'warning'],
      ['C7', 'info'],
    ] as [string, Severity][]
  ).map(([cell, severity]) => ({ sheet: FIRST, cell, severity, rule: 'r', message: 'm' }));

  async function ownFormats(excel: ExcelMock): Promise<Record<string, { fill: unknown; fontColor: unknown }>> {
    const cells = excel.sheet(FIRST).cells;
    for (const cell of Object.keys(OWN)) {
      cells[cell].format.fill.load('color');
      cells[cell].format.font.load('color');
    }
    await excel.mock.context.sync();
    return Object.fromEntries(
      Object.keys(OWN).map((c) => [c, { fill: cells[c].format.fill.color, fontColor: cells[c].format.font.color }]),
    );
  }

  it('adds one rule per cell at its worst severity, writes no cell format, and clear leaves the cells as they were', async () => {
    const excel = excelMock([{ snapshot: seed.sheets[0], cells: OWN }]);
    const settings = new MemorySettingsStore();
    await hostOver(excel, settings, []).applyHighlights(cellFindings);

    expect(excel.syncs()).toBe(1);
    expect(
      excel.log.added.map(({ address, format }) => [address, format.custom.rule.formula, format.custom.format.fill.color]),
    ).toEqual([
      ['C7', '=N("budget-check:info")=0', '#DDEBF7'],
      ['C6', '=N("budget-check:warning")=0', '#FFEB9C'],
      ['C5', '=N("budget-check:error")=0', '#FFC7CE'],
    ]);
    expect(await ownFormats(excel)).toEqual(OWN);

    const reopened = excelMock([
      { snapshot: seed.sheets[0], cells: OWN, formats: excel.formatSeeds(FIRST) },
    ]);
    await hostOver(reopened, settings.reopened(), []).clearHighlights();
    expect(reopened.syncs()).toBe(2);
    expect(reopened.formats(FIRST)).toEqual([]);
    expect(await ownFormats(reopened)).toEqual(OWN);
  });
});
