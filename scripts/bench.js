#!/usr/bin/env node
// `npm run bench`, once built: runs the bench with V8's helper threads sized to the machine — the cores
// besides the one that runs the timed code, at most Node's default of 4. V8 compiles hot code and
// collects garbage on those threads; with Node's 4 on a 2-core machine they take the timed thread's core
// in turns, and the engine, timed while V8 is still compiling it, paid for that in one run and not the
// next (see README, Benchmarks). Processes the bench starts itself (the review, exceljs's reference, the
// cold run) are timed as users start them, with Node's defaults.
'use strict';

const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const helpers = Math.min(4, Math.max(1, os.availableParallelism() - 1));
const run = spawnSync(process.execPath, [`--v8-pool-size=${helpers}`, path.join(__dirname, '..', 'dist', 'bench', 'run.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.error) {
  console.error(`bench failed: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
