import type { CellValue, Change } from '../engine/schema';
import type { ApplyResult } from '../host/workbookHost';
import { compareAndSet } from './compareAndSet';
import { runBatch, type ExcelRunner } from './runtime';
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

/** Writes every change or none (two syncs), then remembers the before-values in the workbook. */
export async function applyPlan(run: ExcelRunner, settings: SettingsStore, changes: Change[]): Promise<ApplyResult> {
  if (changes.length === 0) return { written: 0 };
  await runBatch(
    run,
    APPLY,
    (context) =>
      compareAndSet(
        context,
        changes.map((c) => ({ sheet: c.sheet, cell: c.cell, expected: c.before, value: c.after })),
      ),
    { delayForCellEdit: true },
  );
  const undo: UndoEntry[] = changes.map(({ sheet, cell, before, after }) => ({ sheet, cell, before, after }));
  settings.set(SETTINGS_KEYS.undo, undo);
  await settings.save();
  return { written: changes.length };
}

/** Puts the before-values back if every cell still holds what the plan wrote; false if nothing to undo. */
export async function undoPlan(run: ExcelRunner, settings: SettingsStore): Promise<boolean> {
  const undo = readUndo(settings);
  if (undo.length === 0) return false;
  await runBatch(
    run,
    UNDO,
    (context) =>
      compareAndSet(
        context,
        undo.map((u) => ({ sheet: u.sheet, cell: u.cell, expected: u.after, value: u.before })),
      ),
    { delayForCellEdit: true },
  );
  settings.remove(SETTINGS_KEYS.undo);
  await settings.save();
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
