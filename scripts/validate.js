#!/usr/bin/env node
// `npm run validate [-- path/to/manifest.xml]`: checks the manifest offline (always), then asks
// Microsoft's validation service through office-addin-manifest. Where the service cannot be reached
// it says so and names the checks that ran offline. Exit 1 only on a real manifest error.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { checkManifest } = require('./lib/manifestChecks');

const ONLINE_TIMEOUT_MS = 30000;
const NETWORK_TROUBLE = /Unable to contact|Unable to validate|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|socket hang up|network|proxy/i;

/** Runs office-addin-manifest validate; resolves { status: 'valid' | 'invalid' | 'unreachable', output }. */
function validateOnline(manifest) {
  const bin = path.join(__dirname, '..', 'node_modules', 'office-addin-manifest', 'cli.js');
  return new Promise((resolve) => {
    if (!fs.existsSync(bin)) {
      resolve({ status: 'unreachable', output: 'office-addin-manifest is not installed (run npm install)' });
      return;
    }
    const child = spawn(process.execPath, [bin, 'validate', manifest], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill();
      resolve({ status: 'unreachable', output: `no answer within ${ONLINE_TIMEOUT_MS / 1000} s` });
    }, ONLINE_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ status: 'unreachable', output: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = output.trim();
      if (code === 0 && /manifest is valid/i.test(text)) resolve({ status: 'valid', output: text });
      else if (NETWORK_TROUBLE.test(text)) resolve({ status: 'unreachable', output: text });
      else resolve({ status: 'invalid', output: text || `office-addin-manifest exited with code ${code}` });
    });
  });
}

async function main() {
  const manifest = process.argv[2] || 'manifest.xml';
  if (!fs.existsSync(manifest)) {
    console.error(`✗ ${manifest} not found`);
    process.exit(1);
  }
  const results = checkManifest(fs.readFileSync(manifest, 'utf8'), path.dirname(path.resolve(manifest)));
  console.log(`Offline checks of ${manifest}:`);
  for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : ` — ${r.detail}`}`);
  const offlineFailures = results.filter((r) => !r.ok).length;

  console.log('\nOnline validation (office-addin-manifest validate, Microsoft\'s service):');
  const online = await validateOnline(manifest);
  if (online.status === 'valid') {
    console.log('  ✓ the service says the manifest is valid');
  } else if (online.status === 'invalid') {
    console.log(online.output.replace(/^/gm, '  '));
  } else {
    console.log(`  – could not be done: ${online.output.split('\n')[0]}`);
    console.log('    Only the offline checks above ran. Not checked offline: the XML schema (XSD) itself,');
    console.log('    whether the icon and page URLs answer over https, and the service\'s store policies.');
  }

  if (offlineFailures > 0 || online.status === 'invalid') {
    console.error(`\n✗ manifest has errors (${offlineFailures} offline${online.status === 'invalid' ? ', and the online validation failed' : ''})`);
    process.exit(1);
  }
  console.log(`\n✓ ${results.length} offline checks passed${online.status === 'valid' ? ' and the online validation passed' : ''}`);
}

main();
