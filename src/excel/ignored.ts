import type { IgnoredFinding } from '../host/workbookHost';
import { IGNORED_SHEET, ignoredKey, ignoredRows, parseIgnoredRows, type IgnoredTimes } from '../engine/ignoredSheet';
import { TEXT_FORMAT } from './literal';
import { runBatch, type ExcelRunner } from './runtime';
import { recordSheetForWrite } from './recordSheet';
import { SETTINGS_KEYS, type SettingsStore } from './settingsStore';

const LOAD = { zh: '读取忽略记录', en: 'Reading the ignored findings' };
const SAVE = { zh: '保存忽略记录', en: 'Saving the ignored findings' };
const WHAT = { zh: '忽略记录', en: 'the ignored findings' };

/**
 * Ignored findings live in the workbook, in a very hidden sheet `budget-check` (see ignoredSheet.ts)
 * that travels with the file, so a reviewer — or the command line — can read them; Office's
 * document settings, used before, are visible to the add-in alone and are only read as a fallback
 * for workbooks that have no such sheet yet. Every ignored finding remembers when it was first
 * ignored: the times read here are kept in `times` for the next save.
 * One sync when the workbook has no ignored-findings sheet, two when it has.
 */
export function loadIgnored(run: ExcelRunner, settings: SettingsStore, times: IgnoredTimes): Promise<IgnoredFinding[]> {
  return runBatch(run, LOAD, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(IGNORED_SHEET);
    sheet.load('visibility');
    await context.sync();
    if (sheet.isNullObject || sheet.visibility !== 'VeryHidden') return loadFromSettings(settings);
    const used = sheet.getUsedRangeOrNullObject(false).load('values');
    await context.sync();
    const parsed = used.isNullObject ? null : parseIgnoredRows(used.values);
    if (!parsed) return loadFromSettings(settings);
    times.clear();
    for (const [key, time] of parsed.times) times.set(key, time);
    return parsed.ignored;
  });
}

/**
 * Rewrites the ignored-findings sheet in one batch (two syncs: whether the sheet exists, then every
 * write): adds it very hidden if it is missing, clears A:E, writes the titles and one row per finding
 * as text. An empty list leaves the titles only, so the sheet stays the record. Refuses, writing
 * nothing, if a visible sheet of that name is in the way (it is the user's, not ours).
 */
export function saveIgnored(
  run: ExcelRunner,
  ignored: IgnoredFinding[],
  times: IgnoredTimes,
  now: Date = new Date(),
): Promise<void> {
  const rows = ignoredRows(
    ignored.map(({ sheet, cell, rule, reason }) => ({ sheet, cell, rule, reason })),
    times,
    now,
  );
  return runBatch(run, SAVE, async (context) => {
    const sheet = await recordSheetForWrite(context, WHAT);
    sheet.getRange('A:E').clear('Contents');
    const block = sheet.getRange(`A1:E${rows.length}`);
    // Text format first: Excel then parses nothing, so "2024" or "-不适用" is kept as typed, and an
    // apostrophe would be kept as a character (issue 13, Why 2) — the text goes in bare.
    block.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
    block.values = rows;
    await context.sync();
    times.clear();
    for (const [sheetName, cell, rule, , time] of rows.slice(1)) times.set(ignoredKey({ sheet: sheetName, cell, rule }), time);
  }, { delayForCellEdit: true });
}

/** The record kept by earlier versions in Office's document settings (read-only now). */
function loadFromSettings(settings: SettingsStore): IgnoredFinding[] {
  const stored = settings.get(SETTINGS_KEYS.ignored);
  const list = typeof stored === 'string' ? parseJson(stored) : stored;
  if (!Array.isArray(list)) return [];
  return list.filter(isIgnoredFinding).map(({ sheet, cell, rule, reason }) => ({ sheet, cell, rule, reason }));
}

function isIgnoredFinding(item: unknown): item is IgnoredFinding {
  if (typeof item !== 'object' || item === null) return false;
  const record = item as Record<string, unknown>;
  return ['sheet', 'cell', 'rule', 'reason'].every((key) => typeof record[key] === 'string');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a hand-edited or foreign value: treat as "nothing ignored"
  }
}
