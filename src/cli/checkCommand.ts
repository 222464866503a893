import { applyChanges } from '../engine/balance';
import { checkWorkbook } from '../engine/check';
import { markIgnored } from '../engine/ignoredSheet';
import { toReport } from '../engine/report';
import { ReportListSchema, type Lang, type Report } from '../engine/schema';
import { UsageError, type ParsedArgs } from './args';
import { InputError, MAX_INPUT_BYTES, checkInputFile, unreadableLine } from './inputErrors';
import type { Io } from './io';
import { cliStrings } from './messages';
import { OutputError, writeTextFile } from './outputErrors';
import { guardOutputs } from './outputPaths';
import { formatSummary } from './summary';
import { writeCheckedCopy } from './writeCheckedCopy';
import { readCheckInputIsolated } from './readWorker';

/** Environment override of the input size limit (bytes), for tests and for unusually large workbooks. */
export const MAX_BYTES_ENV = 'BUDGET_CHECK_MAX_BYTES';

/** `budget-check check <file.xlsx>… [--json report.json] [--out checked.xlsx] [--rebalance] [--lang en]`. */
export async function runCheck(args: ParsedArgs, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = langOption(args);
  const s = cliStrings(lang);
  if (args.files.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件', 'give the .xlsx file(s) to check');
  const out = stringOption(args, 'out');
  const json = stringOption(args, 'json');
  if (out && args.files.length !== 1) throw new UsageError('--out 只能用于一个输入文件', '--out takes exactly one input file');
  if (out && !/\.xlsx$/i.test(out)) throw new UsageError('--out 的文件名应以 .xlsx 结尾', 'the --out file name must end in .xlsx');
  if (args.options.rebalance && !out) throw new UsageError('--rebalance 需要与 --out 一起使用', '--rebalance needs --out');
  const maxBytes = maxBytesOf(env);
  await guardOutputs(args.files, [
    ...(out ? [{ option: 'out', path: out }] : []),
    ...(json ? [{ option: 'json', path: json }] : []),
  ]);

  let exitCode = 0;
  let outFailure: OutputError | InputError | undefined;
  const reports: Report[] = [];
  for (const file of args.files) {
    let input;
    try {
      await checkInputFile(file, maxBytes);
      input = await readCheckInputIsolated(file, { maxBytes }, env);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(unreadableLine(file, error));
      exitCode = 2;
      continue;
    }
    const { snapshot, ignored, columnRoles } = input;
    const checked = checkWorkbook(snapshot, { lang, columnRoles });
    const result = { ...checked, findings: markIgnored(checked.findings, ignored) };
    const changes = args.options.rebalance ? result.plan : [];
    io.out(formatSummary(file, result, lang, changes, snapshot));
    if (args.options.rebalance && changes.length === 0) io.out(s.nothingToRebalance);
    if (out) {
      // The copy is highlighted as it is after the changes: a cell the plan fixed is no longer flagged.
      const after = changes.length ? markIgnored(checkWorkbook(applyChanges(snapshot, changes), { lang, columnRoles }).findings, ignored) : result.findings;
      try {
        await writeCheckedCopy(file, out, after.filter((f) => f.ignored === undefined), changes);
        io.out(s.wrote(out));
      } catch (error) {
        // The report is still worth writing: the copy's failure is said, and the exit code is 2.
        if (!(error instanceof OutputError || error instanceof InputError)) throw error;
        outFailure = error;
      }
    }
    reports.push(toReport(file, result, changes));
    if (exitCode === 0 && result.findings.some((f) => f.severity === 'error' && f.ignored === undefined)) exitCode = 1;
  }
  // One input: the report object; several: an array of the readable ones. Nothing readable: no file.
  if (json && reports.length > 0) {
    const payload = ReportListSchema.parse(args.files.length === 1 ? reports[0] : reports);
    await writeTextFile(json, `${JSON.stringify(payload, null, 2)}\n`);
    io.out(s.wrote(json));
  }
  if (outFailure) throw outFailure;
  return exitCode;
}

function langOption(args: ParsedArgs): Lang {
  const lang = args.options.lang;
  if (lang === undefined || lang === 'zh') return 'zh';
  if (lang === 'en') return 'en';
  throw new UsageError('--lang 只能是 zh 或 en', '--lang must be zh or en');
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === true) throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  return value;
}

export function maxBytesOf(env: NodeJS.ProcessEnv): number {
  const text = env[MAX_BYTES_ENV];
  if (text === undefined || text === '') return MAX_INPUT_BYTES;
  if (!/^\d+$/.test(text) || Number(text) <= 0) {
    throw new UsageError(`环境变量 ${MAX_BYTES_ENV} 应为正整数（字节数）`, `${MAX_BYTES_ENV} must be a positive whole number of bytes`);
  }
  return Number(text);
}
