import './test/bench/textHook';
import { measureParse, medianMs } from './test/bench/measure';
import { checkWorkbook } from './src/engine/check';
import { specToSnapshot } from './src/engine/specSnapshot';
import { seedWorkbookSpec } from './src/sample/seedSpec';
(async () => {
  const seed = specToSnapshot(seedWorkbookSpec());
  for (const [runs, warm] of [[21, 5], [50, 30]]) {
    const e = await medianMs(runs, () => checkWorkbook(seed, { lang: 'zh' }), warm);
    const p = await measureParse();
    console.log(runs, warm, 'engine', e.toFixed(2), 'parse', p.seedMs.toFixed(2), 'ratio', (e / p.seedMs).toFixed(3));
  }
})();
