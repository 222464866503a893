// A key task that is plainly one of the workbook's projects should carry that project's amount
// (money.key-task-vs-project). Names are matched only when it is clear: one contains the other once
// the generic words are dropped, or they share a long run of characters. Weak matches say nothing.
import { memoByText } from '../memo';
import { convert, equal, minus } from '../money';
import type { KeyTask, MoneyUnit, SheetModel } from '../schema';
import { money, sheetCell, soleDepartment } from './moneyText';
import type { Hit, RuleDef } from './types';

/** Words that name the kind of spending, not the project: 经费 / 资金 / 项目 / 工作. */
const GENERIC = /经费|资金|项目|工作/g;
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;
/** A contained name shorter than this (e.g. 宣传) is too weak to say it is the same project. */
const MIN_CONTAINED = 4;
/** A shared run of characters at least this long names the same project. */
const MIN_COMMON = 6;

export const MONEY_KEY_TASK_RULES: RuleDef[] = [
  {
    id: 'money.key-task-vs-project',
    family: 'money',
    severity: 'warning',
    basis: { zh: '常识（同一事项在部门整体表和项目表中的金额应当一致）', en: 'common sense (one piece of work has one amount in both forms)' },
    message: {
      zh: (p) =>
        `重点工作任务「${p.task}」拟投入${money(p.taskAmount, '元', 'zh')}，而项目表「${p.project}」的${p.label}为${money(p.projectAmount, '元', 'zh')}，相差${money(p.diff, '元', 'zh')}`,
      en: (p) =>
        `Key task 「${p.task}」 has ${money(p.taskAmount, '元', 'en')}, but project sheet 「${p.project}」 has ${p.label} ${money(p.projectAmount, '元', 'en')}: a difference of ${money(p.diff, '元', 'en')}`,
    },
    suggestion: {
      zh: (p) => `核对两处金额；若是同一事项，应填同一金额（注意重点工作任务以元为单位）；若不是同一事项，可忽略此警告（项目表：${p.projectCell}）`,
      en: (p) => `Check both amounts; if this is the same work they should match (key tasks are in yuan); if not, ignore this warning (project: ${p.projectCell})`,
    },
  },
];

export function nameCore(name: string): string {
  return cachedCore(name);
}

// Remembered: every key task is compared with every project's name.
const cachedCore = memoByText((name) => name.normalize('NFKC').replace(GENERIC, '').replace(PUNCTUATION, ''));

/** Two rows of the table, reused across calls: a department's tasks meet every project. */
const rows = { above: new Int32Array(64), here: new Int32Array(64) };

function longestCommonRun(a: string, b: string): number {
  if (rows.above.length <= b.length) {
    rows.above = new Int32Array(b.length * 2 + 1);
    rows.here = new Int32Array(b.length * 2 + 1);
  }
  let previous = rows.above;
  let current = rows.here;
  previous.fill(0, 0, b.length + 1);
  current[0] = 0;
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const run = ch === b.charCodeAt(j - 1) ? previous[j - 1] + 1 : 0;
      current[j] = run;
      if (run > best) best = run;
    }
    const row = previous;
    previous = current;
    current = row;
  }
  return best;
}

/** Scores already worked out, by the first name then the second: the same names meet at every check. */
const scores = new Map<string, Map<string, number>>();
const SCORES_LIMIT = 2_000;

/** How clearly two names are the same project: 0 for no match; containment beats a shared run. */
export function nameMatchScore(a: string, b: string): number {
  let byB = scores.get(a);
  if (!byB) {
    if (scores.size >= SCORES_LIMIT) scores.clear();
    byB = new Map();
    scores.set(a, byB);
  }
  let score = byB.get(b);
  if (score === undefined) {
    score = matchScore(nameCore(a), nameCore(b));
    if (byB.size >= SCORES_LIMIT) byB.clear();
    byB.set(b, score);
  }
  return score;
}

function matchScore(x: string, y: string): number {
  const short = x.length <= y.length ? x : y;
  const long = x.length <= y.length ? y : x;
  if (short.length >= MIN_CONTAINED && long.includes(short)) return 1000 + short.length;
  if (short.length < MIN_COMMON) return 0;
  const run = longestCommonRun(x, y);
  return run >= MIN_COMMON ? run : 0;
}

/** The one project clearly matching the task, or null (none, or a tie between equally good ones). */
function matchProject(task: KeyTask, projects: SheetModel[]): SheetModel | null {
  let best: SheetModel | null = null;
  let bestScore = 0;
  let tie = false;
  // Indexed, plain assignments: this runs per key task and project, in V8's interpreter tier.
  for (let i = 0; i < projects.length; i++) {
    const project = projects[i];
    const name = project.header['项目名称']?.value || project.name;
    const score = nameMatchScore(task.name, name);
    if (score === 0) continue;
    if (score > bestScore) {
      best = project;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

export function checkKeyTasksVsProjects(sheets: SheetModel[]): Hit[] {
  const department = soleDepartment(sheets);
  if (!department) return [];
  const projects = sheets.filter((s) => s.kind === 'project');
  const hits: Hit[] = [];
  const tasks = department.keyTasks;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (!task.amount || !task.cells.amount) continue;
    const project = matchProject(task, projects);
    const field = project?.header['年度预算金额'];
    if (!project || !field?.amount) continue;
    const taskYuan = convert(task.amount.value, task.amount.unit, '元');
    const projectYuan = convert(field.amount.value, field.amount.unit as MoneyUnit, '元');
    if (equal(taskYuan, projectYuan)) continue;
    const related = sheetCell(project.name, field.cell);
    hits.push({
      rule: 'money.key-task-vs-project',
      sheet: department.name,
      cell: task.cells.amount,
      params: {
        task: task.name,
        taskAmount: taskYuan,
        project: project.header['项目名称']?.value || project.name,
        label: field.label.replace(/\s+/g, ''),
        projectAmount: projectYuan,
        projectCell: related,
        diff: minus(taskYuan, projectYuan).replace(/^-/, ''),
      },
      related: [related],
    });
  }
  return hits;
}
