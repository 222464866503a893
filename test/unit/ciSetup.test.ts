// The browser tests' screenshots need a CJK font on a fresh machine: CI and the README install one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the browser tests’ machine setup', () => {
  it('.ci/run installs a CJK font with Chromium', () => {
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/apt-get install -y chromium fonts-noto-cjk/);
  });

  it('the README’s e2e instructions install it too', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/apt-get install -y chromium fonts-noto-cjk/);
  });
});
