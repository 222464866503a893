import type { WorkbookHost } from '../host/workbookHost';

/**
 * The one place that names the Excel adapter's module. It is imported dynamically: only when the
 * pane runs inside Excel, and in its own chunk, so the browser sandbox and the first paint do not
 * carry the Office.js-calling code.
 */
export async function loadExcelHost(): Promise<WorkbookHost> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../excel/excelHost');
  return createExcelHost();
}
