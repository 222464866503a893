// Shared by the browser tests: where things are, the build they run on, and small page helpers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WorkbookSpec } from '../../src/engine/schema';
import type { Browser } from './browser';
import type { expectedCheck } from './expected';
import type { openSandbox } from './sandboxPage';
import type { StaticServer } from './staticServer';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOT = join(ROOT, 'test-output', 'screenshots', 'sandbox.png');
export const README_SCREENSHOT = join(ROOT, 'assets', 'screenshot-sandbox.png');
export const OWN_README_SCREENSHOT = join(ROOT, 'assets', 'screenshot-own-workbook.png');
export const PROJECT = '市政府办宣传办刊及慰问经费';

/** What every test case gets: the browser, the server, the command line, the seed and its expected check. */
export interface E2eContext {
  browser: Browser;
  server: StaticServer;
  argv: string[];
  seed: WorkbookSpec;
  expected: ReturnType<typeof expectedCheck>;
  open: (query?: string) => ReturnType<typeof openSandbox>;
}

/** The newest modification time of the files a build is made from. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/** Builds dist/ when it is missing or older than the sources, so the tests never run an old build. */
export function ensureBuild(): void {
  const built = join(DIST, 'sandbox.html');
  const sources = Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'webpack.config.js')), newestSource(join(ROOT, 'package.json')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('dist/ is missing or older than src/: running npm run build first…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

export async function screenshot(page: Page, path: string, copyTo?: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  if (copyTo) copyFileSync(path, copyTo);
}

/** "rgb(255, 235, 156)" for "#FFEB9C": how the browser reports a fill. */
export function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * Fluent UI's focus manager (tabster) puts empty, aria-hidden, focusable <i data-tabster-dummy> guards
 * around arrow-key groups; they pass focus on at once and are a known false positive of axe's
 * aria-hidden-focus rule (microsoft/tabster#288; Accessibility Insights suppresses it the same way).
 * Only those exact guards are excused: any other aria-hidden focusable element still fails.
 */
export function isTabsterDummy(html: string): boolean {
  return /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/.test(html) && /aria-hidden="true"/.test(html);
}
