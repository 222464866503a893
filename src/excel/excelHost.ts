import type { HostCapabilities, WorkbookHost } from '../host/workbookHost';
import { applyPlan, canUndoPlan, undoPlan } from './applyPlan';
import { ChangeWatch } from './changeWatch';
import { loadColumnRoles, saveColumnRoles } from './columnRoles';
import { createSheet } from './createSheet';
import { exportWorkbook, officeCreateWorkbook, workbookName, type CreateWorkbook } from './exportWorkbook';
import { applyHighlights, clearHighlights } from './highlights';
import { loadIgnored, saveIgnored } from './ignored';
import type { IgnoredTimes } from '../engine/ignoredSheet';
import { readSnapshot } from './readSnapshot';
import { officeApiSupport, officeExcelRunner, type ApiSupport, type ExcelRunner } from './runtime';
import { select } from './select';
import { officeSettingsStore, type SettingsStore } from './settingsStore';

export interface ExcelHostDeps {
  /** Defaults to Excel.run. */
  run?: ExcelRunner;
  /** Defaults to Office.context.document.settings. */
  settings?: SettingsStore;
  /** Defaults to Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports?: ApiSupport;
  /** The clock for the 时间 column of the ignored-findings sheet. */
  now?: () => Date;
  /** Defaults to Excel.createWorkbook. */
  createWorkbook?: CreateWorkbook;
}

/** API sets the adapter uses above the manifest's ExcelApi 1.7 floor. */
export function excelCapabilities(supports: ApiSupport): HostCapabilities {
  return { dataValidation: supports('1.8'), mergedAreas: supports('1.13') };
}

/** The WorkbookHost over Office.js: every method is one Excel.run with a fixed number of syncs. */
export function createExcelHost(deps: ExcelHostDeps = {}): WorkbookHost {
  const run = deps.run ?? officeExcelRunner;
  const supports = deps.supports ?? officeApiSupport;
  // Office's settings object only exists after Office.onReady, so it is looked up on first use.
  let settings = deps.settings;
  const store = (): SettingsStore => (settings ??= officeSettingsStore());
  // When each ignored finding was first ignored, as last read or written, so a save keeps the times.
  const ignoredTimes: IgnoredTimes = new Map();
  const now = deps.now ?? (() => new Date());
  const watch = new ChangeWatch();

  return {
    kind: 'excel',
    capabilities: () => excelCapabilities(supports),
    readSnapshot: (onProgress) => readSnapshot(run, supports, onProgress, undefined, watch),
    applyHighlights: (findings) => applyHighlights(run, supports, store(), findings, watch),
    clearHighlights: () => clearHighlights(run, store()),
    select: (sheet, cell) => select(run, sheet, cell),
    applyPlan: (changes) => applyPlan(run, store(), changes, supports, watch),
    undoPlan: () => undoPlan(run, store(), supports, watch),
    canUndoPlan: async () => canUndoPlan(store()),
    loadIgnored: () => loadIgnored(run, store(), ignoredTimes),
    saveIgnored: (ignored) => saveIgnored(run, ignored, ignoredTimes, now()),
    loadColumnRoles: () => loadColumnRoles(run),
    saveColumnRoles: (roles) => saveColumnRoles(run, roles),
    createSheet: (spec) => createSheet(run, supports, spec),
    workbookName: () => workbookName(run),
    exportWorkbook: (file) => exportWorkbook(deps.createWorkbook ?? officeCreateWorkbook, supports, file),
  };
}
