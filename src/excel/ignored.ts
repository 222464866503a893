import type { IgnoredFinding } from '../host/workbookHost';
import { SETTINGS_KEYS, type SettingsStore } from './settingsStore';

/** Ignored findings live in the workbook, so a reviewer who opens it sees them too. */
export function loadIgnored(settings: SettingsStore): IgnoredFinding[] {
  const stored = settings.get(SETTINGS_KEYS.ignored);
  const list = typeof stored === 'string' ? parseJson(stored) : stored;
  if (!Array.isArray(list)) return [];
  return list.filter(isIgnoredFinding).map(({ sheet, cell, rule, reason }) => ({ sheet, cell, rule, reason }));
}

export async function saveIgnored(settings: SettingsStore, ignored: IgnoredFinding[]): Promise<void> {
  if (ignored.length === 0) settings.remove(SETTINGS_KEYS.ignored);
  else settings.set(SETTINGS_KEYS.ignored, ignored.map(({ sheet, cell, rule, reason }) => ({ sheet, cell, rule, reason })));
  await settings.save();
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
