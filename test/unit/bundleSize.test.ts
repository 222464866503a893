// The first-load measure counts what the task pane loads before its first render: the page's own
// scripts and every chunk of the Excel host's chunk group (shared chunks too), never a lazy chunk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A CommonJS helper shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { initialLoad, FIRST_LOAD_MANIFEST } = require('../../scripts/lib/bundleSize.js') as {
  FIRST_LOAD_MANIFEST: string;
  initialLoad(dir: string, page: string): { files: { file: string; rawBytes: number }[]; rawBytes: number };
};

let dist: string;
const write = (file: string, bytes: number) => writeFileSync(join(dist, file), 'x'.repeat(bytes));

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'taskpane.html'),
    '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script type=module src=vendor.1.js></script><script type=module src=taskpane.2.js></script>',
  );
  write('vendor.1.js', 1000);
  write('taskpane.2.js', 100);
  write('excel-host.3.js', 30);
  write('229.4.js', 20);
  write('engine.5.js', 5000);
  write('tab-library.6.js', 700);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('initialLoad (taskpane.html)', () => {
  it('counts the page, its scripts and every file the build lists for the Excel host chunk group, once each', () => {
    writeFileSync(join(dist, FIRST_LOAD_MANIFEST), JSON.stringify({ 'excel-host': ['229.4.js', 'excel-host.3.js', 'vendor.1.js'] }));
    const load = initialLoad(dist, 'taskpane.html');
    expect(load.files.map((f) => f.file)).toEqual(['taskpane.html', 'vendor.1.js', 'taskpane.2.js', '229.4.js', 'excel-host.3.js']);
    const html = load.files[0].rawBytes;
    expect(load.rawBytes).toBe(html + 1000 + 100 + 20 + 30);
  });

  it('without the build’s list, counts the named Excel host chunk alone (never the lazy engine or tabs)', () => {
    const load = initialLoad(dist, 'taskpane.html');
    expect(load.files.map((f) => f.file)).toEqual(['taskpane.html', 'vendor.1.js', 'taskpane.2.js', 'excel-host.3.js']);
  });
});
