// The last check of one workbook, shared by the 检查 and 平衡 tabs: one store per host, so both tabs
// (and the tests) see the same result without a provider. Plain TypeScript; React reads it through
// useCheckSession.
import type { CheckResult } from '../../engine/check';
import type { ColumnOverride, Finding, WorkbookSnapshot } from '../../engine/schema';
import type { IgnoredFinding, WorkbookHost } from '../../host/workbookHost';
import type { Lang } from '../../i18n';
import { activeFindings, findingKey } from './summarize';
import { loadCheckEngine } from './loadEngine';

export type CheckPhase = 'idle' | 'reading' | 'checking' | 'done';

/** What failed last, so the pane can pick the matching fallback text for a non-HostError. */
export type CheckAction = 'check' | 'highlight' | 'ignore' | 'clear' | 'select' | 'roles';

export interface CheckFailure {
  action: CheckAction;
  error: unknown;
}

export interface CheckState {
  phase: CheckPhase;
  /** Sheets read so far while reading. */
  progress: { done: number; total: number } | null;
  result: CheckResult | null;
  /** The workbook as the last check read it (the plan table shows values in their cells' formats). */
  snapshot: WorkbookSnapshot | null;
  ignored: IgnoredFinding[];
  /** The column roles the user set, as saved in the workbook and used by the last check. */
  columnRoles: ColumnOverride[];
  failure: CheckFailure | null;
  /** An ignore / un-ignore / clear is being saved. */
  saving: boolean;
}

export const INITIAL_CHECK_STATE: CheckState = {
  phase: 'idle',
  progress: null,
  result: null,
  snapshot: null,
  ignored: [],
  columnRoles: [],
  failure: null,
  saving: false,
};

/** Lets React paint "正在检查…" before the engine takes the thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls a host method so that a synchronous throw becomes a rejection like any other failure. */
function call<T>(fn: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(fn);
}

export class CheckSession {
  private state: CheckState = INITIAL_CHECK_STATE;
  private readonly listeners = new Set<() => void>();
  private running: Promise<CheckResult | null> | null = null;

  constructor(private readonly host: WorkbookHost) {}

  getState = (): CheckState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Reads the workbook, runs the engine and highlights the findings not ignored. Resolves to the
   * result (null when reading or checking failed; the failure is in the state). A second call while
   * one runs joins it.
   */
  check(lang: Lang): Promise<CheckResult | null> {
    this.running ??= this.runCheck(lang).finally(() => (this.running = null));
    return this.running;
  }

  async ignore(finding: Finding, reason: string): Promise<boolean> {
    const entry: IgnoredFinding = { sheet: finding.sheet, cell: finding.cell, rule: finding.rule, reason };
    const key = findingKey(finding);
    return this.saveIgnored([...this.state.ignored.filter((i) => findingKey(i) !== key), entry]);
  }

  async unignore(finding: Finding): Promise<boolean> {
    const key = findingKey(finding);
    return this.saveIgnored(this.state.ignored.filter((i) => findingKey(i) !== key));
  }

  /**
   * Saves `next` as the workbook's column roles, then checks again with them. Resolves to false when
   * the save failed (nothing re-checked; the failure is in the state).
   */
  async setColumnRoles(next: ColumnOverride[], lang: Lang): Promise<boolean> {
    this.update({ saving: true, failure: null });
    try {
      await call(() => this.host.saveColumnRoles(next));
    } catch (error) {
      this.update({ saving: false, failure: { action: 'roles', error } });
      return false;
    }
    this.update({ saving: false, columnRoles: next });
    await this.check(lang);
    return true;
  }

  async clearHighlights(): Promise<void> {
    this.update({ saving: true, failure: null });
    try {
      await call(() => this.host.clearHighlights());
      this.update({ saving: false });
    } catch (error) {
      this.update({ saving: false, failure: { action: 'clear', error } });
    }
  }

  async select(finding: Finding): Promise<void> {
    try {
      await call(() => this.host.select(finding.sheet, finding.cell));
    } catch (error) {
      this.update({ failure: { action: 'select', error } });
    }
  }

  private async runCheck(lang: Lang): Promise<CheckResult | null> {
    this.update({ phase: 'reading', progress: null, failure: null });
    let result: CheckResult;
    let ignored: IgnoredFinding[];
    let columnRoles: ColumnOverride[];
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await call(() =>
        this.host.readSnapshot((done, total) => this.update({ progress: { done, total } })),
      );
      ignored = await call(() => this.host.loadIgnored());
      columnRoles = await call(() => this.host.loadColumnRoles());
      this.update({ phase: 'checking', progress: null });
      await nextTask();
      const checkWorkbook = await loadCheckEngine();
      result = checkWorkbook(snapshot, { lang, columnRoles });
    } catch (error) {
      this.update({ phase: this.state.result ? 'done' : 'idle', progress: null, failure: { action: 'check', error } });
      return null;
    }
    this.update({ phase: 'done', result, snapshot, ignored, columnRoles });
    await this.highlight();
    return result;
  }

  /** Puts highlights on exactly the findings not ignored (the host replaces the earlier ones). */
  private async highlight(): Promise<void> {
    const result = this.state.result;
    if (!result) return;
    try {
      await call(() => this.host.applyHighlights(activeFindings(result.findings, this.state.ignored)));
    } catch (error) {
      this.update({ failure: { action: 'highlight', error } });
    }
  }

  private async saveIgnored(next: IgnoredFinding[]): Promise<boolean> {
    this.update({ saving: true, failure: null });
    try {
      await call(() => this.host.saveIgnored(next));
    } catch (error) {
      this.update({ saving: false, failure: { action: 'ignore', error } });
      return false;
    }
    this.update({ saving: false, ignored: next });
    await this.highlight();
    return true;
  }

  private update(patch: Partial<CheckState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

const sessions = new WeakMap<WorkbookHost, CheckSession>();

/** The one session of this workbook host. */
export function sessionFor(host: WorkbookHost): CheckSession {
  let session = sessions.get(host);
  if (!session) {
    session = new CheckSession(host);
    sessions.set(host, session);
  }
  return session;
}
