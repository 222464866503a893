// Excel.run and the request context over a SimWorkbook. Office.js queues every command and every
// load on the context and sends them as one batch at `context.sync()`; properties are readable only
// after the sync that loaded them; a batch runs in order and stops at the first failing command,
// leaving the earlier ones done (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts
// and https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
import { simError, type SimErrorCode } from './simErrors';
import type { SimWorkbook } from './model';

/** Excel on the web caps a request and a response at 5 MB (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** A get of more than five million cells may return null instead of failing (office-js-docs-pr#5821). */
export const MAX_CELLS_PER_GET = 5_000_000;

interface Command {
  where: string;
  /** ExcelApi set the command belongs to: above the host's, the batch fails with ApiNotFound. */
  api?: string;
  /** Bytes the command adds to the request (written grids). */
  requestBytes: number;
  /** Runs against the workbook; may return what to apply to the proxies once the whole batch succeeded. */
  run: () => (() => void) | void;
}

export class SimContext {
  private queue: Command[] = [];
  private createdThisBatch: SimObject[] = [];
  private responseBytes = 0;
  private closed = false;
  constructor(readonly wb: SimWorkbook) {}

  enqueue(where: string, run: Command['run'], options: { api?: string; requestBytes?: number } = {}): void {
    if (this.closed) throw simError('InvalidObjectPath', where); // an object used after its Excel.run ended
    this.queue.push({ where, run, api: options.api, requestBytes: options.requestBytes ?? 0 });
  }

  /** Objects made by a method of this batch (worksheets.add): their path only holds if the batch succeeds. */
  created(object: SimObject): void {
    this.createdThisBatch.push(object);
  }

  /** Response sizes only matter where a cap applies (the web); desktop skips measuring them. */
  get measuring(): boolean {
    return this.wb.platform === 'web';
  }

  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    this.wb.syncs += 1;
    const commands = this.queue;
    const created = this.createdThisBatch;
    this.queue = [];
    this.createdThisBatch = [];
    this.responseBytes = 0;
    const web = this.wb.platform === 'web';
    try {
      const request = commands.reduce((sum, c) => sum + c.requestBytes, 0);
      if (web && request > WEB_PAYLOAD_LIMIT) throw simError('RequestPayloadSizeLimitExceeded');
      const commits: (() => void)[] = [];
      for (const command of commands) {
        if (command.api && !this.wb.supports(command.api)) throw simError('ApiNotFound', command.where);
        const commit = command.run();
        if (commit) commits.push(commit);
      }
      // A response over the cap fails the whole read on the web with an internal error, not a payload
      // code (office-js#1314, office-js#1012); the writes before it stay done.
      if (web && this.responseBytes > WEB_PAYLOAD_LIMIT) throw simError('GeneralException');
      for (const commit of commits) commit();
    } catch (error) {
      for (const object of created) object.invalidate();
      throw error;
    } finally {
      this.wb.changed();
    }
    await Promise.resolve();
  }

  close(): void {
    this.closed = true;
  }
}

/** Base of every proxy: `load` queues a read, getters throw PropertyNotLoaded until the sync. */
export abstract class SimObject {
  protected loaded = new Map<string, unknown>();
  private invalid = false;
  constructor(
    readonly ctx: SimContext,
    protected parent?: SimObject,
  ) {}

  invalidate(): void {
    this.invalid = true;
  }
  get isInvalid(): boolean {
    return this.invalid || (this.parent?.isInvalid ?? false);
  }
  /** Throws InvalidObjectPath inside a batch when this object's path never came to exist. */
  protected checkPath(where: string): void {
    if (this.isInvalid) throw simError('InvalidObjectPath', where);
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : Object.keys(props ?? {});
    const names = list.map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(`${this.constructor.name}.load`, () => {
      this.checkPath(`${this.constructor.name}.load`);
      const values = this.read(names);
      return () => this.apply(values);
    });
    return this;
  }

  /** What a load of these names returns now (may count response bytes on the context). */
  protected abstract read(names: string[]): Map<string, unknown>;

  /** Puts loaded values in place; subclasses route nested paths ("protection/protected"). */
  protected apply(values: Map<string, unknown>): void {
    for (const [name, value] of values) this.loaded.set(name, value);
  }

  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected get$<T>(name: string): T {
    if (!this.loaded.has(name)) throw simError('PropertyNotLoaded', `${this.constructor.name}.${name}`);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.get$('isNullObject');
  }

  /** *OrNullObject results: Office sets isNullObject at the next sync without a load. */
  protected queueNullness(exists: () => boolean): void {
    this.ctx.enqueue('isNullObject', () => {
      const value = !this.isInvalid && exists();
      return () => this.loaded.set('isNullObject', !value);
    });
  }
}

/** The bytes a loaded value takes in the JSON response (UTF-8: CJK characters are three bytes). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}

export function fail(code: SimErrorCode, where: string): never {
  throw simError(code, where);
}
