// A small test harness for the browser tests: named tests run one after another, each with a
// deadline; failures are printed with their message, and the last line is "N passed, M failed".
import { AssertionError } from 'node:assert';

export interface TestCase {
  name: string;
  run: () => Promise<void>;
  /** A longer deadline for a test that must build and read a large workbook first. */
  timeoutMs?: number;
}

export interface Outcome {
  passed: number;
  failed: number;
}

const TEST_TIMEOUT_MS = 60000;

function withDeadline<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export async function runTests(tests: TestCase[], only?: string): Promise<Outcome> {
  const outcome: Outcome = { passed: 0, failed: 0 };
  for (const test of tests) {
    if (only && !test.name.includes(only)) continue;
    const start = Date.now();
    try {
      await withDeadline(test.run(), test.timeoutMs ?? TEST_TIMEOUT_MS, test.name);
      outcome.passed += 1;
      console.log(`  ✓ ${test.name} (${Date.now() - start} ms)`);
    } catch (error) {
      outcome.failed += 1;
      console.log(`  ✗ ${test.name} (${Date.now() - start} ms)`);
      const detail = error instanceof AssertionError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(detail.split('\n').map((line) => `      ${line}`).join('\n'));
    }
  }
  return outcome;
}
