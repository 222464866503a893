// Guards speed work on the engine: runs checkWorkbook in zh and en over every test workbook (seed and
// variants, the layout families, the provinces, the sandbox examples, 400 generated layouts with fixed
// seeds, a small batch of project sheets) and prints one digest line per workbook and a total.
// Usage: `npx tsx test/bench/compareEngine.ts > /tmp/digest.txt` on main and on a branch; diff the files.
import './textHook'; // first: the seed text is imported as a string
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { checkWorkbook } from '../../src/engine/check';
import type { WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { EXAMPLE_NAMES, exampleSpec } from '../../src/sandbox/examples';
import { FAMILIES, UNREADABLE_ROWS, sheetOf } from '../fixtures/families';
import { departmentForm } from '../fixtures/featureWorkbook';
import { layoutArb, render } from '../fixtures/layoutGen';
import { provinceExamples } from '../fixtures/provinces';
import { FIXTURE_NAMES, fixtureSpec } from '../fixtures/workbooks';
import { manyProjects } from './measure';

function cases(): Array<[string, WorkbookSpec]> {
  const all: Array<[string, WorkbookSpec]> = [];
  for (const name of FIXTURE_NAMES) all.push([`fixture:${name}`, fixtureSpec(name)]);
  for (const name of EXAMPLE_NAMES) all.push([`example:${name}`, exampleSpec(name)]);
  FAMILIES.forEach((family, i) => all.push([`family:${i}:${family.name}`, sheetOf(family.rows, family.merges)]));
  all.push(['family:unreadable', sheetOf(UNREADABLE_ROWS)]);
  for (const example of provinceExamples()) all.push([`province:${example.name}`, example.spec]);
  all.push(['feature:department', { sheets: [departmentForm()] }]);
  all.push(['many:12', manyProjects(12)]);
  for (const seed of [1, 2, 3, 4]) {
    fc.sample(layoutArb, { seed, numRuns: 100 }).forEach((layout, i) => all.push([`layout:${seed}:${i}`, render(layout).spec]));
  }
  return all;
}

/** Everything the engine hands back; an exception is part of the behaviour too. */
function outcome(spec: WorkbookSpec, lang: 'zh' | 'en'): string {
  try {
    return JSON.stringify(checkWorkbook(specToSnapshot(spec), { lang }));
  } catch (error) {
    return `throws: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const total = createHash('sha256');
for (const [name, spec] of cases()) {
  const hash = createHash('sha256');
  for (const lang of ['zh', 'en'] as const) hash.update(outcome(spec, lang)).update('\u0000');
  const digest = hash.digest('hex');
  total.update(digest);
  process.stdout.write(`${digest.slice(0, 16)} ${name}\n`);
}
process.stdout.write(`total ${total.digest('hex')}\n`);
