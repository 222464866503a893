// review's progress bar: drawn on a terminal, silent into a pipe or a log.
import { progressBar, progressLine } from '../../src/cli/review/progress';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

test('the line shows the share done and the count', () => {
  expect(progressLine(0, 4)).toBe(`[${'░'.repeat(24)}] 0/4 审核中 / checking`);
  expect(progressLine(1, 4)).toBe(`[${'█'.repeat(6)}${'░'.repeat(18)}] 1/4 审核中 / checking`);
  expect(progressLine(4, 4)).toBe(`[${'█'.repeat(24)}] 4/4 审核中 / checking`);
});

test('on a terminal each update redraws the line and the end clears it', () => {
  const { stream, written } = recorder(true);
  const bar = progressBar(stream);
  bar.update(1, 2);
  bar.update(2, 2);
  bar.end();
  expect(written).toEqual([`\r${progressLine(1, 2)}`, `\r${progressLine(2, 2)}`, '\r\x1b[2K']);
});

test('off a terminal nothing is written', () => {
  const { stream, written } = recorder(false);
  const bar = progressBar(stream);
  bar.update(1, 2);
  bar.end();
  expect(written).toEqual([]);
});
