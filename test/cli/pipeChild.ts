// Runs the command line as `node dist/cli/budget-check.js` would, for the closed-pipe test: the
// bundled seed text is loaded as the webpack build loads it (a .txt module is its text).
import { readFileSync } from 'node:fs';

type Loader = (module: { exports: unknown }, filename: string) => void;
(require as unknown as { extensions: Record<string, Loader> }).extensions['.txt'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../src/cli/main');
