// The review's threads claim files from one shared counter: every file is claimed exactly once, in
// order within each thread, even when two threads claim at the same time, and each file's claimer is
// known (the files of a thread that dies are found by it).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Claims } from '../../src/cli/review/claims';

test('one thread claims every file once, in order, then nothing', () => {
  const claims = new Claims(3);
  expect([claims.claim(1), claims.claim(1), claims.claim(1), claims.claim(1), claims.claim(1)]).toEqual([0, 1, 2, -1, -1]);
  expect(claims.claimedBy(1)).toEqual([0, 1, 2]);
  expect(claims.claimedBy(2)).toEqual([]);
});

test('two threads claiming at once share the files without overlap, and each knows its own', async () => {
  const files = 200_000;
  const claims = new Claims(files);
  // Both threads start claiming together: the worker waits at a gate this thread opens.
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const source = `
    require('tsx/cjs/api').register();
    const { workerData, parentPort } = require('node:worker_threads');
    const { Claims } = require(${JSON.stringify(join(__dirname, '../../src/cli/review/claims.ts'))});
    const claims = new Claims(workerData.files, workerData.shared);
    const gate = new Int32Array(workerData.gate);
    parentPort.postMessage('ready');
    Atomics.wait(gate, 0, 0);
    const got = [];
    for (let index = claims.claim(2); index >= 0; index = claims.claim(2)) got.push(index);
    parentPort.postMessage(got);`;
  const worker = new Worker(source, { eval: true, workerData: { files, shared: claims.shared, gate: gate.buffer } });
  const theirs = new Promise<number[]>((resolve, reject) => {
    worker.on('message', (message: unknown) => Array.isArray(message) && resolve(message as number[]));
    worker.once('error', reject);
  });
  await new Promise<void>((resolve) => worker.once('message', () => resolve()));
  Atomics.store(gate, 0, 1);
  Atomics.notify(gate, 0);
  const mine: number[] = [];
  for (let index = claims.claim(1); index >= 0; index = claims.claim(1)) mine.push(index);
  const other = await theirs;
  await worker.terminate();

  const times = new Uint8Array(files);
  for (const index of [...mine, ...other]) times[index]++;
  expect(times.every((n) => n === 1)).toBe(true);
  expect(mine.length + other.length).toBe(files);
  expect(other.length).toBeGreaterThan(0);
  expect(claims.claimedBy(1)).toEqual(mine);
  expect(claims.claimedBy(2)).toEqual(other);
});
