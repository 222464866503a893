// `review` of a folder of workbooks with the built CLI (worker threads on every core), against loading
// the same files with exceljs one after another in one thread (issue 14's target: no slower). Both
// sides are whole Node processes, timed from start to exit: the review is a command a reviewer waits
// for, and so is a script that loads the files with exceljs. exceljs loading them inside this process,
// already warmed by the seed's measurements, is reported beside them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { fixtureSpecs, FIXTURE_NAMES } from '../fixtures/workbooks';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'budget-check.js');

export interface BatchTimes {
  files: number;
  cores: number;
  /** `budget-check review <folder> --out … --json …`, process start to exit (median of ROUNDS). */
  wallMs: number;
  /** A Node process loading every file with exceljs, one after another, start to exit (median of ROUNDS). */
  parseOnlyMs: number;
  /** exceljs loading every file in this process, which has loaded the seed with it before (one run). */
  parseInProcessMs: number;
}

/** The CLI as users run it; built (the cli part only) when missing. */
function ensureCli(): void {
  if (existsSync(CLI) && existsSync(join(ROOT, 'dist', 'cli', 'review-worker.js'))) return;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['webpack', '--mode', 'production', '--config-name', 'cli'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the CLI build failed; the batch cannot be measured');
}

/** `files` workbooks: the seed and its generated variants in turn, each a full department workbook. */
async function writeBatch(dir: string, files: number): Promise<string[]> {
  const originals: string[] = [];
  for (const name of FIXTURE_NAMES) {
    const path = join(dir, `_${name}.xlsx`);
    await writeSpecFile(fixtureSpecs[name](), path);
    originals.push(path);
  }
  const inputs = join(dir, 'in');
  const paths: string[] = [];
  spawnSync('mkdir', ['-p', inputs]);
  for (let i = 0; i < files; i++) {
    const path = join(inputs, `${String(i + 1).padStart(3, '0')}.xlsx`);
    copyFileSync(originals[i % originals.length], path);
    paths.push(path);
  }
  return paths;
}

/** exceljs loading every file, one after another, in this thread. */
async function parseHere(paths: string[]): Promise<number> {
  const start = performance.now();
  for (const path of paths) await new ExcelJS.Workbook().xlsx.readFile(path);
  return performance.now() - start;
}

/** What a script loading the files with exceljs does: Node's start, exceljs required, each file read in turn. */
const EXCELJS_SCRIPT = `const ExcelJS = require('exceljs');
(async () => { for (const path of process.argv.slice(1)) await new ExcelJS.Workbook().xlsx.readFile(path); })()
  .catch((error) => { console.error(error.message); process.exit(3); });`;

/** A command from start to exit, in ms; it must succeed (review: 0 or 1, any forms 退回). */
function timed(args: string[], ok: (status: number | null) => boolean): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - start;
  if (!ok(run.status)) throw new Error(`${args[0] === '-e' ? 'exceljs' : 'review'} failed: ${run.stderr.trim().split('\n')[0]}`);
  return wallMs;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Both sides ROUNDS times, taking turns (which goes first alternates, so neither always follows the
 * other), and their medians: one run of either varies by a fifth on a shared machine.
 */
const ROUNDS = 3;

export async function measureBatch(files = 200): Promise<BatchTimes> {
  ensureCli();
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-batch-'));
  try {
    const paths = await writeBatch(dir, files);
    const parseInProcessMs = await parseHere(paths);
    const review = () => timed([CLI, 'review', join(dir, 'in'), '--out', join(dir, '审核意见.xlsx'), '--json', join(dir, 'r.json')], (status) => status === 0 || status === 1);
    const parse = () => timed(['-e', EXCELJS_SCRIPT, ...paths], (status) => status === 0);
    const reviews: number[] = [];
    const parses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) parses.push(parse());
      reviews.push(review());
      if (round % 2 === 1) parses.push(parse());
    }
    return { files, cores: availableParallelism(), wallMs: median(reviews), parseOnlyMs: median(parses), parseInProcessMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
