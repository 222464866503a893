// `budget-check review <folder | files…> --out 审核意见.xlsx [--json report.json] [--previous <folder | files…>]
//  [--copies <folder>] [--lang en]`: the reviewers' batch (issue 14). The understanding (verdicts,
// scores, 同比) is the engine's (src/engine/review); this module finds the files, runs the pool and writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { DETAIL_COLUMNS, DETAIL_SHEET, modelsOf, qualityTable, reviewOutline, summaryTable, yoyTable, type ReviewedForms } from '../engine/review';
import type { Finding, Lang, Report, ReviewReport } from '../engine/schema';
import { parseArgs, UsageError } from './args';
import { maxBytesOf } from './checkCommand';
import type { Io } from './io';
import { streamJsonFile } from './jsonFile';
import { outputError, writeAtomically } from './outputErrors';
import { reviewInputs } from './review/inputs';
import { checkFiles, workerCount } from './review/pool';
import { progressBar, type ProgressStream } from './review/progress';
import { writeCheckedCopy } from './writeCheckedCopy';
import { ReviewBook, StreamedPart } from '../xlsx/review/writeReviewXlsx';
import { ReviewSink } from './review/sink';
import { PartDeflater, zipWithZlib } from './zlibZip';

/** `--previous` takes every path up to the next option; the rest is parsed as any command line. */
function splitPrevious(argv: string[]): { rest: string[]; previous: string[] | undefined } {
  const at = argv.findIndex((a) => a === '--previous' || a.startsWith('--previous='));
  if (at < 0) return { rest: argv, previous: undefined };
  const inline = argv[at].startsWith('--previous=') ? [argv[at].slice('--previous='.length)] : [];
  let end = at + 1;
  while (end < argv.length && !argv[end].startsWith('--')) end++;
  const previous = [...inline, ...argv.slice(at + 1, end)].filter(Boolean);
  if (previous.length === 0) throw new UsageError('选项 --previous 需要上年的文件夹或文件', 'option --previous needs last year’s folder or files');
  return { rest: [...argv.slice(0, at), ...argv.slice(end)], previous };
}

function optionText(options: Record<string, string | true>, name: string): string | undefined {
  const value = options[name];
  if (value === true) throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  return value;
}

function langOf(options: Record<string, string | true>): Lang {
  const lang = optionText(options, 'lang');
  if (lang === undefined || lang === 'zh') return 'zh';
  if (lang === 'en') return 'en';
  throw new UsageError('--lang 只能是 zh 或 en', '--lang must be zh or en');
}

/** Each readable file's copy with its flagged cells filled, named "<name>（已标注）.xlsx" in `folder`. */
async function writeCopies(folder: string, files: ReviewedForms[]): Promise<number> {
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw outputError(folder, error);
  });
  const used = new Set<string>();
  let written = 0;
  for (const f of files) {
    if (!('forms' in f)) continue;
    const stem = basename(f.file, extname(f.file));
    let name = `${stem}（已标注）.xlsx`;
    for (let n = 2; used.has(name); n++) name = `${stem}（已标注${n}）.xlsx`;
    used.add(name);
    const active: Finding[] = (f.findings ?? []).filter((x) => x.ignored === undefined);
    await writeCheckedCopy(f.file, join(folder, name), active, []);
    written++;
  }
  return written;
}

function summaryLines(review: ReviewReport, readable: number): string[] {
  const count = (verdict: string) => review.forms.filter((f) => f.verdict === verdict).length;
  const forms = review.forms.filter((f) => f.verdict !== '无法读取').length;
  return [
    `审核 ${readable + review.unreadable.length} 个文件、${forms} 张表：退回 ${count('退回')}，修改后通过 ${count('修改后通过')}，通过 ${count('通过')}` +
      (review.unreadable.length ? `，无法读取 ${review.unreadable.length}` : '') +
      (review.skipped.length ? `，跳过审核意见表 ${review.skipped.length}` : '') +
      (review.yoy ? `；同比 ${review.yoy.length} 条` : ''),
  ];
}

/**
 * The 审核意见 workbook of a review: 意见明细 written as the files are checked (and deflated on the
 * thread pool meanwhile), the other sheets once the review is whole.
 */
