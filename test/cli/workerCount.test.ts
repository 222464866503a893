// How many threads a review checks its files on: what the cores keep busy, the environment's number
// when given, never more threads than files and never none.
import { workerCount, WORKERS_ENV } from '../../src/cli/review/pool';

describe('workerCount', () => {
  it('leaves room beside each checking thread for V8’s compiling and collecting threads', () => {
    expect([1, 2, 3, 4, 6, 8, 16].map((cores) => workerCount(200, {}, cores))).toEqual([1, 1, 2, 2, 4, 5, 10]);
  });

  it('uses the number the environment asks for, and ignores what is not a positive whole number', () => {
    expect(workerCount(200, { [WORKERS_ENV]: '3' }, 2)).toBe(3);
    expect(workerCount(200, { [WORKERS_ENV]: '1' }, 16)).toBe(1);
    expect(workerCount(200, { [WORKERS_ENV]: '0' }, 4)).toBe(2);
    expect(workerCount(200, { [WORKERS_ENV]: 'two' }, 4)).toBe(2);
    expect(workerCount(200, { [WORKERS_ENV]: '1.5' }, 4)).toBe(2);
  });

  it('never starts more threads than there are files, nor fewer than one', () => {
    expect(workerCount(3, {}, 16)).toBe(3);
    expect(workerCount(1, { [WORKERS_ENV]: '8' }, 8)).toBe(1);
    expect(workerCount(0, {}, 8)).toBe(1);
  });
});
