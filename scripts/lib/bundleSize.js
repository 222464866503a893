// Measures what a built page loads before its first render: the HTML itself and every local script
// and stylesheet it references (lazy chunks excluded), raw and gzip-compressed. Office.js from the
// Microsoft CDN is not ours to count and is listed separately.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Written by the build beside the pages: each awaited chunk group's files (see webpack.config.js). */
const FIRST_LOAD_MANIFEST = 'first-load.json';

function gzipBytes(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

/**
 * `{ files: [{ file, rawBytes, gzipBytes }], rawBytes, gzipBytes, external: [url] }` for dist/<page>,
 * plus the named chunks the page loads before it renders (inside Excel the pane awaits the Excel host).
 */
function initialLoad(distDir, page = 'taskpane.html', chunks = page === 'taskpane.html' ? ['excel-host'] : []) {
  const html = fs.readFileSync(path.join(distDir, page));
  const files = [{ file: page, rawBytes: html.length, gzipBytes: gzipBytes(html) }];
  const external = [];
  const refs = /<(?:script|link)\b[^>]*?\b(?:src|href)=["']?([^"'\s>]+)/gi;
  for (const [, ref] of html.toString('utf8').matchAll(refs)) {
    if (/^(https?:)?\/\//i.test(ref)) {
      external.push(ref);
      continue;
    }
    const file = path.join(distDir, decodeURIComponent(ref.split(/[?#]/)[0]));
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    files.push({ file: path.relative(distDir, file).split(path.sep).join('/'), rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) });
  }
  const manifestPath = path.join(distDir, FIRST_LOAD_MANIFEST);
  const manifest = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : {};
  const counted = new Set(files.map((f) => f.file));
  for (const chunk of chunks) {
    // Every file of the chunk group (shared chunks too), as the build recorded it; else the named file alone.
    const named = fs.readdirSync(distDir).find((f) => f.startsWith(`${chunk}.`) && f.endsWith('.js'));
    const names = manifest[chunk] ?? (named ? [named] : []);
    for (const name of names) {
      if (counted.has(name) || !fs.existsSync(path.join(distDir, name))) continue;
      counted.add(name);
      const bytes = fs.readFileSync(path.join(distDir, name));
      files.push({ file: name, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) });
    }
  }
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { files, rawBytes: sum('rawBytes'), gzipBytes: sum('gzipBytes'), external };
}

module.exports = { initialLoad, gzipBytes, FIRST_LOAD_MANIFEST };
