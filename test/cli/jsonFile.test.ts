// The review's JSON written in pieces is exactly JSON.stringify's text: for any record of JSON values
// (arrays cut between elements, undefined left out as JSON.stringify leaves it), and in a file of
// several MB written a chunk at a time, with a piece larger than the chunk among them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonPieces, writeJsonFile } from '../../src/cli/jsonFile';
import { freshDir } from './cliHarness';

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
});
