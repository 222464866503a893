// Lets Node (through tsx) import `.txt` files as strings, as webpack and jest do (the seed text).
// Import this module first: the hook must be in place before anything imports src/sample/seedSpec.
// Built by webpack (`npm run bench`), the text is already inlined and there is nothing to hook.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const extensions = createRequire(__filename).extensions as Record<string, (module: NodeModule, filename: string) => void> | undefined;
if (extensions) {
  extensions['.txt'] = (module, filename) => {
    module.exports = readFileSync(filename, 'utf8');
  };
}
