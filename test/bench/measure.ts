// The measurements behind `npm run bench`: Excel round trips through the adapter (on the simulated
// Excel, src/excel-sim), engine and exceljs times, and the task pane's first-load size.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine/check';
import type { Change, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { createExcelHost } from '../../src/excel/excelHost';
import { createSimExcel, simWorkbookFromSpec, type SimWorkbook } from '../../src/excel-sim';
import { DEPARTMENT_SHEET, exampleSpec } from '../../src/sandbox/examples';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { cellCount } from './seedRatio';

const ROOT = join(__dirname, '..', '..');

export interface SyncCounts {
  read: number;
  highlight: number;
  clear: number;
  applyPlan: number;
  /** True when the engine planned nothing for the unbalanced seed and a two-cell plan stood in. */
  applyPlanSynthetic: boolean;
}

/** The median of `runs` timings of `work` in milliseconds, after one warm-up run. */
export async function medianMs(runs: number, work: () => unknown, warmUp = 5): Promise<number> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}


function excelOver(spec: WorkbookSpec) {
  const sim = createSimExcel(simWorkbookFromSpec(spec));
  const host = createExcelHost({ run: sim.run, settings: sim.settings, supports: sim.supports });
  return { workbook: sim.workbook, host };
}

async function counted(workbook: SimWorkbook, call: () => Promise<unknown>): Promise<number> {
  workbook.syncs = 0;
  await call();
  return workbook.syncs;
}

export async function measureSyncs(): Promise<SyncCounts> {
  const seed = specToSnapshot(seedWorkbookSpec());
  const { workbook, host } = excelOver(seedWorkbookSpec());
  const read = await counted(workbook, () => host.readSnapshot());
  const { findings } = checkWorkbook(seed, { lang: 'zh' });
  const highlight = await counted(workbook, () => host.applyHighlights(findings));
  const clear = await counted(workbook, () => host.clearHighlights());

  const unbalanced = specToSnapshot(exampleSpec('unbalanced'));
  const planned = checkWorkbook(unbalanced, { lang: 'zh' }).plan;
  const plan: Change[] =
    planned.length > 0
      ? planned
      : ['E5', 'E8'].map((cell) => ({ sheet: DEPARTMENT_SHEET, cell, before: 6904.16, after: 6936.55, reason: '', relation: '' }));
  const other = excelOver(exampleSpec('unbalanced'));
  const applyPlan = await counted(other.workbook, () => other.host.applyPlan(plan));
  return { read, highlight, clear, applyPlan, applyPlanSynthetic: planned.length === 0 };
}

/** The seed with its project sheets repeated, under unique names, until there are `projects` of them. */
export function manyProjects(projects: number): WorkbookSpec {
  const seed = seedWorkbookSpec();
  const [department, ...templates] = seed.sheets;
  const sheets = [department];
  for (let i = 0; i < projects; i++) {
    const template = templates[i % templates.length];
    const prefix = `${i + 1}-`;
    sheets.push({ ...template, name: prefix + template.name.slice(0, 31 - prefix.length) });
  }
  return { sheets };
}

export interface EngineTimes {
  sheets100Ms: number;
  sheets1000Ms: number;
  /** The first run in a fresh process: no warm-up, empty caches. */
  sheets1000ColdMs: number;
  sheets1000Cells: number;
}

/** cold.js beside this module when the bench is built (dist/bench), else cold.ts through tsx. */
function coldScript(): string[] {
  const built = join(__dirname, 'cold.js');
  return existsSync(built) ? [built] : ['--import', 'tsx', join(__dirname, 'cold.ts')];
}

function coldRun(): number {
  const run = spawnSync(process.execPath, coldScript(), { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the cold engine run failed: ${run.stderr.trim().split('\n')[0]}`);
  return Number(run.stdout.trim());
}

/** The engine on many sheets (the seed alone is timed against exceljs in seedRatio.ts). */
export async function measureEngine(): Promise<EngineTimes> {
  const hundred = specToSnapshot(manyProjects(100));
  const thousand = specToSnapshot(manyProjects(1000));
  return {
    sheets100Ms: await medianMs(7, () => checkWorkbook(hundred, { lang: 'zh' })),
    sheets1000Ms: await medianMs(5, () => checkWorkbook(thousand, { lang: 'zh' })),
    sheets1000ColdMs: coldRun(),
    sheets1000Cells: cellCount(thousand),
  };
}

export interface BundleSize {
  taskpaneGzipBytes: number;
  taskpaneRawBytes: number;
  files: { file: string; gzipBytes: number }[];
}

/** What taskpane.html loads before its first render; builds dist/ first when it is missing. */
export function measureBundle(): BundleSize {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed; the bundle size cannot be measured');
  }
  // A CommonJS helper shared with webpack.config.js, required at run time (also when the bench is built).
  const { initialLoad } = createRequire(join(ROOT, 'package.json'))('./scripts/lib/bundleSize.js') as {
    initialLoad(dir: string, page: string): { gzipBytes: number; rawBytes: number; files: { file: string; gzipBytes: number }[] };
  };
  const load = initialLoad(dist, 'taskpane.html');
  return { taskpaneGzipBytes: load.gzipBytes, taskpaneRawBytes: load.rawBytes, files: load.files.map(({ file, gzipBytes }) => ({ file, gzipBytes })) };
}
