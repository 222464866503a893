// A review worker thread: checks the files the pool sends, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { checkFile, readAhead, type CheckFileTask } from './checkFile';

export type WorkerAnswer = { id: number; result: Awaited<ReturnType<typeof checkFile>> } | { id: number; failure: string };

/** The files are checked strictly in turn: the pool keeps a second one queued and counts on the order. */
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: CheckFileTask & { id: number }) => {
  // The queued file is read from disk while the one before it is checked.
  const bytes = readAhead(task.file, task.maxBytes);
  queue = queue.then(() =>
    checkFile({ ...task, bytes }).then(
      (result) => parentPort!.postMessage({ id: task.id, result } satisfies WorkerAnswer),
      (error: unknown) => parentPort!.postMessage({ id: task.id, failure: error instanceof Error ? error.message : String(error) } satisfies WorkerAnswer),
    ),
  );
});
