// `budget-check new-project` and `budget-check example`: a new 项目绩效目标表 from the template (or a
// copy of an existing project sheet's layout), alone or added to a copy of a workbook.
import { readFile, writeFile } from 'node:fs/promises';
import { nameKey, starterSet } from '../engine/library';
import { adjustedSheetName, ProjectTypeSchema, type NewProjectInput } from '../engine/schema';
import { errorLine, inputMessage, planNewProject, sheetNameNote, type FieldError } from '../engine/templates';
import { seedWorkbookSpec } from '../sample/seedSpec';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './io';
import { writeAtomically } from './outputErrors';
import { guardOutputs } from './outputPaths';
import { addSheetToPackage, emptyPackage, SheetExistsError } from '../xlsx/package/addSheet';
import { PackageError } from '../xlsx/package/zip';
import { maxBytesOf } from './checkCommand';
import { InputError } from './inputErrors';
import { readCheckInputIsolated } from './readWorker';

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === true) throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  return value;
}

function outOption(args: ParsedArgs): string {
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError('请用 --out 给出要写入的 .xlsx 文件', 'give the .xlsx file to write with --out');
  return out;
}

/** The form's fields from the command line; --sheet and --year are optional extras of the form. */
function inputOf(args: ParsedArgs): NewProjectInput {
  return {
    name: stringOption(args, 'name') ?? '',
    sheetName: stringOption(args, 'sheet'),
    amount: stringOption(args, 'amount'),
    start: stringOption(args, 'start'),
    end: stringOption(args, 'end'),
    unit: stringOption(args, 'unit'),
    budgetYear: stringOption(args, 'year'),
    from: stringOption(args, 'from'),
    type: stringOption(args, 'type'),
    indicators: startingIds(stringOption(args, 'type'), stringOption(args, 'without')),
  };
}

/** --without 名称,名称: the type's starting set less the indicators named (the CLI's way to untick). */
function startingIds(type: string | undefined, without: string | undefined): string[] | undefined {
  if (without === undefined) return undefined;
  const parsed = ProjectTypeSchema.safeParse(type?.trim());
  if (!parsed.success) throw new UsageError('--without 需要与 --type 一起使用', '--without needs --type');
  const dropped = without.split(/[,，、]/).map((n) => nameKey(n)).filter(Boolean);
  const set = starterSet(parsed.data);
  const unknown = dropped.filter((n) => !set.some((i) => nameKey(i.name) === n));
  if (unknown.length > 0) {
    throw new UsageError(`起始指标中没有：${unknown.join('、')}`, `not in the starting set: ${unknown.join(', ')}`);
  }
  return set.filter((i) => !dropped.includes(nameKey(i.name))).map((i) => i.id);
}

/**
 * `new-project [--into <workbook.xlsx>] --out <file.xlsx> --name <项目名称> [--amount <元>] [--start <年>]
 * [--end <年>] [--unit <用款单位>] [--from <sheet>] [--sheet <工作表名称>] [--year <预算年度>]`.
 * Every input is checked before anything is written; a refusal writes nothing and exits 2.
 */
export async function runNewProject(args: ParsedArgs, io: Io, currentYear = new Date().getFullYear()): Promise<number> {
  const out = outOption(args);
  const into = stringOption(args, 'into');
  const input = inputOf(args);
  // The user's own file is never overwritten (compared as real paths and inodes: a symlink or hard
  // link to --into is the same file).
  if (into) {
    await guardOutputs([into], [{ option: 'out', path: out }]).catch(() => {
      throw new UsageError('--out 不能与 --into 是同一个文件，请写到另一个文件', '--out must not be the --into file; write to another file');
    });
  }
  if (input.from !== undefined && !into) throw new UsageError('--from 需要与 --into 一起使用', '--from needs --into');

  // --into is read within the same limits as `check`, then patched: every part of it is kept.
  const snapshot = into ? (await readCheckInputIsolated(into, { maxBytes: maxBytesOf(process.env) })).snapshot : null;
  const plan = planNewProject(input, snapshot, currentYear);
  if (!plan.ok) {
    io.err(withSheetOption(plan.errors[0]));
    return 2;
  }
  const adjusted = adjustedSheetName(input);
  let copy: Uint8Array;
  try {
    copy = addSheetToPackage(into ? await readFile(into) : emptyPackage(), plan.spec, { lookFrom: plan.project.from });
  } catch (error) {
    if (error instanceof SheetExistsError) {
      io.err(withSheetOption({ field: 'sheetName', ...inputMessage('sheet.duplicate', { sheet: error.sheet }) }));
      return 2;
    }
    if (error instanceof PackageError) throw new InputError(error.zh, error.en);
    throw error;
  }
  if (adjusted) {
    const note = sheetNameNote(adjusted);
    io.out(`${note.zh}（可用 --sheet 另行指定） / ${note.en} (--sheet chooses another)`);
  }
  await writeAtomically(out, (temporary) => writeFile(temporary, copy));
  io.out(`已新建工作表“${plan.spec.name}”，写入 ${out} / created sheet “${plan.spec.name}”, wrote ${out}`);
  const listed = plan.project.from === undefined ? (plan.project.indicators?.length ?? 0) : 0;
  if (listed > 0) io.out(`已列出 ${listed} 个“${plan.project.type ?? ''}”类起始指标，指标值待填写 / listed ${listed} starting indicators; their values are left to fill in`);
  if (plan.skipped.length > 0) {
    io.err(`来源表没有这些栏目，未填写：${plan.skipped.join('、')} / the source form has no place for: ${plan.skipped.join(', ')}`);
  }
  return 0;
}

/** An error about the sheet's name points to --sheet, the option that names the sheet. */
function withSheetOption(error: FieldError): string {
  const aboutSheet = error.field === 'sheetName' || (error.field === 'name' && error.zh.includes('工作表'));
  return aboutSheet ? errorLine({ zh: `${error.zh}（可用 --sheet 指定工作表名称）`, en: `${error.en} (--sheet names the sheet)` }) : errorLine(error);
}

/** `example --out <file.xlsx>`: the bundled seed workbook, for a first try. */
export async function runExample(args: ParsedArgs, io: Io): Promise<number> {
  const out = outOption(args);
  // exceljs writes the example; loaded here only, so every other command starts without it.
  const { writeSpecFile } = await import('./xlsxWrite');
  await writeAtomically(out, (temporary) => writeSpecFile(seedWorkbookSpec(), temporary));
  io.out(`已写出示例工作簿 ${out}，可用 budget-check check ${out} 试试 / wrote the example workbook ${out}; try budget-check check ${out}`);
  return 0;
}
