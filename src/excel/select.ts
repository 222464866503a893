import { runBatch, type ExcelRunner } from './runtime';

const SELECT = { zh: '定位单元格', en: 'Selecting the cell' };

/** Activates the sheet and selects the cell in one sync; an unknown sheet or address is a HostError. */
export function select(run: ExcelRunner, sheet: string, cell: string): Promise<void> {
  return runBatch(run, SELECT, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
