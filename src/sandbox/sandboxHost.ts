// The WorkbookHost of the browser sandbox: the real Excel adapter (src/excel) running on the
// simulated Excel (src/excel-sim), so the browser tests exercise the code that runs in Excel. The
// grid keeps drawing the in-memory workbook (MemoryWorkbook); after each call this file copies
// into it what the call changed in the simulated workbook: written values, new sheets, highlights,
// the active sheet and the selection.
import { parseA1, toA1 } from '../engine/a1';
import { IGNORED_SHEET } from '../engine/ignoredSheet';
import type { Change, Severity, SheetSpec } from '../engine/schema';
import { createExcelHost } from '../excel/excelHost';
import { MARKER } from '../excel/highlightPlan';
import { SETTINGS_KEYS } from '../excel/settingsStore';
import { createSimExcel, simWorkbookFromSpec, type SimWorkbook } from '../excel-sim';
import type { WorkbookHost } from '../host/workbookHost';
import { downloadFile } from './download';
import type { MemoryWorkbook } from './memoryWorkbook';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const MARK = new RegExp(`"${MARKER}:(error|warning|info)"`);

/** `excelWorkbook` is the simulated Excel's workbook (tests pass one to act as the user in Excel). */
export function createSandboxHost(
  workbook: MemoryWorkbook,
  now: () => Date = () => new Date(),
  excelWorkbook: SimWorkbook = simWorkbookFromSpec(workbook.spec()),
): WorkbookHost {
  const sim = createSimExcel(excelWorkbook);
  const excel = createExcelHost({ run: sim.run, supports: sim.supports, settings: sim.settings, now });
  const wb = sim.workbook;
  wb.activeSheet = workbook.activeSheet;

  /** Runs an adapter call with the grid's active sheet, then shows what it changed. */
  async function call<T>(work: () => Promise<T>, after: (result: T) => void = () => undefined): Promise<T> {
    if (wb.sheet(workbook.activeSheet)) wb.activeSheet = workbook.activeSheet;
    try {
      const result = await work();
      after(result);
      return result;
    } finally {
      workbook.changed();
    }
  }

  const showValues = (cells: { sheet: string; cell: string }[]) => {
    for (const { sheet, cell } of cells) {
      const target = wb.sheet(sheet);
      if (!target) continue;
      const address = toA1(parseA1(cell).row, parseA1(cell).col);
      workbook.setValue(target.name, address, wb.valueAt(target.name, address));
    }
  };

  return {
    kind: 'sandbox',
    capabilities: () => excel.capabilities(),
    readSnapshot: (onProgress) => call(() => excel.readSnapshot(onProgress)),
    applyHighlights: (findings) => call(() => excel.applyHighlights(findings), () => workbook.setHighlights(highlightsOf(wb))),
    clearHighlights: () => call(() => excel.clearHighlights(), () => workbook.setHighlights(highlightsOf(wb))),
    select: (sheet, cell) =>
      call(() => excel.select(sheet, cell), () => {
        workbook.activeSheet = wb.activeSheet;
        const [, address = ''] = wb.selected.split(/!(?=[^!]*$)/);
        workbook.selected = { sheet: wb.activeSheet, cell: address };
      }),
    applyPlan: (changes: Change[]) => call(() => excel.applyPlan(changes), () => showValues(changes)),
    undoPlan: () => {
      // The cells the undo will write, read from the add-in's record before the undo forgets it.
      const pending = sim.settings.get(SETTINGS_KEYS.undo);
      const cells = Array.isArray(pending) ? (pending as { sheet: string; cell: string }[]) : [];
      return call(() => excel.undoPlan(), () => showValues(cells));
    },
    canUndoPlan: () => excel.canUndoPlan(),
    loadIgnored: () => excel.loadIgnored(),
    saveIgnored: (ignored) => call(() => excel.saveIgnored(ignored), () => showHiddenRecord(wb, workbook)),
    loadColumnRoles: () => excel.loadColumnRoles(),
    saveColumnRoles: (roles) => call(() => excel.saveColumnRoles(roles), () => showHiddenRecord(wb, workbook)),
    createSheet: (spec: SheetSpec) =>
      call(() => excel.createSheet(spec), () => {
        workbook.addSheet(spec);
        workbook.activeSheet = wb.activeSheet;
        workbook.selected = null;
      }),
    workbookName: async () => workbook.name,
    // Excel would open it as a new workbook; a browser saves it as a download.
    exportWorkbook: async (file) => downloadFile(file.bytes, file.fileName),
  };
}

/** The add-in's very hidden record sheet, kept beside the grid's sheets (never shown, never read). */
function showHiddenRecord(wb: SimWorkbook, workbook: MemoryWorkbook): void {
  const record = wb.sheet(IGNORED_SHEET);
  if (!record) return;
  const cells: SheetSpec['cells'] = {};
  for (const [address, cell] of record.cells) {
    if (cell.value !== '' || cell.formula) cells[address] = { value: cell.value, numFmt: cell.numberFormat };
  }
  workbook.setHiddenSheet({ name: record.name, cells, merges: [], columnWidths: {}, validations: [] });
}

/** Every cell under one of the add-in's conditional formats, at its worst severity, per sheet. */
function highlightsOf(wb: SimWorkbook): Map<string, Map<string, Severity>> {
  const map = new Map<string, Map<string, Severity>>();
  for (const sheet of wb.sheets) {
    for (const format of sheet.conditionalFormats) {
      const severity = MARK.exec(format.formula ?? '')?.[1] as Severity | undefined;
      if (!severity) continue;
      const cells = map.get(sheet.name) ?? new Map<string, Severity>();
      map.set(sheet.name, cells);
      for (const area of format.areas) {
        for (let row = area.top; row <= area.bottom; row++) {
          for (let col = area.left; col <= area.right; col++) {
            const address = toA1(row, col);
            const before = cells.get(address);
            if (!before || RANK[severity] > RANK[before]) cells.set(address, severity);
          }
        }
      }
    }
  }
  return map;
}
