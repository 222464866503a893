// Two builds from one config (webpack 5):
//  web — the task pane (taskpane.html), the ribbon's function file (commands.html), the browser
//        sandbox (sandbox.html, once src/sandbox/index.tsx exists), assets/ and manifest.xml;
//  cli — the command line, dist/cli/budget-check.js, run by Node with node_modules beside it.
// `webpack serve` builds only the web part, on https://localhost:3000 (plain http when no dev
// certificate can be made or trusted). ADDIN_URL=https://… rewrites the URLs in dist/manifest.xml.
'use strict';

const { devServerUrls } = require('./scripts/lib/devServerUrls');
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest, normaliseAddinUrl } = require('./scripts/lib/manifestUrl');
const { initialLoad, FIRST_LOAD_MANIFEST } = require('./scripts/lib/bundleSize');

const ROOT = __dirname;
const DIST = path.join(ROOT, 'dist');
const PORT = 3000;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const CERT_TIMEOUT_MS = 20000;

/** The pages' Content-Security-Policy. Fluent UI (Griffel) injects <style> tags, hence 'unsafe-inline' for styles only. */
function contentSecurityPolicy(dev) {
  const connect = ["'self'", 'https://*.microsoft.com', 'https://*.office.com', 'https://*.office.net', 'https://*.live.com'];
  if (dev) connect.push(`ws://localhost:${PORT}`, `wss://localhost:${PORT}`);
  return [
    "default-src 'self'",
    // Office.js loads its host-specific scripts from the same CDN; some hosts also pull the ASP.NET Ajax CDN.
    `script-src 'self' ${OFFICE_CDN} https://ajax.aspnetcdn.com`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    // Office.js talks to its host through a frame: Office on the web's own domains, and on Office
    // Online Server the organisation's own https host, which no list can name (issue 13, Why 10).
    "frame-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      // Type errors are `npm run lint`'s job (tsc --noEmit); the build only transpiles.
      options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
    },
  };
}

const textRule = { test: /\.txt$/, type: 'asset/source' };

/** The dev server's https options from office-addin-dev-certs, or null (then plain http, with a warning). */
async function devCertificates() {
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CERT_TIMEOUT_MS / 1000} s`)), CERT_TIMEOUT_MS);
    });
    try {
      return await Promise.race([getHttpsServerOptions(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    const reason = String((error && error.message) || error).split('\n')[0];
    console.warn(
      [
        '',
        '⚠ Development certificates could not be installed, so the dev server uses plain http.',
        `  (${reason})`,
        `  Excel only loads add-ins over https; a browser can still open http://localhost:${PORT}/taskpane.html.`,
        '  To fix: npx office-addin-dev-certs install  (needs administrator rights), then restart.',
        '',
      ].join('\n'),
    );
    return null;
  }
}

/** Prints how much taskpane.html loads before its first render, after every production build. */
class InitialLoadReport {
  apply(compiler) {
    // The Excel host chunk needs chunks shared with other entries: dist/first-load.json names all
    // of them, so the measure (scripts/lib/bundleSize.js) counts every file the pane awaits.
    compiler.hooks.thisCompilation.tap('InitialLoadReport', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InitialLoadReport', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const files = (name) => [...(compilation.namedChunkGroups.get(name)?.chunks ?? [])].flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'));
        const manifest = JSON.stringify({ 'excel-host': files('excel-host') });
        compilation.emitAsset(FIRST_LOAD_MANIFEST, new webpack.sources.RawSource(manifest));
      });
    });
    compiler.hooks.done.tap('InitialLoadReport', (stats) => {
      if (stats.hasErrors() || compiler.options.mode !== 'production') return;
      const load = initialLoad(DIST, 'taskpane.html');
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      console.log(`taskpane.html first load: ${kb(load.rawBytes)} raw, ${kb(load.gzipBytes)} gzip (${load.files.length} files with the Excel host chunk; Office.js from the CDN not counted)`);
    });
  }
}

/** ADDIN_URL checked; a bad one ends the build with one line, not a stack trace. */
function productionUrl(value) {
  try {
    return normaliseAddinUrl(value);
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(2);
  }
}

