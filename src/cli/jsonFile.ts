// A large report written as JSON a piece at a time: a season's review is over ten MB of JSON, and
// one string that size, then its UTF-8 copy, cost more (in copying and garbage collection) than
// writing it. The file holds exactly JSON.stringify(value) and a line end. Written synchronously: the
// command has nothing else to do meanwhile, and each await would cost a turn of the event loop.
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeAtomically } from './outputErrors';

const BUFFER_BYTES = 1 << 20;

/**
 * JSON.stringify(value), cut between the elements of its top-level arrays. `continued`: the object's
 * keys follow keys written before them (its opening brace left out, a comma before its first key).
 */
export function* jsonPieces(value: object, continued = false): Generator<string> {
  if (Array.isArray(value) || 'toJSON' in value) {
    yield JSON.stringify(value);
    return;
  }
  let first = !continued;
  if (!continued) yield '{';
  for (const [key, item] of Object.entries(value)) {
    if (!Array.isArray(item)) {
      const text = JSON.stringify(item);
      if (text === undefined) continue; // undefined and functions are left out, as JSON.stringify does
      yield `${first ? '' : ','}${JSON.stringify(key)}:${text}`;
    } else {
      yield `${first ? '' : ','}${JSON.stringify(key)}:[`;
      for (let i = 0; i < item.length; i++) yield (i > 0 ? ',' : '') + (JSON.stringify(item[i]) ?? 'null');
      yield ']';
    }
    first = false;
  }
  yield '}';
}

/**
 * Text written to `fd` as UTF-8 through one buffer, reused: encoding each piece into it, and writing
 * it when full, touches the same memory again and again. Joining pieces into large strings and
 * encoding those made a fresh string and a fresh buffer of megabytes each time, and on a virtual
 * machine every fresh page of memory costs a fault (a season's JSON took 29 MB of them).
 */
class BufferedFile {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  write(piece: string): void {
    // At most three bytes of UTF-8 per UTF-16 unit: a piece that might not fit waits for an empty buffer.
    if (this.used + piece.length * 3 > BUFFER_BYTES) this.flush();
    if (piece.length * 3 > BUFFER_BYTES) writeSync(this.fd, piece);
    else this.used += this.buffer.write(piece, this.used);
  }

  flush(): void {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }
}

/** `write` on a temporary file beside `path`, renamed over it once `write` is done (removed if it throws). */
function writeThroughBuffer(path: string, write: (out: BufferedFile) => Promise<void>): Promise<void> {
  return writeAtomically(path, async (temporary) => {
    const fd = openSync(temporary, 'w');
    try {
      const out = new BufferedFile(fd);
      await write(out);
      out.flush();
    } finally {
      closeSync(fd);
    }
  });
}

/** `value` as JSON and a line end in `path`, written whole or not at all. */
export function writeJsonFile(path: string, value: object): Promise<void> {
  return writeThroughBuffer(path, async (out) => {
    for (const piece of jsonPieces(value)) out.write(piece);
    out.write('\n');
  });
}

/**
 * A JSON object whose first key, `key`, holds a list written one element at a time as `make` adds
 * them (a review's reports, each as soon as its file is checked, so none is kept until the end); the
 * rest of the object is `restOf` what `make` returns. The file is exactly JSON.stringify of the whole
 * and a line end, written whole or not at all. Resolves to what `make` returns.
 */
export async function streamJsonFile<T>(path: string, key: string, make: (add: (element: unknown) => void) => Promise<T>, restOf: (made: T) => object): Promise<T> {
  let made: T | undefined;
  await writeThroughBuffer(path, async (out) => {
    let first = true;
    out.write(`{${JSON.stringify(key)}:[`);
    made = await make((element) => {
      // The comma apart: joined to a report of megabytes, it would copy the whole report.
      if (!first) out.write(',');
      out.write(JSON.stringify(element) ?? 'null');
      first = false;
    });
    out.write(']');
    for (const piece of jsonPieces(restOf(made), true)) out.write(piece);
    out.write('\n');
  });
  return made as T;
}
