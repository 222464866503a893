// Excel.createWorkbook (ExcelApi 1.8) of the simulated Excel: "Creates and opens a new workbook.
// Optionally, the workbook can be pre-populated with a Base64-encoded .xlsx file."
// (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function-1). It is a
// function of the Excel namespace, outside any request context: no Excel.run, no context.sync().
import type { SimWorkbook } from './model';
import { simError } from './simErrors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The first bytes of a decoded Base64 text. */
function head(base64: string, count: number): number[] {
  const binary = atob(base64.slice(0, Math.ceil(count / 3) * 4));
  return Array.from(binary.slice(0, count), (c) => c.charCodeAt(0));
}

export function simCreateWorkbook(wb: SimWorkbook): (base64?: string) => Promise<void> {
  return async (base64) => {
    // An Office without ExcelApi 1.8 has no such function to call.
    if (!wb.supports('1.8')) throw simError('ApiNotFound', 'Excel.createWorkbook');
    // Excel opens the file it is given; what is not a Base64 zip package (an .xlsx) is refused.
    if (base64 !== undefined) {
      const zip = [0x50, 0x4b, 0x03, 0x04];
      if (base64.length % 4 !== 0 || !BASE64.test(base64) || head(base64, 4).some((b, i) => b !== zip[i])) {
        throw simError('InvalidArgument', 'Excel.createWorkbook');
      }
    }
    wb.createdWorkbooks.push(base64 ?? '');
  };
}