function reviewWorkbook() {
  const book = new ReviewBook();
  const deflater = new PartDeflater();
  const detail = book.sheetWriter({ name: DETAIL_SHEET, columns: DETAIL_COLUMNS }, { out: deflater.out, first: deflater.chunk() });
  return {
    detail,
    async write(path: string, review: ReviewReport): Promise<void> {
      detail.finish({}, false);
      const detailPart = await deflater.done();
      const tables = [summaryTable(review.forms), detail, qualityTable(review.forms), ...(review.yoy ? [yoyTable(review.yoy)] : [])];
      const bytes = book.write(tables, { zip: (parts) => zipWithZlib(parts.map(([name, data]) => [name, data instanceof StreamedPart ? detailPart : data])) });
      await writeAtomically(path, (temporary) => writeFile(temporary, bytes));
    },
  };
}

export interface ReviewEnv {
  env?: NodeJS.ProcessEnv;
  /** Where the progress bar is drawn (when it is a terminal). */
  progress?: ProgressStream;
}

/** Runs `review`; `argv` is what follows the word review. Returns the exit code (2 / 1 / 0 as issue 14 says). */
export async function runReview(argv: string[], io: Io, { env = process.env, progress = process.stderr }: ReviewEnv = {}): Promise<number> {
  const { rest, previous } = splitPrevious(argv);
  const args = parseArgs(['review', ...rest]);
  const lang = langOf(args.options);
  const out = optionText(args.options, 'out');
  const json = optionText(args.options, 'json');
  const copies = optionText(args.options, 'copies');
  if (args.files.length === 0) throw new UsageError('请给出要审核的文件夹或 .xlsx 文件', 'give the folder or .xlsx files to review');
  if (!out && !json) throw new UsageError('请用 --out 指定审核意见工作簿（或用 --json 指定报告）', 'give --out for the 审核意见 workbook (or --json for the report)');
  if (out && !/\.xlsx$/i.test(out)) throw new UsageError('--out 的文件名应以 .xlsx 结尾', 'the --out file name must end in .xlsx');
  const maxBytes = maxBytesOf(env);

  // What this command writes is never read as an input on a second run over the same folder.
  const written = new Set([out, json].filter((p): p is string => !!p).map((p) => resolve(p)));
  const ownOutput = (file: string) => written.has(resolve(file)) || (copies !== undefined && resolve(file).startsWith(resolve(copies) + sep));
  const files = (await reviewInputs(args.files)).filter((f) => !ownOutput(f));
  if (files.length === 0) throw new UsageError('没有找到 .xlsx 文件', 'no .xlsx files found');
  const previousFiles = previous ? (await reviewInputs(previous)).filter((f) => !ownOutput(f)) : [];

  const bar = progressBar(progress);
  const total = files.length + previousFiles.length;
  const workbook = out ? reviewWorkbook() : undefined;
  let kept: ReviewedForms[] = [];
  const check = async (report?: (report: Report) => void): Promise<ReviewReport> => {
    const sink = new ReviewSink({ current: files.length, report, detail: workbook?.detail, findings: copies !== undefined });
    kept = await checkFiles([...files, ...previousFiles], {
      lang,
      maxBytes,
      workers: workerCount(total, env),
      keepModel: previous !== undefined,
      onProgress: (done) => bar.update(done, total),
      keep: (index, result) => sink.keep(index, result),
    });
    bar.end();
    return reviewOutline(kept.slice(0, files.length), previous ? modelsOf(kept.slice(files.length)) : undefined);
  };
  // The JSON's reports are written as the files are checked, before the rest of the review (with no
  // --json they are not made at all). Typed by the engine; the tests validate the file against
  // ReviewReportSchema (parsing 200 reports here costs seconds).
  const review = json ? await streamJsonFile(json, 'reports', check, ({ reports: _written, ...rest }) => rest) : await check();
  for (const f of kept) if ('unreadable' in f) io.err(`${f.file}：无法读取 — ${f.unreadable}`);
  for (const f of kept) if ('skipped' in f) io.err(`${f.file}：已跳过 — ${f.skipped}`);

  if (out && workbook) await workbook.write(out, review);
  const current = kept.slice(0, files.length);
  const copied = copies ? await writeCopies(copies, current) : 0;
  const readable = current.filter((f) => 'forms' in f).length;
  for (const line of summaryLines(review, readable)) io.out(line);
  for (const path of [out, json]) if (path) io.out(`已写入 ${path}`);
  if (copies) io.out(`已写入 ${copied} 份标注副本到 ${copies}`);

  if (readable === 0) return 2;
  return review.forms.some((f) => f.verdict === '退回') ? 1 : 0;
}
