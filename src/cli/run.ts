import { parseArgs, UsageError } from './args';
import { runCheck } from './checkCommand';
import { InputError } from './inputErrors';
import type { Io } from './io';

export const USAGE = `budget-check — 绩效目标表检查 / checker for budget performance-target workbooks

用法 / usage:
  budget-check check <file.xlsx>... [--json report.json] [--out checked.xlsx] [--rebalance] [--lang en]
  budget-check example --out <file.xlsx>        写出内置示例工作簿 / write the bundled example workbook
  budget-check new-project --out <file.xlsx> --name <项目名称> [--into <workbook.xlsx>] [--amount <元>]
               [--start <年>] [--end <年>] [--unit <用款单位>] [--from <sheet name>]

退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 无法读取输入 input could not be read`;

/** Runs one command line; returns the exit code. Expected failures print one line, never a stack trace. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'check':
        return await runCheck(args, io);
      default:
        throw new UsageError(`命令 ${args.command} 尚未实现`, `command ${args.command} is not implemented yet`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.err(`${error.zh} / ${error.en}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`内部错误：${message} / internal error: ${message}`);
    return 2;
  }
}
