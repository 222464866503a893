// A large report written as JSON a piece at a time: a season's review is over ten MB of JSON, and
// one string that size, then its UTF-8 copy, cost more (in copying and garbage collection) than
// writing it. The file holds exactly JSON.stringify(value) and a line end. Written synchronously: the
// command has nothing else to do meanwhile, and each await would cost a turn of the event loop.
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeAtomically } from './outputErrors';

const BUFFER_BYTES = 1 << 20;

/** JSON.stringify(value), cut between the elements of its top-level arrays. */
export function* jsonPieces(value: object): Generator<string> {
  if (Array.isArray(value) || 'toJSON' in value) {
    yield JSON.stringify(value);
    return;
  }
  let first = true;
  yield '{';
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
 * The pieces' UTF-8 written to `fd` through one buffer, reused: encoding each piece into it, and
 * writing it when full, touches the same memory again and again. Joining pieces into large strings and
 * encoding those made a fresh string and a fresh buffer of megabytes each time, and on a virtual
 * machine every fresh page of memory costs a fault (a season's JSON took 29 MB of them).
 */
function writePieces(fd: number, pieces: Iterable<string>, end: string): void {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const flush = () => {
    for (let at = 0; at < used; ) at += writeSync(fd, buffer, at, used - at);
    used = 0;
  };
  for (const piece of pieces) {
    // At most three bytes of UTF-8 per UTF-16 unit: a piece that might not fit waits for an empty buffer.
    if (used + piece.length * 3 > BUFFER_BYTES) flush();
    if (piece.length * 3 > BUFFER_BYTES) writeSync(fd, piece);
    else used += buffer.write(piece, used);
  }
  if (used + end.length * 3 > BUFFER_BYTES) flush();
  used += buffer.write(end, used);
  flush();
}

/** `value` as JSON and a line end in `path`, written whole or not at all. */
export function writeJsonFile(path: string, value: object): Promise<void> {
  return writeAtomically(path, async (temporary) => {
    const fd = openSync(temporary, 'w');
    try {
      writePieces(fd, jsonPieces(value), '\n');
    } finally {
      closeSync(fd);
    }
  });
}
