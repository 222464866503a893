// Totals worth knowing, not errors: the key tasks' total and the project sheets' total against the
// department’s 项目支出 (money.key-tasks-total, money.projects-total). Neither must cover it exactly
// (key tasks may leave spending out; a workbook may not hold every project), so both are info.
import { compare, convert, equal, minus, sum } from '../money';
import type { Amount, SheetModel } from '../schema';
import { money, sheetCell, soleDepartment } from './moneyText';
import type { Hit, Params, RuleDef } from './types';

const SPENDING = '项目支出';

export const MONEY_TOTAL_RULES: RuleDef[] = [
  {
    id: 'money.key-tasks-total',
    family: 'money',
    severity: 'info',
    // Key tasks need not cover all project spending: what they add up to is a fact, not a request.
    note: true,
    basis: { zh: '表样（年度重点工作任务的资金一般来自项目支出）', en: 'the form itself (key tasks are usually funded from 项目支出)' },
    message: {
      zh: (p) =>
        `年度重点工作任务${p.count}项拟投入资金合计${money(p.tasks, '元', 'zh')}（${money(p.tasksWan, '万元', 'zh')}），` +
        `项目支出为${money(p.spending, p.unit, 'zh')}（${money(p.spendingYuan, '元', 'zh')}），相差${money(p.diff, '元', 'zh')}`,
      en: (p) =>
        `the ${p.count} key tasks total ${money(p.tasks, '元', 'en')} = ${money(p.tasksWan, '万元', 'en')}; ` +
        `项目支出 is ${money(p.spending, p.unit, 'en')} = ${money(p.spendingYuan, '元', 'en')}: a difference of ${money(p.diff, '元', 'en')}`,
    },
    suggestion: {
      zh: () => '重点工作任务不必覆盖全部项目支出；如两者应当一致，请核对各任务的拟投入资金（单位：元）',
      en: () => 'key tasks need not cover all project spending; if they should, check each task’s amount (in yuan)',
    },
  },
  {
    id: 'money.projects-total',
    family: 'money',
    severity: 'info',
    // Fewer projects than 项目支出 covers is usual (not every project is in one workbook): a fact.
    note: true,
    basis: { zh: '表样（项目支出由各项目的年度预算金额组成）', en: 'the form itself (项目支出 is made of the projects’ annual budgets)' },
    message: {
      zh: (p) =>
        `本工作簿${p.count}张项目表的年度预算金额合计${money(p.projects, '元', 'zh')}（${money(p.projectsWan, '万元', 'zh')}），` +
        `项目支出为${money(p.spending, p.unit, 'zh')}（${money(p.spendingYuan, '元', 'zh')}），相差${money(p.diff, '元', 'zh')}` +
        (Number(p.skipped) > 0 ? `（另有${p.skipped}张项目表的金额未填或不是数字，未计入）` : ''),
      en: (p) =>
        `the annual budgets of the ${p.count} project sheets total ${money(p.projects, '元', 'en')} = ${money(p.projectsWan, '万元', 'en')}; ` +
        `项目支出 is ${money(p.spending, p.unit, 'en')} = ${money(p.spendingYuan, '元', 'en')}: a difference of ${money(p.diff, '元', 'en')}` +
        (Number(p.skipped) > 0 ? ` (${p.skipped} more project sheets have no numeric amount and are not counted)` : ''),
    },
    suggestion: {
      zh: () => '若所有项目都在本工作簿中，请核对各项目表的年度预算金额与项目支出；否则可忽略此提示',
      en: () => 'if every project is in this workbook, check the project sheets’ amounts against 项目支出; otherwise ignore this note',
    },
  },
  {
    id: 'money.projects-over-spending',
    family: 'money',
    severity: 'warning',
    basis: { zh: '表样（项目支出由各项目的年度预算金额组成）', en: 'the form itself (项目支出 is made of the projects’ annual budgets)' },
    message: {
      zh: (p) =>
        `本工作簿${p.count}张项目表的年度预算金额合计${money(p.projects, '元', 'zh')}（${money(p.projectsWan, '万元', 'zh')}），` +
        `超过了部门整体表的项目支出${money(p.spending, p.unit, 'zh')}（${money(p.spendingYuan, '元', 'zh')}），多出${money(p.diff, '元', 'zh')}`,
      en: (p) =>
        `the annual budgets of the ${p.count} project sheets total ${money(p.projects, '元', 'en')} (${money(p.projectsWan, '万元', 'en')}), ` +
        `more than the department’s 项目支出 of ${money(p.spending, p.unit, 'en')} (${money(p.spendingYuan, '元', 'en')}) by ${money(p.diff, '元', 'en')}`,
    },
    suggestion: {
      zh: () => '项目金额之和不能超过项目支出：核对各项目表的年度预算金额，或调增部门整体表的项目支出',
      en: () => 'the projects cannot add up to more than 项目支出: check each project’s amount, or raise 项目支出 on the department form',
    },
  },
];

