// The errors the simulated Excel raises: what Office.js rejects `context.sync()` with, an
// OfficeExtension.Error whose `code` is one of Excel.ErrorCodes.
// Reference: https://learn.microsoft.com/javascript/api/excel/excel.errorcodes
// and "Error handling with the application-specific JavaScript APIs"
// (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).

export type SimErrorCode =
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'AccessDenied'
  | 'GeneralException'
  | 'ApiNotFound'
  | 'InvalidObjectPath'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'InvalidOperationInCellEditMode';

export class SimExcelError extends Error {
  /** Like OfficeExtension.Error.debugInfo: which statement of the batch failed. */
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: SimErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Messages as Excel words them (English UI), so a test can see which refusal it met. */
export const MESSAGES: Record<SimErrorCode, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The requested operation is invalid.',
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'An internal error has occurred.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  PropertyNotLoaded:
    'The property was not loaded. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  InvalidOperationInCellEditMode: 'The operation is not available while Excel is in Edit cell mode.',
};

export function simError(code: SimErrorCode, where?: string): SimExcelError {
  return new SimExcelError(code, MESSAGES[code], where);
}
