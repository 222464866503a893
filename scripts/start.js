#!/usr/bin/env node
// `npm start`: where Excel is installed (Windows, macOS), sideload the add-in into it with
// office-addin-debugging, fetched by npx on demand (it is not a dependency: it does not support Linux
// and needs native modules). Everywhere else, or with `--browser`, run the dev server and say which
// pages a browser can open.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const PORT = 3000;

function excelInstalled() {
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform === 'win32') {
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
    return spawnSync('reg', ['query', key], { stdio: 'ignore' }).status === 0;
  }
  return false;
}

function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

function sideload() {
  console.log('Excel found: sideloading manifest.xml with office-addin-debugging (fetched by npx).');
  console.log('Stop with: npx office-addin-debugging stop manifest.xml\n');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  run(
    npx,
    ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', String(PORT)],
    { shell: process.platform === 'win32' },
  );
}

function devServer(reason) {
  const sandbox = fs.existsSync(path.join(ROOT, 'src/sandbox/index.tsx'));
  console.log(`${reason}: starting the dev server only.`);
  if (sandbox) {
    // The sandbox is the page to try: the real task pane beside an in-memory workbook, no Excel needed.
    console.log('Try the add-in in a browser, without Excel (the sandbox), when the server is up:');
    console.log(`  https://localhost:${PORT}/sandbox.html`);
    console.log(`  (or http://localhost:${PORT}/sandbox.html if the server warns that certificates could not be installed;`);
    console.log('   add ?lang=en for English, ?example=unbalanced for a workbook to rebalance)');
    console.log(`The task pane itself, for Excel: https://localhost:${PORT}/taskpane.html`);
  } else {
    console.log(`When it is up, open in a browser (https, or http if it warns that certificates could not be installed):`);
    console.log(`  https://localhost:${PORT}/taskpane.html`);
    console.log('  (outside Excel the task pane says it is not running in Excel)');
  }
  console.log('To use it in Excel on the web: Insert → Add-ins → Upload My Add-in → manifest.xml (see README.md).\n');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  run(process.execPath, [webpackCli, 'serve', '--mode', 'development']);
}

function main() {
  if (process.argv.includes('--browser')) return devServer('--browser given');
  if (process.platform !== 'win32' && process.platform !== 'darwin') return devServer(`No desktop Excel on ${process.platform}`);
  if (!excelInstalled()) return devServer('Excel is not installed on this machine');
  return sideload();
}

main();
