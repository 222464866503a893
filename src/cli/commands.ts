// The command line's commands: what each is called, the options it takes and its help text. Usage is
// built from this list, so a new command (an entry here and a case in run.ts) shows up in `--help`.
import packageJson from '../../package.json';

export interface CommandSpec {
  name: string;
  /** Options that take a value (`--json report.json`) and switches that do not (`--rebalance`). */
  values: string[];
  switches: string[];
  /** One usage line (or a few), without the leading "budget-check ". */
  synopsis: string[];
  /** One line: what the command does, Chinese then English. */
  summary: string;
  /** `budget-check <command> --help`: the options explained. */
  details: string[];
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'check',
    values: ['json', 'out', 'lang'],
    switches: ['rebalance'],
    synopsis: ['check <file.xlsx>... [--json report.json] [--out checked.xlsx] [--rebalance] [--lang en]'],
    summary: '检查工作簿（可省略 check） / check workbooks (check may be left out)',
    details: [
      'check 输出 / output: 每个工作簿是否可以提交、各级问题数、各工作表的问题（单元格、原因、建议）；--lang en 用英文',
      '  per workbook: ready or not, counts by severity, per sheet each finding (cell, reason, fix); --lang en for English',
      '  --json: 检查报告 / the report (one input: an object; several: an array)',
      '  --out:  标出问题单元格的副本（错误红、警告黄、提示蓝），其余不变 / a copy with flagged cells filled by severity',
      '  --rebalance: 须与 --out 同用：重算不平衡的合计、小计和资金总额，把算出的金额写入 --out 副本（原文件不变），',
      '          并逐项列出（单元格、原值 → 新值、原因）；--json 报告在 changes 中列出这些改动',
      '          needs --out: recomputes totals, subtotals and funding sums that do not add up and writes the planned',
      '          amounts into the --out copy (the input is never changed), listing each (cell, before → after, why);',
      '          the --json report lists them under changes',
      '环境变量 / environment: BUDGET_CHECK_MAX_BYTES 输入文件大小上限（字节，默认 50 MB） / input size limit in bytes (default 50 MB)',
    ],
  },
  {
    name: 'example',
    values: ['out'],
    switches: [],
    synopsis: ['example --out <file.xlsx>'],
    summary: '写出内置示例工作簿 / write the bundled example workbook',
    details: [],
  },
  {
    name: 'new-project',
    values: ['out', 'name', 'into', 'amount', 'start', 'end', 'unit', 'from', 'sheet', 'year', 'type', 'without'],
    switches: [],
    synopsis: [
      'new-project --out <file.xlsx> --name <项目名称> [--into <workbook.xlsx>] [--amount <元>]',
      '            [--start <年>] [--end <年>] [--unit <用款单位>] [--from <sheet name>] [--sheet <工作表名>] [--year <预算年度>]',
      '            [--type <项目类型> [--without <指标名,…>]]',
    ],
    summary: '新建项目绩效目标表 / create a project performance-target sheet',
    details: [
      '  --sheet: 工作表名称；省略时由项目名称生成（去掉 Excel 不允许的字符 \\ / ? * [ ] :，最长 31 个字符）',
      '           the sheet name; by default made from the project name (without \\ / ? * [ ] :, at most 31 characters)',
      '  --type: 按项目类型列出指标库的起始指标（--without 去掉其中几个） / start with the type’s indicators from the library',
    ],
  },
  {
    name: 'review',
    values: ['out', 'json', 'copies', 'lang'],
    switches: [],
    synopsis: [
      'review <文件夹|file.xlsx>... --out 审核意见.xlsx [--json report.json] [--previous <上年文件夹|文件>...]',
      '       [--copies <文件夹>]',
    ],
    summary: '审核一批工作簿，写出审核意见（汇总、意见明细、质量评分、同比） / review a batch and write the 审核意见',
    details: [
      '  每张表的审核结论（有错误：退回；只有警告：修改后通过；否则通过），无法读取的文件列为“无法读取”',
      '  退出码 2 仅当没有一个文件可读，1 当有表被退回 / exit 2 only when no file could be read, 1 when a form is 退回',
      '  --previous: 与上年同名项目比较（指标删减、目标降低、金额变化而指标值未变、新增项目） / compare with last year',
      '  --copies:   每个文件一份标出问题单元格的副本 / a highlighted copy of each file',
      '环境变量 / environment: BUDGET_CHECK_WORKERS 同时检查文件的线程数（默认每 1.5 个核心一个，1 只用本线程）',
      '  threads that check files at once (default one per 1.5 cores; 1: this thread only)',
    ],
  },
  {
    name: 'library',
    values: ['type', 'level'],
    switches: [],
    synopsis: ['library <词>... [--type <项目类型>] [--level <一级或二级>]'],
    summary: '查找指标库 / search the indicator library',
    details: [],
  },
];

export const VERSION: string = packageJson.version;

const EXIT_CODES = [
  '退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 无法读取输入 input could not be read',
  '  （无法写出 --out/--json 或用法有误时也为 2 / also 2 when an output cannot be written or the usage is wrong）',
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** `budget-check --help`: every command, the exit codes, and how to get a command's own help. */
export function usage(): string {
  const lines = [`budget-check ${VERSION} — 绩效目标表检查 / checker for budget performance-target workbooks`, '', '用法 / usage:'];
  for (const command of COMMANDS) {
    command.synopsis.forEach((line, i) => lines.push(`  ${i === 0 ? 'budget-check ' : '             '}${line}`));
    lines.push(`      ${command.summary}`);
  }
  lines.push('  budget-check --help | -h            本说明 / this help', '  budget-check <command> --help       命令的详细说明 / the options of one command');
  lines.push('  budget-check --version | -v         版本 / the version', '', ...EXIT_CODES);
  const check = commandSpec('check');
  if (check) lines.push(...check.details);
  return lines.join('\n');
}

/** `budget-check <command> --help`. */
export function commandUsage(command: CommandSpec): string {
  const lines = ['用法 / usage:'];
  command.synopsis.forEach((line, i) => lines.push(`  ${i === 0 ? 'budget-check ' : '             '}${line}`));
  lines.push(`  ${command.summary}`, ...command.details, '', ...EXIT_CODES);
  return lines.join('\n');
}
