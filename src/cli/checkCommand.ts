import { writeFile } from 'node:fs/promises';
import { checkWorkbook } from '../engine/check';
import { toReport } from '../engine/report';
import { ReportListSchema, type Lang, type Report } from '../engine/schema';
import { UsageError, type ParsedArgs } from './args';
import { InputError, checkInputFile } from './inputErrors';
import { formatSummary } from './summary';
import { writeCheckedCopy } from './writeCheckedCopy';
import { readWorkbookFile } from './xlsxRead';
import type { Io } from './io';

/** `budget-check check <file.xlsx>… [--json report.json] [--out checked.xlsx] [--rebalance] [--lang en]`. */
export async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const lang: Lang = args.options.lang === 'en' ? 'en' : 'zh';
  if (args.files.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件', 'give the .xlsx file(s) to check');
  const out = stringOption(args, 'out');
  const json = stringOption(args, 'json');
  if (out && args.files.length !== 1) throw new UsageError('--out 只能用于一个输入文件', '--out takes exactly one input file');
  if (args.options.rebalance && !out) throw new UsageError('--rebalance 需要与 --out 一起使用', '--rebalance needs --out');

  let exitCode = 0;
  const reports: Report[] = [];
  for (const file of args.files) {
    let snapshot;
    try {
      await checkInputFile(file);
      snapshot = await readWorkbookFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`${file}: ${lang === 'en' ? error.en : error.zh}`);
      exitCode = 2;
      continue;
    }
    const result = checkWorkbook(snapshot, { lang });
    const changes = args.options.rebalance ? result.plan : [];
    io.out(formatSummary(file, result, lang, changes));
    if (out) {
      await writeCheckedCopy(file, out, result.findings, changes);
      io.out(lang === 'en' ? `wrote ${out}` : `已写入 ${out}`);
    }
    reports.push(toReport(file, result, changes));
    if (exitCode === 0 && result.findings.some((f) => f.severity === 'error')) exitCode = 1;
  }
  if (json) {
    const payload = ReportListSchema.parse(args.files.length === 1 ? reports[0] ?? [] : reports);
    await writeFile(json, `${JSON.stringify(payload, null, 2)}\n`, 'utf8');
  }
  return exitCode;
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === true) throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  return value;
}
