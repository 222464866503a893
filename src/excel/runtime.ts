import { toHostError } from './errors';

/** One Excel batch: queue commands on the context, `await context.sync()` as few times as possible. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface RunOptions {
  /** Wait until the user leaves cell edit mode instead of failing the batch (writes only). */
  delayForCellEdit?: boolean;
}

/** `Excel.run`, injectable so tests can run the adapter against a fake workbook. */
export type ExcelRunner = <T>(batch: Batch<T>, options?: RunOptions) => Promise<T>;

/** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
export type ApiSupport = (version: string) => boolean;

export const officeExcelRunner: ExcelRunner = (batch, options) =>
  options ? Excel.run(options, batch) : Excel.run(batch);

export const officeApiSupport: ApiSupport = (version) =>
  Office.context.requirements.isSetSupported('ExcelApi', version);

/**
 * Runs a batch and turns whatever Excel throws into a HostError (one line, zh + en), so the task pane
 * never sees an OfficeExtension.Error or a stack trace. Nothing is swallowed: every failure rejects.
 */
export async function runBatch<T>(
  run: ExcelRunner,
  action: { zh: string; en: string },
  batch: Batch<T>,
  options?: RunOptions,
): Promise<T> {
  try {
    return await run(batch, options);
  } catch (error) {
    throw toHostError(error, action);
  }
}
