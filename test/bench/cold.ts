// One cold run of the engine on 1,000 project sheets, in a process of its own: no warm-up, no caches.
import './textHook';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { manyProjects } from './measure';

const snapshot = specToSnapshot(manyProjects(1000));
const start = performance.now();
checkWorkbook(snapshot, { lang: 'zh' });
process.stdout.write(`${performance.now() - start}\n`);
