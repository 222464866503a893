#!/usr/bin/env node
// `npm start`: where Excel is installed (Windows, macOS), sideload the add-in into it with
// office-addin-debugging, fetched by npx on demand (it is not a dependency: it does not support Linux
// and needs native modules). Everywhere else, or with `--browser`, run the dev server and say which
// pages a browser can open.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { watchParent } = require('./lib/devServerUrls');

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
  return child;
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
  console.log(`${reason}: starting the dev server only.`);
  // The server prints the pages to open (the sandbox first) once it listens, with the protocol it got.
  console.log('When it is up it prints the pages to open: the sandbox (no Excel needed) and the task pane.');
  console.log('To use it in Excel on the web: Insert → Add-ins → Upload My Add-in → manifest.xml (see README.md).\n');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const child = run(process.execPath, [webpackCli, 'serve', '--mode', 'development']);
  // npm does not pass its own stop on to the script: when it is gone, stop the server too.
  watchParent(() => {
    child.kill('SIGTERM');
    process.exit(1);
  });
}

function main() {
  if (process.argv.includes('--browser')) return devServer('--browser given');
  if (process.platform !== 'win32' && process.platform !== 'darwin') return devServer(`No desktop Excel on ${process.platform}`);
  if (!excelInstalled()) return devServer('Excel is not installed on this machine');
  return sideload();
}

main();
