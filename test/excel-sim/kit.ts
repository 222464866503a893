// Shared set-up of the simulated-Excel scenarios: a workbook in the simulated Excel, the real
// adapter (createExcelHost) over it, and small assertions that say what went wrong.
import type { Finding, WorkbookSpec } from '../../src/engine/schema';
import { createExcelHost } from '../../src/excel/excelHost';
import { isMarkerFormula } from '../../src/excel/highlightPlan';
import { createSimExcel, simWorkbookFromSpec, type SimExcel, type SimOptions } from '../../src/excel-sim';
import type { WorkbookHost } from '../../src/host/workbookHost';

export interface Rig extends SimExcel {
  host: WorkbookHost;
}

export function rig(spec: WorkbookSpec, options: SimOptions = {}): Rig {
  const sim = createSimExcel(simWorkbookFromSpec(spec, options));
  const host = createExcelHost({ run: sim.run, supports: sim.supports, settings: sim.settings, now: () => new Date('2026-03-01T08:00:00Z') });
  return { ...sim, host };
}

/** One sheet "表" with the given cells (value only, or value and number format). */
export function oneSheet(cells: Record<string, string | number | [string | number, string]>, name = '表'): WorkbookSpec {
  const specCells: WorkbookSpec['sheets'][number]['cells'] = {};
  for (const [address, cell] of Object.entries(cells)) {
    specCells[address] = Array.isArray(cell) ? { value: cell[0], numFmt: cell[1] } : { value: cell };
  }
  return { sheets: [{ name, cells: specCells, merges: [], columnWidths: {}, validations: [] }] };
}

export function finding(sheet: string, cell: string, severity: Finding['severity'] = 'error'): Finding {
  return { sheet, cell, severity, rule: 'value.missing', message: '缺少年度指标值' };
}

export function change(sheet: string, cell: string, before: string | number, after: string | number) {
  return { sheet, cell, before, after, reason: '合计', relation: '小计' };
}

/** The add-in's marker rules on a sheet of the simulated workbook. */
export function markers(sim: SimExcel, sheet: string): number {
  return sim.workbook.requireSheet(sheet).conditionalFormats.filter((cf) => cf.type === 'Custom' && isMarkerFormula(cf.formula)).length;
}

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** The promise must reject with a HostError whose Chinese text matches; returns that text. */
export async function expectRefusal(promise: Promise<unknown>, zh: RegExp, what: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const text = (error as { zh?: string }).zh ?? String(error);
    if (!zh.test(text)) throw new Error(`${what}: refused with "${text}", expected ${zh}`);
    return text;
  }
  throw new Error(`${what}: expected a refusal, but it succeeded`);
}

/** Worksheet.onChanged is delivered after the batch (asynchronously). */
export function eventsDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}
