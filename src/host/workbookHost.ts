import type { Change, ColumnOverride, Finding, IgnoredFinding, SheetSpec, WorkbookSnapshot } from '../engine/schema';

export type { ColumnOverride, IgnoredFinding };

export interface ApplyResult {
  /** Cells written. */
  written: number;
}

/** A workbook the add-in made, to open (Excel) or download (sandbox). */
export interface ExportedWorkbook {
  /** The .xlsx file. */
  bytes: Uint8Array;
  /** The name to save it under, e.g. 审核意见-预算.xlsx (Excel opens it unsaved and lets the user name it). */
  fileName: string;
}

export interface HostCapabilities {
  /** Dropdowns on new sheets (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Merged areas read from the host (ExcelApi 1.13); otherwise inferred. */
  mergedAreas: boolean;
}

/**
 * What the task pane may ask of the workbook it runs beside. Excel (src/excel) and the browser
 * sandbox (src/sandbox) implement it; the task pane never calls Office directly.
 * Every method rejects with a `HostError` whose message is one plain line for the user.
 */
export interface WorkbookHost {
  readonly kind: 'excel' | 'sandbox';
  capabilities(): HostCapabilities;
  readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot>;
  applyHighlights(findings: Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  /** Refuses, writing nothing, if any target no longer holds its `before`. */
  applyPlan(changes: Change[]): Promise<ApplyResult>;
  /** Restores the before-values of the last applied plan; false when there is nothing to undo. */
  undoPlan(): Promise<boolean>;
  canUndoPlan(): Promise<boolean>;
  loadIgnored(): Promise<IgnoredFinding[]>;
  saveIgnored(ignored: IgnoredFinding[]): Promise<void>;
  /** The column roles the user set, saved in the workbook ([] when none). */
  loadColumnRoles(): Promise<ColumnOverride[]>;
  /** Replaces the saved column roles ([] removes them all). */
  saveColumnRoles(roles: ColumnOverride[]): Promise<void>;
  /** Adds a sheet; refuses if a sheet of that name exists. */
  createSheet(spec: SheetSpec): Promise<void>;
  /** The open workbook's file name ("Book1" style when it was never saved). */
  workbookName(): Promise<string>;
  /** Opens the file as a new workbook (Excel, ExcelApi 1.8) or downloads it (sandbox). */
  exportWorkbook(file: ExportedWorkbook): Promise<void>;
}

/** A failure to show the user as it is: one line, Chinese first, with an English version. */
export class HostError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'HostError';
  }
}
