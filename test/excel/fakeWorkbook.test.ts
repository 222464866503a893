/** The fake keeps Office.js's rules, or the adapter's tests would prove nothing. */
import { fakeRunner } from './fakeContext';
import { FakeWorkbook } from './fakeWorkbook';

describe('the fake Excel', () => {
  it('throws when a property is read before load and sync, and applies writes only at sync', async () => {
    const workbook = new FakeWorkbook([{ name: 'S', cells: { A1: { value: 1 } } }]);
    await fakeRunner(workbook)(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.values = [[2]];
      expect(workbook.sheet('S')?.cell('A1')?.value).toBe(1);
      await context.sync();
      expect(range.values).toEqual([[1]]); // commands run in queue order: the load came first
      expect(workbook.sheet('S')?.cell('A1')?.value).toBe(2);
      expect(workbook.syncs).toBe(1);
    });
  });

  it('fails a sync at the first bad command, keeping the commands before it', async () => {
    const workbook = new FakeWorkbook([{ name: 'S', cells: {} }]);
    const run = fakeRunner(workbook);
    const result = run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
      context.workbook.worksheets.getItem('missing').activate();
      await context.sync();
    });
    await expect(result).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(workbook.sheet('S')?.cell('A1')?.value).toBe('x');
  });
});
