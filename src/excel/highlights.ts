import type { Finding, Severity } from '../engine/schema';
import { errorCode } from './errors';
import { HIGHLIGHT_FILL } from '../engine/highlight';
import { markerFormula, planHighlights, type HighlightGroup } from './highlightPlan';
import type { ChangeWatch } from './changeWatch';
import {
  missingSheetRefusal,
  protectedRefusal,
  queueSheetList,
  readMarkers,
  refusesFormats,
  scanSheets,
  sweepWorkbook,
  type Marker,
  type MarkerScan,
} from './highlightSweep';
import { runBatch, type ApiSupport, type ExcelRunner } from './runtime';
import { SETTINGS_KEYS, type SettingsStore } from './settingsStore';

/** What the workbook remembers about the highlights it shows. */
export interface HighlightRecord {
  sheet: string;
  address: string;
  severity: Severity;
  /** Excel's id for the rule; valid in the session that made it only, so clearing goes by marker. */
  id: string;
}

const APPLY = { zh: '标出问题单元格', en: 'Highlighting cells' };
const CLEAR = { zh: '清除标记', en: 'Clearing highlights' };
const NOTHING_HIGHLIGHTED = { zh: '未标出任何单元格', en: 'nothing was highlighted' };
const NOTHING_CLEARED = { zh: '未清除任何标记', en: 'no highlight was cleared' };
const CLEARED_ELSEWHERE = { zh: '该表上的标记未清除（其他表上的已清除）', en: 'its highlights were not cleared (those on other sheets were)' };
/** A write waits for the user to leave cell edit mode instead of failing. */
const WRITE = { delayForCellEdit: true };

/**
 * Highlights with conditional formats only, so cell fills, fonts and borders are never written and
 * clearing restores them exactly. All or nothing:
 * - nothing recorded yet: one sync. Each target sheet is loaded ahead of the first write, so a
 *   missing (renamed) sheet fails the batch before anything is added;
 * - earlier highlights recorded: two syncs. The first reads the recorded and target sheets' rules and
 *   protection and refuses, writing nothing, if a sheet to change is protected; the second deletes the
 *   earlier rules and adds the new ones. If a recorded sheet was renamed or deleted, that read is
 *   refused and the whole workbook is swept instead: four syncs in all;
 * - if Excel still fails part-way (a sheet protected meanwhile), every sheet is swept and whatever the
 *   add-in has on it is deleted (three more syncs) before the failure is reported.
 * The record is then kept with `settings.saveAsync` — one more round trip, not a `context.sync`; if
 * that save fails, the rules just added are deleted again (one more sync).
 */
export async function applyHighlights(
  run: ExcelRunner,
  supports: ApiSupport,
  settings: SettingsStore,
  findings: Finding[],
  watch?: ChangeWatch,
): Promise<void> {
  watch?.assertFresh();
  const groups = planHighlights(findings);
  return runBatch(run, APPLY, async (context) => {
    const previous = readHighlightRecords(settings);
    if (previous.length === 0 && groups.length === 0) return;
    const targets = unique(groups.map((g) => g.sheet));

    if (previous.length > 0) {
      const scan = await readPrevious(context, targets, previous);
      for (const { format } of scan.markers) format.delete();
    } else {
      for (const name of targets) context.workbook.worksheets.getItem(name).load('name');
    }
    const added = groups.map((group) => ({ group, format: addRule(context, group) }));
    try {
      await context.sync();
    } catch (error) {
      if (previous.length === 0 && errorCode(error) === 'ItemNotFound') throw error; // nothing was added yet
      throw await removeLeftovers(context, error, targets);
    }

    const records: HighlightRecord[] = added.map(({ group, format }) => ({ ...group, id: format.id }));
    if (records.length > 0) settings.set(SETTINGS_KEYS.highlights, records);
    else settings.remove(SETTINGS_KEYS.highlights);
    try {
      await settings.save();
    } catch (error) {
      // Unrecorded highlights would outlive the next check: take them back, then report the failure.
      for (const { format } of added) format.delete();
      await context.sync();
      throw error;
    }
  }, WRITE);
}

/**
 * Deletes exactly the add-in's conditional formats, found by their marker, on every sheet — also
 * where a highlighted sheet was copied, pasted or restored by undo (issue 13, Why 5). Two syncs
 * normally: (1) every sheet with its protection, and the recorded sheets' rules; (2) the deletions
 * there, with the other sheets' rules read in the same batch; a third deletes what those hold, if
 * anything. Refuses, deleting nothing, when a rule sits on a sheet that is protected against
 * formatting (as far as can be known before the other sheets are read). Forgetting the record is
 * `settings.saveAsync`: a round trip, not a sync.
 */
