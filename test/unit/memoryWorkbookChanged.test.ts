// The sandbox marks the cells whose value the pane changed since the workbook was opened.
import { MemoryWorkbook } from '../../src/sandbox/memoryWorkbook';

describe('MemoryWorkbook.changedSinceOpened', () => {
  const workbook = () => new MemoryWorkbook({ sheets: [{ name: 'S', cells: { A1: { value: 1 }, B1: { value: 'x' } }, merges: [], columnWidths: {}, validations: [] }] });

  it('is true for a written cell and false again once the value is put back', () => {
    const wb = workbook();
    expect(wb.changedSinceOpened('S', 'A1')).toBe(false);
    wb.setValue('S', 'A1', 2);
    expect(wb.changedSinceOpened('S', 'A1')).toBe(true);
    expect(wb.changedSinceOpened('S', 'B1')).toBe(false);
    wb.setValue('S', 'A1', 1);
    expect(wb.changedSinceOpened('S', 'A1')).toBe(false);
  });

  it('counts a value written into an empty cell, and nothing on a sheet added later', () => {
    const wb = workbook();
    wb.setValue('S', 'C3', 5);
    expect(wb.changedSinceOpened('S', 'C3')).toBe(true);
    wb.addSheet({ name: 'New', cells: { A1: { value: 'y' } }, merges: [], columnWidths: {}, validations: [] });
    expect(wb.changedSinceOpened('New', 'A1')).toBe(false);
  });
});
