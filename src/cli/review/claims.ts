// Which thread checks which file of a review, in memory all its threads share: each thread claims the
// next file itself (an atomic counter), so no thread waits for another to hand it work, and each
// claim records its thread, so the files of a thread that dies can be found.

/** The claimer of a file not claimed yet. */
const NOBODY = 0;

export class Claims {
  private readonly cells: Int32Array;

  /** Over `files` files; pass `shared` to see the claims another thread made. */
  constructor(files: number, shared: SharedArrayBuffer = new SharedArrayBuffer(4 * (files + 1))) {
    this.cells = new Int32Array(shared);
  }

  get shared(): SharedArrayBuffer {
    return this.cells.buffer as SharedArrayBuffer;
  }

  private get files(): number {
    return this.cells.length - 1;
  }

  /** The next unclaimed file's index for thread `thread` (1 and up), or -1 when all are claimed. */
  claim(thread: number): number {
    const index = Atomics.add(this.cells, 0, 1);
    if (index >= this.files) return -1;
    Atomics.store(this.cells, index + 1, thread);
    return index;
  }

  /** The files thread `thread` claimed, in the order it claimed them. */
  claimedBy(thread: number): number[] {
    const found: number[] = [];
    if (thread === NOBODY) return found;
    for (let index = 0; index < this.files; index++) if (Atomics.load(this.cells, index + 1) === thread) found.push(index);
    return found;
  }
}

/** Checks the files `thread` claims, one after another, until every file is claimed; `check` reports each. */
export async function checkClaimed(claims: Claims, thread: number, check: (index: number) => Promise<void>): Promise<void> {
  for (let index = claims.claim(thread); index >= 0; index = claims.claim(thread)) await check(index);
}
