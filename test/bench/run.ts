// `npm run bench` — Excel round trips, engine and parse times, first-load size, each beside its target
// (issue 8). Targets are printed, not asserted: timings depend on the machine. `--json`: one JSON line.
import './textHook'; // first: the seed text is imported as a string
import { measureBatch } from './batch';
import { measureBundle, measureEngine, measureSyncs } from './measure';
import { measureSeed } from './seedRatio';

const TARGETS = {
  read: 2,
  highlight: 1,
  clear: 2,
  applyPlan: 2,
  engineOverParse: 0.25,
  sheets1000Ms: 1000,
  taskpaneGzipBytes: 200 * 1024,
};

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

const helpers = (n: number) => `${n} V8 helper thread${n === 1 ? '' : 's'}`;

/** V8's helper threads, as scripts/bench.js sized them (Node's default, 4, when run without it). */
function v8PoolSize(): number {
  const flag = process.execArgv.find((arg) => arg.startsWith('--v8-pool-size='));
  return flag ? Number(flag.slice('--v8-pool-size='.length)) : 4;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const syncs = await measureSyncs();
  const seed = await measureSeed();
  const engine = await measureEngine();
  const bundle = measureBundle();
  const batch = await measureBatch();
  const ratio = seed.engineMs / seed.parseMs;

  if (json) {
    console.log(
      JSON.stringify({
        syncs: { read: syncs.read, highlight: syncs.highlight, clear: syncs.clear, applyPlan: syncs.applyPlan },
        engine: {
          seedMs: round(seed.engineMs),
          sheets100Ms: round(engine.sheets100Ms),
          sheets1000Ms: round(engine.sheets1000Ms),
          sheets1000ColdMs: round(engine.sheets1000ColdMs),
        },
        parse: { seedMs: round(seed.parseMs) },
        ratio: { engineOverParse: round(ratio, 3) },
        bundle: { taskpaneGzipBytes: bundle.taskpaneGzipBytes },
        batch: { files: batch.files, cores: batch.cores, wallMs: round(batch.wallMs), parseOnlyMs: round(batch.parseOnlyMs), parseInProcessMs: round(batch.parseInProcessMs) },
        v8PoolSize: v8PoolSize(),
      }),
    );
    return;
  }

  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, string, string, string][] = [
    ['Excel syncs: read the workbook', String(syncs.read), `≤ ${TARGETS.read}`, ok(syncs.read <= TARGETS.read)],
    ['Excel syncs: highlight all findings', String(syncs.highlight), `${TARGETS.highlight}`, ok(syncs.highlight === TARGETS.highlight)],
    ['Excel syncs: clear highlights', String(syncs.clear), `≤ ${TARGETS.clear}`, ok(syncs.clear <= TARGETS.clear)],
    [
      `Excel syncs: apply a plan${syncs.applyPlanSynthetic ? ' (stand-in plan)' : ''}`,
      String(syncs.applyPlan),
      `≤ ${TARGETS.applyPlan}`,
      ok(syncs.applyPlan <= TARGETS.applyPlan),
    ],
    [`Engine: seed (${seed.cells.toLocaleString('en')} cells), in turns with exceljs`, ms(seed.engineMs), '', ''],
    ['Engine: 100 project sheets', ms(engine.sheets100Ms), '', ''],
    [
      `Engine: 1,000 project sheets (${engine.sheets1000Cells.toLocaleString('en')} cells)`,
      ms(engine.sheets1000Ms),
      `< ${ms(TARGETS.sheets1000Ms)}`,
      ok(engine.sheets1000Ms < TARGETS.sheets1000Ms),
    ],
    [
      'Engine: 1,000 project sheets, first run in a fresh process',
      ms(engine.sheets1000ColdMs),
      `< ${ms(TARGETS.sheets1000Ms)}`,
      ok(engine.sheets1000ColdMs < TARGETS.sheets1000Ms),
    ],
    [`exceljs: load the seed .xlsx (${kb(seed.fileBytes)}), in turns with the engine`, ms(seed.parseMs), '', ''],
    ['Engine ÷ exceljs load (seed)', `${(ratio * 100).toFixed(1)} %`, `≤ ${TARGETS.engineOverParse * 100} %`, ok(ratio <= TARGETS.engineOverParse)],
    [
      `review of ${batch.files} workbooks on ${batch.cores} cores (built CLI, process start to exit)`,
      ms(batch.wallMs),
      `≤ ${ms(batch.parseOnlyMs)}`,
      ok(batch.wallMs <= batch.parseOnlyMs),
    ],
    [`exceljs: load the same ${batch.files} files one after another (a Node process, start to exit)`, ms(batch.parseOnlyMs), '', ''],
    [`exceljs: the same, inside the bench (warmed by the seed's loads)`, ms(batch.parseInProcessMs), '', ''],
    [
      `Task pane first load (${bundle.files.length} files, gzip)`,
      kb(bundle.taskpaneGzipBytes),
      `≤ ${kb(TARGETS.taskpaneGzipBytes)}`,
      ok(bundle.taskpaneGzipBytes <= TARGETS.taskpaneGzipBytes),
    ],
  ];
  const header: [string, string, string, string] = ['Measure', 'Result', 'Target', 'Met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(`\nMedians of several runs after a warm-up (except the first run); Node ${process.version}, ${helpers(v8PoolSize())}. Targets are reported, not asserted.`);
  if (syncs.applyPlanSynthetic) console.log('The engine planned no change for the unbalanced seed yet; a two-cell stand-in plan was applied.');
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
