// A large report written as JSON a piece at a time: a season's review is over ten MB of JSON, and
// one string that size, then its UTF-8 copy, cost more (in copying and garbage collection) than
// writing it. The file holds exactly JSON.stringify(value) and a line end.
import { open } from 'node:fs/promises';
import { writeAtomically } from './outputErrors';

const CHUNK = 1 << 20;

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

/** `value` as JSON and a line end in `path`, written whole or not at all. */
export function writeJsonFile(path: string, value: object): Promise<void> {
  return writeAtomically(path, async (temporary) => {
    const file = await open(temporary, 'w');
    try {
      let pending: string[] = [];
      let size = 0;
      for (const piece of jsonPieces(value)) {
        pending.push(piece);
        size += piece.length;
        if (size < CHUNK) continue;
        await file.write(pending.join(''));
        pending = [];
        size = 0;
      }
      await file.write(`${pending.join('')}\n`);
    } finally {
      await file.close();
    }
  });
}