function webConfig(mode, https) {
  const dev = mode === 'development';
  const csp = contentSecurityPolicy(dev);
  const addinUrl = process.env.ADDIN_URL ? productionUrl(process.env.ADDIN_URL) : null;
  const sandbox = fs.existsSync(path.join(ROOT, 'src/sandbox/index.tsx'));
  const sandboxTemplate = path.join(ROOT, 'src/sandbox/sandbox.html');

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      scriptLoading: 'module',
      templateParameters: { csp },
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
      scriptLoading: 'module',
      templateParameters: { csp },
    }),
  ];
  if (sandbox) {
    entry.sandbox = './src/sandbox/index.tsx';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'sandbox.html',
        chunks: ['sandbox'],
        scriptLoading: 'module',
        ...(fs.existsSync(sandboxTemplate)
          ? { template: sandboxTemplate, templateParameters: { csp } }
          : {
              title: '绩效目标表检查 — 浏览器试用 / Sandbox',
              templateContent: `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>绩效目标表检查 — 浏览器试用 / Sandbox</title></head><body><div id="root"></div></body></html>`,
            }),
      }),
    );
  }

  return {
    name: 'web',
    mode,
    target: ['web', 'es2020'],
    devtool: dev ? 'cheap-module-source-map' : 'source-map', // never eval: the CSP forbids it
    entry,
    output: {
      path: DIST,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // Relative: chunks load from beside the page, whatever path ADDIN_URL puts it under.
      publicPath: '',
      clean: { keep: /^(cli|bench)[\\/]/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule(), textRule] },
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false }, // the first-load size is printed by InitialLoadReport instead
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          // legacy.js is hand-written ES5 for IE11; keep the minifier away from it.
          // The README's screenshot is not part of the add-in.
          { from: 'assets', to: 'assets', info: { minimized: true }, globOptions: { ignore: ['**/screenshot-*'] } },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl ? rewriteManifest(content.toString('utf8'), addinUrl) : content),
          },
        ],
      }),
      new InitialLoadReport(),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false } },
      // The working URL, once known: https, or http after the certificate fallback.
      onListening: () => console.log(devServerUrls(https ? 'https' : 'http', PORT).join('\n')),
    },
  };
}

/** Makes the CLI file executable after it is written (npm's bin link needs it on a fresh clone too). */
class ExecutableBit {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ExecutableBit', () => {
      if (fs.existsSync(this.file)) fs.chmodSync(this.file, 0o755);
    });
  }
}

/**
 * exceljs (loaded only when a file needs it) and Node's modules are required at run time. The small
 * packages every run needs (zod, fflate, big.js) are bundled: finding and loading zod's many files took
 * about 80 ms of every start, in the main thread and again in each review worker.
 */
function nodePackages({ request }, callback) {
  const bundled = /^(zod|fflate|big\.js)(\/|$)/.test(request ?? '');
  if (!bundled && /^[^./]/.test(request) && !path.isAbsolute(request)) return callback(null, `commonjs ${request}`);
  return callback();
}

function cliConfig(mode) {
  const out = path.join(DIST, 'cli');
  return {
    name: 'cli',
    mode,
    target: 'node20',
    devtool: false,
    // review's worker threads run a script of their own beside the CLI (src/cli/review/pool.ts).
    entry: { 'budget-check': './src/cli/main.ts', 'review-worker': './src/cli/review/worker.ts' },
    output: { path: out, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    externals: [nodePackages],
    module: { rules: [tsRule(), textRule] },
    optimization: { minimize: false }, // readable stack traces for bug reports
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, include: 'budget-check.js' }),
      new ExecutableBit(path.join(out, 'budget-check.js')),
    ],
  };
}

/**
 * `npm run bench`, built as the CLI is (dist/bench): the engine is timed as it ships, its modules joined
 * in one scope, not through tsx's per-file transform, where every use of an imported name is a getter.
 */
function benchConfig(mode) {
  return {
    name: 'bench',
    mode,
    target: 'node20',
    devtool: false,
    entry: { run: './test/bench/run.ts', cold: './test/bench/cold.ts' },
    output: { path: path.join(DIST, 'bench'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    externals: [nodePackages],
    // The bench requires a script of the repository at run time (scripts/lib/bundleSize.js), through createRequire.
    module: { rules: [tsRule(), textRule], parser: { javascript: { createRequire: false } } },
    optimization: { minimize: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  if (env.WEBPACK_SERVE) return [webConfig(mode, await devCertificates())];
  // The bench times the built CLI too (`review` of 200 workbooks): built with it, never a stale copy.
  if (env.bench) return [benchConfig(mode), cliConfig(mode)];
  return [webConfig(mode, null), cliConfig(mode)];
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
