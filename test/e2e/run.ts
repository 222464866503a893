// `npm run test:e2e` — the real task pane in headless Chromium, on the browser sandbox served from the
// production build (dist/). Prints "N passed, M failed" last; exits 1 on any failure.
// Options: --only <text> runs the tests whose name contains it; --readme-screenshot also copies the
// screenshots to assets/screenshot-sandbox.png and assets/screenshot-own-workbook.png.
import '../bench/textHook'; // first: the seed text is imported as a string
import { expectedCheck } from './expected';
import { launchBrowser } from './browser';
import { checkCases } from './checkCases';
import { columnRoleCases } from './columnRoleCases';
import { fileLookCases } from './fileLookCases';
import { layoutCases } from './layoutCases';
import { paneGridCases } from './paneGridCases';
import { runTests } from './harness';
import * as sb from './sandboxPage';
import { serveStatic } from './staticServer';
import { DIST, ensureBuild } from './support';
import { workbookCases } from './workbookCases';
import { largeCases } from './largeCases';
import { libraryCases } from './libraryCases';
import { reviewCases } from './reviewCases';
import { exampleSpec } from '../../src/sandbox/examples';
import { specToSnapshot } from '../../src/engine/specSnapshot';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
  ensureBuild();
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  let outcome = { passed: 0, failed: 0 };
  try {
    console.log(`Sandbox e2e against ${server.url}/sandbox.html (Chromium: ${browser.context.browser()?.version() ?? 'persistent context'})`);
    const seed = exampleSpec('seed');
    const context = { browser, server, argv, seed, expected: expectedCheck(specToSnapshot(seed)), open: (query = '') => sb.openSandbox(browser.context, server.url, query) };
    outcome = await runTests([...checkCases(context), ...workbookCases(context), ...libraryCases(context), ...reviewCases(context), ...fileLookCases(context), ...paneGridCases(context), ...layoutCases(context), ...columnRoleCases(context), ...largeCases(context)], only);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
  process.exitCode = outcome.failed === 0 && outcome.passed > 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`e2e run failed: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
