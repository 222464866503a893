// `budget-check check seed.xlsx | head -1`: the reader closes the pipe early. The command must not end
// in a stack trace, must exit with its own code, and must still write its --json and --out files whole.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { streamIo } from '../../src/cli/io';
import { ReportSchema } from '../../src/engine/schema';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { freshDir } from './cliHarness';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = join(__dirname, 'pipeChild.ts');

/** Runs the CLI in a child process whose stdout is closed before it prints anything. */
function runWithClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CHILD, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed stdout (| head -1)', () => {
  test('the run ends quietly with its own exit code, and the --json and --out files are written whole', async () => {
    const dir = freshDir('closed-pipe');
    await writeSpecFile(seedWorkbookSpec(), join(dir, 'seed.xlsx'));
    writeFileSync(join(dir, 'report.json'), 'an older report');
    const run = await runWithClosedStdout(['check', 'seed.xlsx', '--json', 'report.json', '--out', 'checked.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // the seed has errors: the same code as with an open stdout
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
    expect(report.sheets).toHaveLength(10);
    expect(readFileSync(join(dir, 'checked.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    // No temporary files are left beside the outputs.
    expect(readdirSync(dir).sort()).toEqual(['checked.xlsx', 'report.json', 'seed.xlsx']);
  }, 60_000);
});

describe('streamIo', () => {
  test('after EPIPE on a stream, later lines to it are dropped without an error; the other stream still prints', async () => {
    const writes: string[] = [];
    const closed = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writes.push(chunk.toString('utf8'));
        callback();
      },
    });
    const io = streamIo(closed, stderr);
    io.out('first');
    await new Promise((resolve) => setImmediate(resolve));
    expect(() => io.out('second')).not.toThrow();
    io.err('still here');
    expect(writes).toEqual(['still here\n']);
  });
});
