import { processIo } from './io';
import { serveReadIfWorker } from './readWorker';
import { run } from './run';

// The same file is the command and its reading worker (see readWorker.ts).
if (!serveReadIfWorker()) {
  void run(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
