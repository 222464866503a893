// Why a package cannot be read, said in one line (Chinese / English), naming the real cause.
import { PackageError } from './zip';

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export const packageErrors = {
  missingSheet: (sheet: string) =>
    new PackageError(`文件已损坏：工作表「${sheet}」的内容部件缺失`, `the file is damaged: the part holding sheet "${sheet}" is missing`),
  missingSharedStrings: () =>
    new PackageError(
      '文件已损坏：共享字符串部件（sharedStrings.xml）缺失，单元格中的文字无法读取',
      'the file is damaged: the shared-strings part (sharedStrings.xml) is missing, so the text of the cells cannot be read',
    ),
  missingString: (sheet: string, cell: string, index: string) =>
    new PackageError(
      `文件已损坏：工作表「${sheet}」的单元格 ${cell} 指向不存在的共享字符串（${index.trim() || '空'}）`,
      `the file is damaged: cell ${cell} of sheet "${sheet}" points to a shared string that does not exist (${index.trim() || 'empty'})`,
    ),
  encoding: (part: string, encoding: string) =>
    new PackageError(
      `文件已损坏：部件 ${part} 的编码是 ${encoding}，工作簿只能用 UTF-8 或 UTF-16；请在 Excel 或 WPS 中打开并另存为 .xlsx`,
      `the file is damaged: part ${part} is encoded as ${encoding}, but a workbook must use UTF-8 or UTF-16; open it in Excel or WPS and save it as .xlsx`,
    ),
  notUtf8: (part: string) =>
    new PackageError(`文件已损坏：部件 ${part} 含有无效的字符（不是 UTF-8 编码）`, `the file is damaged: part ${part} holds invalid characters (it is not UTF-8)`),
  tooManyCells: (limit: string) =>
    new PackageError(`工作簿的单元格超过 ${limit} 个的上限，不像是绩效目标表`, `the workbook has more than ${limit} cells, over the limit; it does not look like a performance-target form`, true),
};
