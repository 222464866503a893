import { HostError } from '../host/workbookHost';

/**
 * Key/value state kept inside the workbook, so highlights, ignores and the undo record survive a
 * reload. Values must be JSON-serialisable. `save` persists every pending change.
 */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  save(): Promise<void>;
}

export const SETTINGS_KEYS = {
  highlights: 'budgetCheck.highlights',
  undo: 'budgetCheck.undo',
  ignored: 'budgetCheck.ignored',
} as const;

/** The workbook's own settings (Office.context.document.settings), saved with the document. */
export function officeSettingsStore(
  settings: Office.Settings = Office.context.document.settings,
): SettingsStore {
  return {
    get: (key) => settings.get(key) ?? undefined,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else
            reject(
              new HostError(
                '无法把检查状态保存到工作簿',
                `could not save the checker's state in the workbook: ${result.error?.message ?? 'unknown error'}`,
              ),
            );
        });
      }),
  };
}

/** An in-memory store (tests, and hosts without document settings); `persisted` is what a reload sees. */
export class MemorySettingsStore implements SettingsStore {
  persisted = new Map<string, string>();
  private pending = new Map<string, string | undefined>();
  saves = 0;

  get(key: string): unknown {
    const raw = this.pending.has(key) ? this.pending.get(key) : this.persisted.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }
  set(key: string, value: unknown): void {
    this.pending.set(key, JSON.stringify(value));
  }
  remove(key: string): void {
    this.pending.set(key, undefined);
  }
  async save(): Promise<void> {
    this.saves += 1;
    for (const [key, raw] of this.pending) {
      if (raw === undefined) this.persisted.delete(key);
      else this.persisted.set(key, raw);
    }
    this.pending.clear();
  }
  /** What reopening the workbook gives: only what was saved. */
  reopened(): MemorySettingsStore {
    const copy = new MemorySettingsStore();
    copy.persisted = new Map(this.persisted);
    return copy;
  }
}
