import './test/bench/textHook';
import { checkWorkbook } from './src/engine/check';
import { specToSnapshot } from './src/engine/specSnapshot';
import { seedWorkbookSpec } from './src/sample/seedSpec';
const seed = specToSnapshot(seedWorkbookSpec());
for (let i = 0; i < 10; i++) checkWorkbook(seed, { lang: 'zh' });
const t = performance.now();
for (let i = 0; i < 400; i++) checkWorkbook(seed, { lang: 'zh' });
console.log((performance.now() - t) / 400);
