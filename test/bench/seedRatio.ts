// The engine against exceljs on the seed, in turns: each round checks the seed's snapshot and loads
// the seed's .xlsx with exceljs (which goes first alternates), and each side's median is taken over
// the same rounds. Timed in two blocks one after the other, the first block would also pay for the
// process warming up — V8 still compiling, the heap still growing, and on this VM every new memory
// page costs about 12 µs — and the second would not: the same engine measured 62 % of exceljs timed
// first and about 25 % timed in turns. In use the engine is never run back to back either: the CLI
// reads the next file between two checks, and the pane waits for the user.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import type { WorkbookSnapshot } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { writeSpecFile } from '../../src/cli/xlsxWrite';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';

export interface SeedTimes {
  engineMs: number;
  parseMs: number;
  fileBytes: number;
  cells: number;
}

const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function measureSeed(rounds = 21, warmUp = 5): Promise<SeedTimes> {
  const seed = specToSnapshot(seedWorkbookSpec());
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-bench-'));
  try {
    const file = join(dir, 'seed.xlsx');
    await writeSpecFile(seedWorkbookSpec(), file);
    const bytes = readFileSync(file);
    // An ArrayBuffer, as the browser sandbox hands it to exceljs.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const check = () => checkWorkbook(seed, { lang: 'zh' });
    const load = () => new ExcelJS.Workbook().xlsx.load(buffer);
    const engine: number[] = [];
    const parse: number[] = [];
    for (let round = 0; round < warmUp + rounds; round++) {
      const engineFirst = round % 2 === 0;
      const first = await timed(engineFirst ? check : load);
      const second = await timed(engineFirst ? load : check);
      if (round < warmUp) continue;
      engine.push(engineFirst ? first : second);
      parse.push(engineFirst ? second : first);
    }
    return { engineMs: median(engine), parseMs: median(parse), fileBytes: bytes.length, cells: cellCount(seed) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cellCount(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
}
