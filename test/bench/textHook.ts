// Lets Node (through tsx) import `.txt` files as strings, as webpack and jest do (the seed text).
// Import this module first: the hook must be in place before anything imports src/sample/seedSpec.
import { readFileSync } from 'node:fs';

const extensions = require.extensions as Record<string, (module: NodeModule, filename: string) => void>;
extensions['.txt'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
