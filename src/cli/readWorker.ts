// Reading a workbook in a worker thread with a capped heap: a workbook that would exhaust memory ends
// as exit 2 with one line, not as V8's fatal "out of memory" and a native stack. The built command
// (dist/cli/budget-check.js) starts itself as the worker; run from source (tests), it reads in-process.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InputError, inputErrors } from './inputErrors';
import { readCheckInput, type CheckInput, type ReadOptions } from './xlsxRead';

/** The worker's heap in MB; BUDGET_CHECK_READ_HEAP_MB lowers or raises it. */
export const READ_HEAP_ENV = 'BUDGET_CHECK_READ_HEAP_MB';
const DEFAULT_HEAP_MB = 2048;
const TASK = 'budget-check:read';

interface ReadRequest {
  task: typeof TASK;
  path: string;
  options: ReadOptions;
}

type ReadReply = { result: CheckInput } | { error: { zh: string; en: string } };

function bundleFile(): string | undefined {
  const file = typeof __filename === 'string' ? __filename : '';
  return /budget-check\.js$/.test(file) ? file : undefined;
}

function heapOf(env: NodeJS.ProcessEnv): number {
  const mb = Number(env[READ_HEAP_ENV]);
  return Number.isInteger(mb) && mb > 0 ? mb : DEFAULT_HEAP_MB;
}

export function readCheckInputIsolated(path: string, options: ReadOptions, env: NodeJS.ProcessEnv = process.env): Promise<CheckInput> {
  const script = bundleFile();
  if (!script) return readCheckInput(path, options);
  const heap = heapOf(env);
  return new Promise((resolve, reject) => {
    const request: ReadRequest = { task: TASK, path, options };
    const worker = new Worker(script, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: heap } });
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) fn();
      settled = true;
    };
    worker.once('message', (reply: ReadReply) =>
      settle(() => ('result' in reply ? resolve(reply.result) : reject(new InputError(reply.error.zh, reply.error.en)))),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? inputErrors.outOfMemory(heap) : error)),
    );
    worker.once('exit', () => settle(() => reject(inputErrors.damaged())));
  });
}

/** In the worker thread started above: read, reply and return true; anywhere else return false. */
export function serveReadIfWorker(): boolean {
  const request = workerData as ReadRequest | undefined;
  if (isMainThread || request?.task !== TASK || !parentPort) return false;
  const port = parentPort;
  readCheckInput(request.path, request.options).then(
    (result) => port.postMessage({ result } satisfies ReadReply),
    (error: unknown) => {
      const known = error instanceof InputError ? error : inputErrors.damaged();
      port.postMessage({ error: { zh: known.zh, en: known.en } } satisfies ReadReply);
    },
  );
  return true;
}
