import type { CellValue, Change } from '../engine/schema';
import type { ApplyResult } from '../host/workbookHost';
import { compareAndSet } from './compareAndSet';
import type { ChangeWatch } from './changeWatch';
import { runBatch, type ApiSupport, type ExcelRunner } from './runtime';
import { SETTINGS_KEYS, type SettingsStore } from './settingsStore';

/** The add-in's own undo: Excel's Ctrl+Z does not reach add-in edits on many Office builds. */
export interface UndoEntry {
  sheet: string;
  cell: string;
  before: CellValue;
  after: CellValue;
}

const APPLY = { zh: '写入平衡方案', en: 'Applying the plan' };
const UNDO = { zh: '撤销平衡方案', en: 'Undoing the plan' };

/**
 * Writes every change or none (two syncs), then remembers the before-values in the workbook with
 * `settings.saveAsync` (one more round trip, not a sync). The cells are written by then, so a failed
 * save does not make the apply a failure: the record is dropped instead, `canUndoPlan` answers false,
 * and the pane says the cells were written but cannot be undone.
 */
export async function applyPlan(
  run: ExcelRunner,
  settings: SettingsStore,
  changes: Change[],
  supports?: ApiSupport,
  watch?: ChangeWatch,
): Promise<ApplyResult> {
  if (changes.length === 0) return { written: 0 };
  watch?.assertFresh();
  watch?.expectWrites(changes);
  await runBatch(
    run,
    APPLY,
    (context) =>
      compareAndSet(
        context,
        changes.map((c) => ({ sheet: c.sheet, cell: c.cell, expected: c.before, value: c.after })),
        supports,
      ),
    { delayForCellEdit: true },
  );
  const undo: UndoEntry[] = changes.map(({ sheet, cell, before, after }) => ({ sheet, cell, before, after }));
  settings.set(SETTINGS_KEYS.undo, undo);
  try {
    await settings.save();
  } catch {
    // Not swallowed: the missing undo is what the pane reports (canUndoPlan is false from here on).
    settings.remove(SETTINGS_KEYS.undo);
  }
  return { written: changes.length };
}

/**
 * Puts the before-values back if every cell still holds what the plan wrote (two syncs); false if
 * there is nothing to undo. Forgetting the record is `settings.saveAsync`, one more round trip; the
 * cells are restored by then, so its failure does not turn the undo into one.
 */
export async function undoPlan(run: ExcelRunner, settings: SettingsStore, supports?: ApiSupport, watch?: ChangeWatch): Promise<boolean> {
  const undo = readUndo(settings);
  if (undo.length === 0) return false;
  watch?.expectWrites(undo);
  await runBatch(
    run,
    UNDO,
    (context) =>
      compareAndSet(
        context,
        undo.map((u) => ({ sheet: u.sheet, cell: u.cell, expected: u.after, value: u.before })),
        supports,
      ),
    { delayForCellEdit: true },
  );
  settings.remove(SETTINGS_KEYS.undo);
  try {
    await settings.save();
  } catch {
    // The cells are restored and the record is gone for this session; a copy left in the saved file
    // can only be refused later (its cells no longer hold what the plan wrote), never write again.
  }
  return true;
}

export function canUndoPlan(settings: SettingsStore): boolean {
  return readUndo(settings).length > 0;
}

function readUndo(settings: SettingsStore): UndoEntry[] {
  const stored = settings.get(SETTINGS_KEYS.undo);
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (u): u is UndoEntry =>
      typeof u === 'object' && u !== null && typeof u.sheet === 'string' && typeof u.cell === 'string' &&
      ['string', 'number', 'boolean'].includes(typeof u.before) &&
      ['string', 'number', 'boolean'].includes(typeof u.after),
  );
}
