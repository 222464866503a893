import { HostError } from '../host/workbookHost';

/** What OfficeExtension.Error carries that we use; other thrown things have neither field. */
interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
}

const REASONS: Record<string, { zh: string; en: string }> = {
  InvalidOperation: {
    zh: '工作表受保护或该操作不被允许',
    en: 'the sheet is protected or the operation is not allowed',
  },
  AccessDenied: { zh: '工作簿或工作表只读、受保护', en: 'the workbook or sheet is read-only or protected' },
  ItemNotFound: { zh: '找不到工作表或单元格（可能已改名或删除）', en: 'a sheet or cell was not found (renamed or deleted?)' },
  ItemAlreadyExists: { zh: '同名对象已存在', en: 'an item of that name already exists' },
  InvalidOperationInCellEditMode: {
    zh: '请先结束单元格编辑（按 Enter 或 Esc）',
    en: 'finish editing the cell first (press Enter or Esc)',
  },
  Conflict: { zh: '其他人正在同时编辑，请稍后重试', en: 'someone else is editing at the same time; try again' },
  ResponsePayloadSizeLimitExceeded: { zh: '工作簿太大，一次读取不完', en: 'the workbook is too large to read at once' },
  RequestPayloadSizeLimitExceeded: { zh: '一次写入的数据太多', en: 'too much data in one write' },
  ApiNotFound: { zh: '此版本的 Excel 不支持该功能', en: 'this version of Excel does not support it' },
  UnsupportedOperation: { zh: '此版本的 Excel 不支持该操作', en: 'this version of Excel does not support it' },
  InvalidArgument: { zh: '地址或数值无效', en: 'an address or value is invalid' },
  MergedRangeConflict: { zh: '与合并单元格冲突', en: 'it conflicts with merged cells' },
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as OfficeLikeError | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** "action failed: reason" in both languages; a HostError passes through unchanged. */
export function toHostError(error: unknown, action: { zh: string; en: string }): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const reason = code ? REASONS[code] : undefined;
  if (reason) return new HostError(`${action.zh}失败：${reason.zh}`, `${action.en} failed: ${reason.en}`);
  const message = (error as OfficeLikeError | null)?.message;
  const detail = oneLine(code ?? (typeof message === 'string' ? message : String(error)));
  return new HostError(`${action.zh}失败：${detail}`, `${action.en} failed: ${detail}`);
}

function oneLine(text: string): string {
  const first = text.split(/\r?\n/)[0].trim();
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}
