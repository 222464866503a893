import type { Finding, Severity } from '../engine/schema';
import { errorCode } from './errors';
import { HIGHLIGHT_FILL, isMarkerFormula, markerFormula, planHighlights } from './highlightPlan';
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
/** A write waits for the user to leave cell edit mode instead of failing. */
const WRITE = { delayForCellEdit: true };
const CF_PROPS = 'items/type,items/customOrNullObject/rule/formula';

/**
 * Highlights with conditional formats only, so cell fills, fonts and borders are never written and
 * clearing restores them exactly. One sync; two when earlier highlights are replaced.
 */
export function applyHighlights(
  run: ExcelRunner,
  supports: ApiSupport,
  settings: SettingsStore,
  findings: Finding[],
): Promise<void> {
  return runBatch(run, APPLY, async (context) => {
    const previous = readHighlightRecords(settings);
    if (previous.length > 0) await queueDeletions(context, previous);

    const useRangeAreas = supports('1.9');
    const added = planHighlights(findings, useRangeAreas).map((group) => {
      const sheet = context.workbook.worksheets.getItem(group.sheet);
      const target = useRangeAreas ? sheet.getRanges(group.address) : sheet.getRange(group.address);
      const format = target.conditionalFormats.add('Custom');
      format.custom.rule.formula = markerFormula(group.severity);
      format.custom.format.fill.color = HIGHLIGHT_FILL[group.severity];
      format.load('id');
      return { group, format };
    });
    await context.sync();

    const records: HighlightRecord[] = added.map(({ group, format }) => ({ ...group, id: format.id }));
    if (records.length > 0) settings.set(SETTINGS_KEYS.highlights, records);
    else settings.remove(SETTINGS_KEYS.highlights);
    await settings.save();
  }, WRITE);
}

/** Deletes exactly the add-in's conditional formats on the highlighted sheets: at most two syncs. */
export function clearHighlights(run: ExcelRunner, settings: SettingsStore): Promise<void> {
  return runBatch(run, CLEAR, async (context) => {
    const previous = readHighlightRecords(settings);
    if (previous.length === 0) return;
    await queueDeletions(context, previous);
    await context.sync();
    settings.remove(SETTINGS_KEYS.highlights);
    await settings.save();
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

/**
 * Loads the conditional formats of the recorded sheets (one sync) and queues the deletion of the
 * add-in's own; the caller's next sync deletes them. A recorded sheet that was renamed or deleted
 * makes Excel refuse the read; then every sheet is searched instead (two more syncs).
 */
async function queueDeletions(context: Excel.RequestContext, records: HighlightRecord[]): Promise<void> {
  const sheetNames = [...new Set(records.map((r) => r.sheet))];
  let collections = sheetNames.map((name) =>
    context.workbook.worksheets.getItem(name).getRange().conditionalFormats.load(CF_PROPS),
  );
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== 'ItemNotFound') throw error;
    const all = context.workbook.worksheets.load('items/name');
    await context.sync();
    collections = all.items.map((sheet) => sheet.getRange().conditionalFormats.load(CF_PROPS));
    await context.sync();
  }
  for (const collection of collections) {
    for (const format of collection.items) {
      if (format.type === 'Custom' && isMarkerFormula(format.customOrNullObject.rule.formula)) format.delete();
    }
  }
}
