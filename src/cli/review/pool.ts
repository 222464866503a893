// Checks a review's files on every core: this thread and one worker thread per other core, each
// taking the next file when it is done with one; results land in input order, whatever order they
// finish in. This thread checking too spares a worker's start (loading and warming the engine) and
// the copying of its results between threads.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReviewedFile } from '../../engine/review';
import type { Lang } from '../../engine/schema';
import { checkFile, readAhead } from './checkFile';
import type { WorkerAnswer } from './worker';

/** Environment override of the number of worker threads (1: check in this thread). */
export const WORKERS_ENV = 'BUDGET_CHECK_WORKERS';

export interface PoolOptions {
  lang: Lang;
  maxBytes: number;
  workers: number;
  keepModel: boolean;
  /** Called after each file, with how many are done. */
  onProgress?: (done: number, total: number) => void;
}

/** Threads for `files` files: one per core (or the environment's number), never more than files. */
export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const asked = Number(env[WORKERS_ENV]);
  const cores = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  return Math.max(1, Math.min(cores, files));
}

/** A check that failed for a reason of its own (not an unreadable input): the file is listed, the batch goes on. */
const failed = (file: string, message: string): ReviewedFile => ({ file, unreadable: `检查时出错：${message}` });

/**
 * The worker's script: beside the built CLI (dist/cli/review-worker.js), or the TypeScript source
 * compiled on the fly by tsx when running from src (tests, `tsx src/cli/main.ts`).
 */
function startWorker(): Worker {
  const built = join(__dirname, 'review-worker.js');
  if (existsSync(built)) return new Worker(built);
  const source = join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, { eval: true });
}

export async function checkFiles(files: string[], options: PoolOptions): Promise<ReviewedFile[]> {
  const results: ReviewedFile[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: ReviewedFile) => {
    results[index] = result;
    options.onProgress?.(++done, files.length);
  };
  const checkHere = async (index: number, bytes?: Promise<Uint8Array>) => {
    const file = files[index];
    const task = { file, lang: options.lang, maxBytes: options.maxBytes, keepModel: options.keepModel, bytes };
    const result = await checkFile(task).catch((e: unknown) => failed(file, e instanceof Error ? e.message : String(e)));
    finish(index, result);
  };
  let next = 0;
  // This thread takes the next file before checking the one in hand, and reads it meanwhile.
  const take = () => (next < files.length ? next++ : -1);
  const checkInThisThread = async () => {
    let index = take();
    let bytes = index >= 0 ? readAhead(files[index], options.maxBytes) : undefined;
    while (index >= 0) {
      const following = take();
      const followingBytes = following >= 0 ? readAhead(files[following], options.maxBytes) : undefined;
      await checkHere(index, bytes);
      index = following;
      bytes = followingBytes;
    }
  };
  if (options.workers <= 1 || files.length <= 1) {
    await checkInThisThread();
    return results;
  }
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = startWorker();
      // Files sent and not answered, in the order the worker checks them (the first is the current one).
      const sent: number[] = [];
      const send = () => {
        if (next >= files.length) {
          if (sent.length === 0) void worker.terminate();
          return;
        }
        const index = next++;
        sent.push(index);
        worker.postMessage({ id: index, file: files[index], lang: options.lang, maxBytes: options.maxBytes, keepModel: options.keepModel });
      };
      worker.on('message', (answer: WorkerAnswer) => {
        sent.splice(sent.indexOf(answer.id), 1);
        finish(answer.id, 'result' in answer ? answer.result : failed(files[answer.id], answer.failure));
        // Once started, a worker keeps a second file queued, so it never idles while this thread is busy checking.
        do send();
        while (sent.length === 1 && next < files.length);
      });
      // A worker that dies (out of memory on one huge file, or an error of its own) fails its current
      // file; the files queued behind it are checked in this thread, and the others carry on.
      let death = 'the worker thread stopped';
      worker.on('error', (error) => {
        death = error.message;
      });
      worker.on('exit', () => {
        const current = sent.shift();
        if (current !== undefined && results[current] === undefined) finish(current, failed(files[current], death));
        sent.length = 0;
        resolve();
      });
      send();
    });
  await Promise.all([...Array.from({ length: options.workers - 1 }, runWorker), checkInThisThread()]);
  // Files a dead worker never took are checked here, in this thread.
  for (let index = 0; index < files.length; index++) if (results[index] === undefined) await checkHere(index);
  return results;
}
