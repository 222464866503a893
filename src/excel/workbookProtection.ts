import { HostError } from '../host/workbookHost';

/**
 * The refusal when the workbook's structure is protected (Workbook.protection, ExcelApi 1.7): Excel
 * then refuses to add a sheet with no specific error (issue 13, Why 8), so the adapter asks first.
 */
export function structureRefusal(outcome: { zh: string; en: string }): HostError {
  return new HostError(
    `工作簿结构受保护，不能添加工作表，${outcome.zh}；请在“审阅 → 保护工作簿”中撤销保护后重试`,
    `The workbook's structure is protected, so no sheet can be added; ${outcome.en}. Unprotect it (Review → Protect Workbook) and try again`,
  );
}