export function clearHighlights(run: ExcelRunner, settings: SettingsStore): Promise<void> {
  return runBatch(run, CLEAR, async (context) => {
    const recorded = unique(readHighlightRecords(settings).map((r) => r.sheet));
    let worksheets = queueSheetList(context);
    let first = recorded.map((sheet) => ({ sheet, worksheet: context.workbook.worksheets.getItem(sheet) }));
    let firstMarkers: Marker[];
    try {
      if (first.length > 0) firstMarkers = (await readMarkers(context, first, undefined, () => queueSheetList(context))).markers;
      else {
        firstMarkers = [];
        await context.sync();
      }
    } catch {
      // A recorded sheet renamed or deleted, or rules that cannot be read fast: list the sheets alone.
      first = [];
      firstMarkers = [];
      worksheets = queueSheetList(context);
      await context.sync();
    }
    const sheets = worksheets.items;
    const refusing = new Set(sheets.filter((s) => refusesFormats(s.protection)).map((s) => s.name));
    const blocked = firstMarkers.find((m) => refusing.has(m.sheet));
    if (blocked) throw protectedRefusal(blocked.sheet, NOTHING_CLEARED);

    const scanned = new Set(first.map((f) => f.sheet));
    const others = sheets.filter((s) => !scanned.has(s.name)).map((worksheet) => ({ sheet: worksheet.name, worksheet }));
    // Delete alongside the read unless a sheet that refuses formats could still hold a mark.
    const deleteNow = firstMarkers.length > 0 && !others.some((o) => refusing.has(o.sheet));
    const { markers: otherMarkers, alongsideRan } = await readMarkers(
      context,
      others,
      deleteNow ? () => firstMarkers.forEach(({ format }) => format.delete()) : undefined,
    );
    const stuck = otherMarkers.find((m) => refusing.has(m.sheet));
    if (stuck) throw protectedRefusal(stuck.sheet, alongsideRan ? CLEARED_ELSEWHERE : NOTHING_CLEARED);
    const remaining = [...(alongsideRan ? [] : firstMarkers), ...otherMarkers];
    if (remaining.length > 0) {
      for (const { format } of remaining) format.delete();
      await context.sync();
    }
    if (settings.get(SETTINGS_KEYS.highlights) !== undefined) {
      settings.remove(SETTINGS_KEYS.highlights);
      await settings.save();
    }
  }, WRITE);
}

export function readHighlightRecords(settings: SettingsStore): HighlightRecord[] {
  const stored = settings.get(SETTINGS_KEYS.highlights);
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (r): r is HighlightRecord =>
      typeof r === 'object' && r !== null && typeof r.sheet === 'string' && typeof r.address === 'string',
  );
}

function addRule(context: Excel.RequestContext, group: HighlightGroup): Excel.ConditionalFormat {
  const format = context.workbook.worksheets.getItem(group.sheet).getRange(group.address).conditionalFormats.add('Custom');
  format.custom.rule.formula = markerFormula(group.severity);
  format.custom.format.fill.color = HIGHLIGHT_FILL[group.severity];
  format.load('id');
  return format;
}

/**
 * The earlier highlights to delete, with a refusal before any write when a sheet to change is
 * protected or a target sheet is gone. One sync; three when a recorded sheet no longer exists.
 */
async function readPrevious(
  context: Excel.RequestContext,
  targets: string[],
  previous: HighlightRecord[],
): Promise<MarkerScan> {
  let scan = await scanSheets(context, unique([...targets, ...previous.map((r) => r.sheet)]));
  if (!scan) {
    scan = await sweepWorkbook(context);
    const missing = targets.find((name) => !scan?.existing?.has(name));
    if (missing) throw missingSheetRefusal(missing);
  }
  const sheets = [...targets, ...scan.markers.map((m) => m.sheet)];
  const blocked = sheets.find((name) => scan.protectedSheets.has(name));
  if (blocked) throw protectedRefusal(blocked, NOTHING_HIGHLIGHTED);
  return scan;
}

/**
 * After a write batch failed part-way: sweeps every sheet and deletes whatever the add-in has there
 * (three syncs), so no highlight is left without a record. Resolves to the error to report: a
 * refusal naming a protected target sheet if there is one, otherwise Excel's own.
 */
async function removeLeftovers(context: Excel.RequestContext, error: unknown, targets: string[]): Promise<unknown> {
  try {
    const scan = await sweepWorkbook(context);
    for (const { sheet, format } of scan.markers) if (!scan.protectedSheets.has(sheet)) format.delete();
    await context.sync();
    const blocked = targets.find((name) => scan.protectedSheets.has(name));
    return blocked ? protectedRefusal(blocked, NOTHING_HIGHLIGHTED) : error;
  } catch {
    // The first failure is the one to report; 清除标记 sweeps every sheet and removes what is left.
    return error;
  }
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
