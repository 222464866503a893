// A review worker thread: claims files from the review's shared list (see claims.ts), checks them one
// after another and posts each result back; it ends when every file is claimed.
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../../engine/schema';
import { checkFile } from './checkFile';
import { checkClaimed, Claims } from './claims';

export type WorkerAnswer = { id: number; result: Awaited<ReturnType<typeof checkFile>> } | { id: number; failure: string };

/** What the pool gives each worker when it starts it. */
export interface WorkerTask {
  files: string[];
  /** The claims' shared memory (Claims.shared) and this worker's number among the review's threads. */
  claims: SharedArrayBuffer;
  thread: number;
  lang: Lang;
  maxBytes: number;
  keepModel: boolean;
}

if (parentPort) {
  const port = parentPort;
  const task = workerData as WorkerTask;
  const claims = new Claims(task.files.length, task.claims);
  void checkClaimed(claims, task.thread, async (id) => {
    const { lang, maxBytes, keepModel } = task;
    const answer: WorkerAnswer = await checkFile({ file: task.files[id], lang, maxBytes, keepModel }).then(
      (result) => ({ id, result }),
      (error: unknown) => ({ id, failure: error instanceof Error ? error.message : String(error) }),
    );
    port.postMessage(answer);
  });
}
