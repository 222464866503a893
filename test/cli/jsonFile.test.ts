// The review's JSON written in pieces is exactly JSON.stringify's text: for any record of JSON values
// (arrays cut between elements, undefined left out as JSON.stringify leaves it), in a file of several
// MB written a chunk at a time, with a piece larger than the chunk among them, and when its first
// list is streamed an element at a time; a stream that fails leaves no file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonPieces, streamJsonFile, writeJsonFile } from '../../src/cli/jsonFile';
import { freshDir } from './cliHarness';

/** Keys JavaScript keeps in the order written (an integer-like key always comes first in an object). */
const orderedKey = fc.string().filter((k) => !/^(0|[1-9]\d*)$/.test(k));
const member = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.constant(undefined));

describe('JSON in pieces', () => {
  test('joined, the pieces are JSON.stringify’s text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), member), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
    expect([...jsonPieces({ a: undefined, b: [undefined, 1], c: () => 1, d: new Date(0) })].join('')).toBe('{"b":[null,1],"d":"1970-01-01T00:00:00.000Z"}');
  });

  test('a file of several MB holds exactly the text and a line end', async () => {
    const reports = Array.from({ length: 3000 }, (_, i) => ({ file: `第${i}个.xlsx`, text: '审核意见'.repeat(200) }));
    // A report longer than the writer's buffer, between two that are not.
    reports.splice(1500, 0, { file: '大.xlsx', text: '长'.repeat(400_000) });
    const value = { forms: [{ verdict: '退回' }], reports, scoreMethod: '量化率' };
    const path = join(freshDir('json-file'), 'r.json');
    await writeJsonFile(path, value);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(value)}\n`);
  });

  test('continued, the pieces are the keys that follow others', () => {
    fc.assert(
      fc.property(fc.dictionary(orderedKey, member), (value) => {
        expect(`{"first":1${[...jsonPieces(value, true)].join('')}`).toBe(JSON.stringify({ first: 1, ...value }));
      }),
      { numRuns: 300 },
    );
  });

  test('a list streamed an element at a time, then the rest, is JSON.stringify of the whole', async () => {
    fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue()), fc.dictionary(orderedKey.filter((k) => k !== 'reports'), member), async (reports, rest) => {
        const path = join(freshDir('json-stream'), 'r.json');
        const made = await streamJsonFile(
          path,
          'reports',
          async (add) => {
            for (const report of reports) add(report);
            return { rest };
          },
          (m) => m.rest,
        );
        expect(made.rest).toBe(rest);
        expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify({ reports, ...rest })}\n`);
      }),
      { numRuns: 60 },
    );
  });

  test('a stream whose maker fails leaves neither the file nor its temporary', async () => {
    const dir = freshDir('json-stream-fails');
    const path = join(dir, 'r.json');
    const failing = streamJsonFile(
      path,
      'reports',
      async (add) => {
        add({ file: 'a.xlsx' });
        throw new Error('磁盘已满');
      },
      () => ({}),
    );
    await expect(failing).rejects.toThrow('磁盘已满');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
