// The simulated Excel: the part of the Excel JavaScript API that src/excel uses, over an in-memory
// workbook, behaving as the reference and the office-js issue tracker say Excel behaves (each
// behaviour cites its source where it is implemented). Pure TypeScript: the browser sandbox bundles
// it, and jest, the bench and `npm run test:excel-sim` run the real adapter on it.
import { parseRange } from '../engine/a1';
import type { WorkbookSpec } from '../engine/schema';
import { formulaText } from '../engine/specSnapshot';
import type { ApiSupport, ExcelRunner } from '../excel/runtime';
import { MemorySettingsStore } from '../excel/settingsStore';
import { SimContext } from './context';
import { simCreateWorkbook } from './createWorkbook';
import { SimWorkbook, type SimOptions } from './model';
import { SimWorkbookProxy } from './worksheet';

export { SimWorkbook, type SimOptions } from './model';
export { SimExcelError } from './simErrors';
export { simCreateWorkbook } from './createWorkbook';

/** The context a batch receives: `workbook` as Excel.RequestContext has it. */
class SimRequestContext extends SimContext {
  readonly workbook = new SimWorkbookProxy(this);
}

/**
 * Excel.run over the simulated workbook: a fresh request context per run; objects of one run are
 * invalid in the next (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-advanced-concepts).
 */
export function simRunner(wb: SimWorkbook): ExcelRunner {
  return async (batch, options) => {
    wb.runOptions.push(options ?? {});
    const context = new SimRequestContext(wb);
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      context.close();
    }
  };
}

/** Office.context.requirements.isSetSupported('ExcelApi', version) of the simulated Office. */
export function simSupport(wb: SimWorkbook): ApiSupport {
  return (version) => wb.supports(version);
}

export interface SimExcel {
  workbook: SimWorkbook;
  run: ExcelRunner;
  supports: ApiSupport;
  /** Office.context.document.settings of the simulated document. */
  settings: MemorySettingsStore;
  /** Excel.createWorkbook: each call is recorded in `workbook.createdWorkbooks`. */
  createWorkbook: (base64?: string) => Promise<void>;
}

export function createSimExcel(workbook: SimWorkbook): SimExcel {
  return { workbook, run: simRunner(workbook), supports: simSupport(workbook), settings: new MemorySettingsStore(), createWorkbook: simCreateWorkbook(workbook) };
}

/**
 * A workbook as Excel would hold it after opening a file built from the spec: constants stored as
 * the file typed them (no parsing: a file's cell has its type), formulas with their cached values.
 */
export function simWorkbookFromSpec(spec: WorkbookSpec, options: SimOptions = {}): SimWorkbook {
  const wb = new SimWorkbook(options);
  for (const sheetSpec of spec.sheets) {
    const sheet = wb.addSheet(sheetSpec.name);
    for (const [address, cell] of Object.entries(sheetSpec.cells)) {
      const formula = formulaText(cell.formula);
      sheet.cells.set(address.replace(/\$/g, '').toUpperCase(), {
        value: cell.value,
        formula: formula === '' ? undefined : formula,
        numberFormat: cell.numFmt,
        fill: cell.style?.fill,
      });
    }
    sheet.merges = sheetSpec.merges.map((m) => parseRange(m));
  }
  return wb;
}
