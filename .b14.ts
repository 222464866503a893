import './test/bench/textHook';
import { measureBatch } from './test/bench/batch';
measureBatch(Number(process.argv[2] ?? 200)).then((b) => console.log(JSON.stringify(b)));
