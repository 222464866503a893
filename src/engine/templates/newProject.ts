// One entry for the CLI and the task pane: the typed inputs and the workbook in, the new sheet's spec
// (or the plain errors) out.
import { readSheet } from '../layout/readSheet';
import {
  amountText,
  newProjectInputSchema,
  NewProjectSchema,
  sheetNameOf,
  yearOfText,
  type NewProject,
  type NewProjectInput,
  type SheetSnapshot,
  type SheetSpec,
  type WorkbookSnapshot,
} from '../schema';
import { indicatorsById, starterSet } from '../library';
import { copyProjectSheet } from './copyProject';
import { copyFromErrors, describeIssues, type FieldError } from './inputMessages';
import { buildProjectSheet } from './projectTemplate';

export type NewProjectResult =
  | { ok: true; spec: SheetSpec; project: NewProject; skipped: string[] }
  | { ok: false; errors: FieldError[] };

const trimmed = (text: string | undefined): string | undefined => {
  const t = (text ?? '').trim();
  return t === '' ? undefined : t;
};

/**
 * The budget year the amount is for: the one given, else the coming year (forms are made the season
 * before), kept inside the implementation period so the sheet does not contradict itself.
 */
export function budgetYearFor(input: NewProjectInput, currentYear: number): number {
  const given = yearOfText(input.budgetYear);
  if (given !== null) return given;
  let year = currentYear + 1;
  const start = yearOfText(input.start);
  const end = yearOfText(input.end);
  if (start !== null && year < start) year = start;
  if (end !== null && year > end) year = end;
  return year;
}

/** Checked inputs → the normalised project (the schema has already refused anything invalid). */
export function toNewProject(input: NewProjectInput, currentYear: number): NewProject {
  const project: NewProject = {
    name: input.name.trim(),
    sheetName: sheetNameOf(input),
    budgetYear: budgetYearFor(input, currentYear),
  };
  const amount = amountText(input.amount);
  if (amount !== null) project.amount = amount;
  const start = yearOfText(input.start);
  if (start !== null) project.startYear = start;
  const end = yearOfText(input.end);
  if (end !== null) project.endYear = end;
  const unit = trimmed(input.unit);
  if (unit !== undefined) project.unit = unit;
  const from = trimmed(input.from);
  if (from !== undefined) project.from = from;
  const type = trimmed(input.type);
  if (type !== undefined) project.type = type as NewProject['type'];
  // The type's starting set unless the user's choice (ticked ids) is given; unknown ids are dropped.
  const chosen = input.indicators ?? (project.type ? starterSet(project.type).map((i) => i.id) : []);
  const indicators = indicatorsById(chosen).map((i) => i.id);
  if (indicators.length > 0) project.indicators = indicators;
  return NewProjectSchema.parse(project);
}

/** The workbook's project sheets that can be copied: kind 'project' with a 项目名称 and an indicator table. */
export function copyableProjectSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter((sheet) => isCopyable(sheet)).map((sheet) => sheet.name);
}

function isCopyable(sheet: SheetSnapshot): boolean {
  const { model } = readSheet(sheet);
  return model.kind === 'project' && model.header['项目名称'] !== undefined && model.table !== null;
}

/**
 * Validates the inputs against the workbook (null: a new, empty workbook) and builds the sheet:
 * the default template, or a copy of the `from` sheet's layout.
 */
export function planNewProject(input: NewProjectInput, snapshot: WorkbookSnapshot | null, currentYear: number): NewProjectResult {
  const sheets = snapshot?.sheets ?? [];
  const parsed = newProjectInputSchema(sheets.map((s) => s.name)).safeParse(input);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues) };
  const project = toNewProject(parsed.data, currentYear);
  if (project.from === undefined) {
    return { ok: true, spec: buildProjectSheet(project, indicatorsById(project.indicators ?? [])), project, skipped: [] };
  }

  const from = project.from;
  const source = sheets.find((s) => s.name === from) ?? sheets.find((s) => s.name.toLowerCase() === from.toLowerCase());
  if (!source) return { ok: false, errors: [copyFromErrors.missing(from)] };
  const read = readSheet(source);
  if (read.model.kind !== 'project' || !read.model.header['项目名称'] || !read.model.table) {
    return { ok: false, errors: [copyFromErrors.notProject(from)] };
  }
  const copied = copyProjectSheet(source, read, project);
  // A copy keeps the source's rows; the library's starting indicators are for the default template.
  const skipped = project.indicators ? [...copied.skipped, '指标库起始指标'] : copied.skipped;
  return { ok: true, spec: copied.spec, project, skipped };
}
