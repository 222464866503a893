import { writeFixture } from '../fixtures/workbooks';
import { UNREADABLE_ROWS, sheetOf } from '../fixtures/families';
import { runCli } from './cliHarness';

describe('a form whose indicators cannot be read is never passed in silence', () => {
  test('exit 1, not ready, and the sheet named with the error', async () => {
    const path = await writeFixture('unread-table', sheetOf(UNREADABLE_ROWS, [], '养护项目'));
    const ran = await runCli(['check', path]);
    expect(ran.code).toBe(1);
    expect(ran.lines.slice(0, 2)).toEqual([`${path}：需修改 — 1个错误，0个警告，0条提示`, '  工作表「养护项目」（项目，0项指标）']);
    expect(ran.lines[0]).not.toContain('未发现绩效目标表');
    expect(ran.stdout).toContain('养护项目');
    expect(ran.stdout).toContain('此表的绩效指标未能识别');
  });
});