export function checkMoneyTotals(sheets: SheetModel[]): Hit[] {
  const hits: Hit[] = [];
  for (const sheet of sheets) {
    if (sheet.kind !== 'department') continue;
    const hit = keyTasksTotal(sheet);
    if (hit) hits.push(hit);
  }
  const department = soleDepartment(sheets);
  if (department) {
    const hit = projectsTotal(department, sheets.filter((s) => s.kind === 'project'));
    if (hit) hits.push(hit);
  }
  return hits;
}

/** 项目支出 in its own unit and in 元, or null when it is not a number. */
function spendingOf(department: SheetModel) {
  const field = department.header[SPENDING];
  if (!field?.amount) return null;
  const { value, unit } = field.amount;
  return { field, value, unit, yuan: convert(value, unit, '元') };
}

function keyTasksTotal(department: SheetModel): Hit | null {
  const tasks = department.keyTasks.filter((t) => t.amountText !== '');
  // A textual amount would make the total a guess (money.not-a-number reports it).
  if (tasks.length === 0 || tasks.some((t) => !t.amount)) return null;
  return totalAgainstSpending(department, 'money.key-tasks-total', 'tasks', tasks.map((t) => t.amount as Amount), {
    params: { count: tasks.length },
    related: tasks.map((t) => t.cells.amount as string),
  });
}

function projectsTotal(department: SheetModel, projects: SheetModel[]): Hit | null {
  const counted = projects.filter((p) => p.header['年度预算金额']?.amount);
  if (counted.length === 0) return null;
  const hit = totalAgainstSpending(department, 'money.projects-total', 'projects', counted.map((p) => p.header['年度预算金额'].amount as Amount), {
    params: { count: counted.length, skipped: projects.length - counted.length },
    related: counted.map((p) => sheetCell(p.name, p.header['年度预算金额'].cell)),
  });
  // More than 项目支出 cannot be explained by projects kept elsewhere: that is a problem, not a fact.
  if (hit && compare(String(hit.params?.projects), String(hit.params?.spendingYuan)) > 0) {
    return { ...hit, rule: 'money.projects-over-spending', cells: [hit.cell, ...(hit.related ?? [])] };
  }
  return hit;
}

/**
 * A sum of amounts (in 元) against the department's 项目支出: a hit on 项目支出 when they differ.
 * `extra.params` is the caller's fresh object, completed here.
 */
function totalAgainstSpending(
  department: SheetModel,
  rule: string,
  name: string,
  amounts: Amount[],
  extra: { params: Params; related: string[] },
): Hit | null {
  const spending = spendingOf(department);
  if (!spending) return null;
  const total = sum(amounts.map((a) => convert(a.value, a.unit, '元')));
  if (equal(total, spending.yuan)) return null;
  // Completed key by key: a literal spreading the params beside computed keys took V8's slow path (about 13 µs a hit).
  const params = extra.params;
  params[name] = total;
  params[`${name}Wan`] = convert(total, '元', '万元');
  params.spending = spending.value;
  params.unit = spending.unit;
  params.spendingYuan = spending.yuan;
  params.diff = minus(total, spending.yuan).replace(/^-/, '');
  return { rule, sheet: department.name, cell: spending.field.cell, params, related: extra.related };
}
