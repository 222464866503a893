import { parseArgs, UsageError } from './args';
import { runCheck } from './checkCommand';
import { InputError } from './inputErrors';
import type { Io } from './io';
import { OutputError } from './outputErrors';
import { runExample, runNewProject } from './newProjectCommand';
import { runReview } from './reviewCommand';
import { runLibrary } from './libraryCommand';

export const USAGE = `budget-check — 绩效目标表检查 / checker for budget performance-target workbooks

用法 / usage:
  budget-check check <file.xlsx>... [--json report.json] [--out checked.xlsx] [--rebalance] [--lang en]
  budget-check review <文件夹|file.xlsx>... --out 审核意见.xlsx [--json report.json] [--previous <上年文件夹|文件>...]
               [--copies <文件夹>]   审核一批工作簿，写出审核意见（汇总、意见明细、质量评分、同比）/ review a batch
  budget-check example --out <file.xlsx>        写出内置示例工作簿 / write the bundled example workbook
  budget-check new-project --out <file.xlsx> --name <项目名称> [--into <workbook.xlsx>] [--amount <元>]
               [--start <年>] [--end <年>] [--unit <用款单位>] [--from <sheet name>] [--sheet <工作表名>] [--year <预算年度>]
               [--type <项目类型> [--without <指标名,…>]]   按类型列出指标库的起始指标 / start with the type's indicators
  budget-check library <词>... [--type <项目类型>] [--level <一级或二级>]   查找指标库 / search the indicator library

退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 无法读取输入 input could not be read
  （无法写出 --out/--json 或用法有误时也为 2 / also 2 when an output cannot be written or the usage is wrong）
check 输出 / output: 每个工作簿是否可以提交、各级问题数、各工作表的问题（单元格、原因、建议）；--lang en 用英文
  per workbook: ready or not, counts by severity, per sheet each finding (cell, reason, fix); --lang en for English
  --json: 检查报告 / the report (one input: an object; several: an array)
  --out:  标出问题单元格的副本（错误红、警告黄、提示蓝），其余不变 / a copy with flagged cells filled by severity
  --rebalance: 须与 --out 同用：重算不平衡的合计、小计和资金总额，把算出的金额写入 --out 副本（原文件不变），
          并逐项列出（单元格、原值 → 新值、原因）；--json 报告在 changes 中列出这些改动
          needs --out: recomputes totals, subtotals and funding sums that do not add up and writes the planned
          amounts into the --out copy (the input is never changed), listing each (cell, before → after, why);
          the --json report lists them under changes
review: 每张表的审核结论（有错误：退回；只有警告：修改后通过；否则通过），无法读取的文件列为“无法读取”；
  退出码 2 仅当没有一个文件可读，1 当有表被退回 / exit 2 only when no file could be read, 1 when a form is 退回
  --previous: 与上年同名项目比较（指标删减、目标降低、金额变化而指标值未变、新增项目）/ compare with last year
  --copies:   每个文件一份标出问题单元格的副本 / a highlighted copy of each file
环境变量 / environment: BUDGET_CHECK_MAX_BYTES 输入文件大小上限（字节，默认 50 MB） / input size limit in bytes (default 50 MB)`;

/** Runs one command line; returns the exit code. Expected failures print one line, never a stack trace. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    // review parses its own line: --previous takes several paths.
    if (argv[0] === 'review' && !argv.includes('--help')) return await runReview(argv.slice(1), io);
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'check':
        return await runCheck(args, io);
      case 'new-project':
        return await runNewProject(args, io);
      case 'example':
        return await runExample(args, io);
      case 'library':
        return runLibrary(args, io);
      default:
        throw new UsageError(`命令 ${args.command} 尚未实现`, `command ${args.command} is not implemented yet`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof OutputError) {
      io.err(`${error.zh} / ${error.en}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`内部错误：${message} / internal error: ${message}`);
    return 2;
  }
}
