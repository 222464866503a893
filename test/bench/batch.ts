// `review` of a folder of workbooks with the built CLI (worker threads on every core), against loading
// the same files with exceljs one after another in one thread (issue 14's target: no slower).
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
  /** `budget-check review <folder> --out … --json …`, process start to exit. */
  wallMs: number;
  /** exceljs loading every file, one after another, in this thread. */
  parseOnlyMs: number;
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

export async function measureBatch(files = 200): Promise<BatchTimes> {
  ensureCli();
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-batch-'));
  try {
    const paths = await writeBatch(dir, files);
    const parseStart = performance.now();
    for (const path of paths) await new ExcelJS.Workbook().xlsx.readFile(path);
    const parseOnlyMs = performance.now() - parseStart;

    const start = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'review', join(dir, 'in'), '--out', join(dir, '审核意见.xlsx'), '--json', join(dir, 'r.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const wallMs = performance.now() - start;
    if (run.status !== 0 && run.status !== 1) throw new Error(`review failed: ${run.stderr.trim().split('\n')[0]}`);
    return { files, cores: availableParallelism(), wallMs, parseOnlyMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
