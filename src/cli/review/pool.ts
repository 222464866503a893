// Checks a review's files in parallel: this thread and worker threads, as many as the cores keep busy
// (workerCount), each claiming the next file from a shared counter when it is done with one
// (claims.ts); results land in input order, whatever order they finish in. This thread checking too
// spares a worker's start (loading and warming the engine) and the copying of its results between threads.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReviewedFile } from '../../engine/review';
import type { Lang } from '../../engine/schema';
import { checkFile } from './checkFile';
import { checkClaimed, Claims } from './claims';
import type { WorkerAnswer, WorkerTask } from './worker';

/** Environment override of the number of worker threads (1: check in this thread). */
export const WORKERS_ENV = 'BUDGET_CHECK_WORKERS';

export interface PoolOptions<T> {
  lang: Lang;
  maxBytes: number;
  workers: number;
  keepModel: boolean;
  /** Called after each file, with how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** What is kept of each file's result (its index among the files), as it arrives. */
  keep: (index: number, result: ReviewedFile) => T;
}

/**
 * Cores that one checking thread keeps busy. Beside the thread itself, V8 compiles the hot code and
 * collects garbage on background threads: a one-thread review of 200 workbooks used 1.45 cores
 * (CPU time ÷ wall time), and on two cores a second checking thread made the review slower
 * (2.3–2.5 s against 1.9–2.1 s), the two threads only slowing each other down.
 */
const CORES_PER_THREAD = 1.5;

/** Threads for `files` files: as many as the cores keep busy (or the environment's number), never more than files. */
export function workerCount(files: number, env: NodeJS.ProcessEnv, cores = availableParallelism()): number {
  const asked = Number(env[WORKERS_ENV]);
  const threads = Number.isInteger(asked) && asked > 0 ? asked : Math.floor(cores / CORES_PER_THREAD);
  return Math.max(1, Math.min(threads, files));
}

/** A check that failed for a reason of its own (not an unreadable input): the file is listed, the batch goes on. */
const failed = (file: string, message: string): ReviewedFile => ({ file, unreadable: `检查时出错：${message}` });

/**
 * The worker's script: beside the built CLI (dist/cli/review-worker.js), or the TypeScript source
 * compiled on the fly by tsx when running from src (tests, `tsx src/cli/main.ts`).
 */
function startWorker(task: WorkerTask): Worker {
  const built = join(__dirname, 'review-worker.js');
  if (existsSync(built)) return new Worker(built, { workerData: task });
  const source = join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, { eval: true, workerData: task });
}

/** This thread's number among the review's threads; workers are 2 and up. */
const THIS_THREAD = 1;

export async function checkFiles<T>(files: string[], options: PoolOptions<T>): Promise<T[]> {
  const results: T[] = new Array(files.length);
  const finished: boolean[] = new Array(files.length).fill(false);
  let done = 0;
  const finish = (index: number, result: ReviewedFile) => {
    finished[index] = true;
    results[index] = options.keep(index, result);
    options.onProgress?.(++done, files.length);
  };
  const checkHere = async (index: number) => {
    const file = files[index];
    const task = { file, lang: options.lang, maxBytes: options.maxBytes, keepModel: options.keepModel };
    const result = await checkFile(task).catch((e: unknown) => failed(file, e instanceof Error ? e.message : String(e)));
    finish(index, result);
    // Files are read without waiting for the disk: this turn lets the workers' answers (and the progress bar) in.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const claims = new Claims(files.length);
  const runWorker = (thread: number) =>
    new Promise<void>((resolve) => {
      const { lang, maxBytes, keepModel } = options;
      const worker = startWorker({ files, claims: claims.shared, thread, lang, maxBytes, keepModel });
      worker.on('message', (answer: WorkerAnswer) => finish(answer.id, 'result' in answer ? answer.result : failed(files[answer.id], answer.failure)));
      // A worker that dies (out of memory on one huge file, or an error of its own) fails the file it
      // was checking, and the others carry on.
      let death = 'the worker thread stopped';
      worker.on('error', (error) => {
        death = error.message;
      });
      worker.on('exit', () => {
        const current = claims.claimedBy(thread).find((index) => !finished[index]);
        if (current !== undefined) finish(current, failed(files[current], death));
        resolve();
      });
    });
  const workers = options.workers <= 1 || files.length <= 1 ? [] : Array.from({ length: options.workers - 1 }, (_, i) => runWorker(THIS_THREAD + 1 + i));
  await Promise.all([...workers, checkClaimed(claims, THIS_THREAD, checkHere)]);
  // A file a worker took as it died, before it could record the claim, is checked here, in this thread.
  for (let index = 0; index < files.length; index++) if (!finished[index]) await checkHere(index);
  return results;
}
