import { HostError } from '../host/workbookHost';
import { errorCode } from './errors';
import { runBatch, type ExcelRunner } from './runtime';

const SELECT = { zh: '定位单元格', en: 'Selecting the cell' };

/**
 * Activates the sheet and selects the cell in one sync; an unknown sheet or address is a HostError.
 * Excel refuses to activate a hidden sheet as an invalid operation, which reads like protection; so
 * when it refuses, the sheet's visibility is read (one more sync) to say what really stops the jump.
 */
export function select(run: ExcelRunner, sheet: string, cell: string): Promise<void> {
  return runBatch(run, SELECT, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    try {
      await context.sync();
    } catch (error) {
      if (errorCode(error) !== 'InvalidOperation') throw error;
      const again = context.workbook.worksheets.getItemOrNullObject(sheet).load('visibility');
      await context.sync();
      if (!again.isNullObject && again.visibility !== 'Visible') {
        throw new HostError(
          `工作表“${sheet}”已隐藏，无法定位到 ${cell}；请先取消隐藏该工作表（右键工作表标签 → 取消隐藏）`,
          `Sheet "${sheet}" is hidden, so ${cell} cannot be shown; unhide the sheet first (right-click a sheet tab → Unhide)`,
        );
      }
      throw error;
    }
  });
}
