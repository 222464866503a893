import type { KeyTask } from '../schema';
import { amountOf, unitStated } from '../money';
import type { SheetGrid } from './grid';

const TOTAL_LABEL = /^(合计|小计|总计)/;

/** The 年度重点工作任务 rows of a department form: 名称 / 主要实施内容 / 拟投入的资金（元） / 期望达到的目标. */
export function readKeyTasks(grid: SheetGrid, lastRow: number): KeyTask[] {
  const start = findLabel(grid, lastRow, /^年度重点工作任务/);
  if (!start) return [];
  const columns = { name: 0, content: 0, amount: 0, goal: 0 };
  const rowCols = grid.filledColumns(start.row);
  for (let ci = 0; ci < rowCols.length; ci++) {
    const col = rowCols[ci];
    const label = grid.label(start.row, col);
    if (/^(任务)?名称$/.test(label)) columns.name = col;
    else if (/实施内容/.test(label)) columns.content = col;
    else if (/资金|金额/.test(label)) columns.amount = col;
    else if (/目标/.test(label)) columns.goal = col;
  }
  if (!columns.name) return [];
  const stated = unitStated(grid.text(start.row, columns.amount));
  const unit = stated ?? '元';
  const anchor = grid.address(start.row, start.col);
  const tasks: KeyTask[] = [];
  for (let row = start.row + 1; row <= lastRow; row++) {
    if (grid.text(row, start.col) !== '' && grid.address(row, start.col) !== anchor) break;
    const name = grid.text(row, columns.name);
    if (name === '') continue;
    // A 合计 row closes the list: it is the tasks' total, not a task.
    if (TOTAL_LABEL.test(grid.label(row, columns.name)) || TOTAL_LABEL.test(grid.label(row, start.col))) break;
    const amountText = columns.amount ? grid.text(row, columns.amount) : '';
    const task: KeyTask = {
      name,
      content: columns.content ? grid.text(row, columns.content) : '',
      amountText,
      goal: columns.goal ? grid.text(row, columns.goal) : '',
      row,
      cells: { name: grid.address(row, columns.name) },
    };
    if (columns.content) task.cells.content = grid.address(row, columns.content);
    if (columns.amount) {
      task.cells.amount = grid.address(row, columns.amount);
      const parsed = amountOf(grid.value(row, columns.amount), amountText, unit, stated === null);
      if (parsed) task.amount = parsed;
    }
    if (columns.goal) task.cells.goal = grid.address(row, columns.goal);
    tasks.push(task);
  }
  return tasks;
}

function findLabel(grid: SheetGrid, lastRow: number, pattern: RegExp): { row: number; col: number } | null {
  for (let row = grid.top; row <= lastRow; row++) {
    const rowCols = grid.filledColumns(row);
    for (let ci = 0; ci < rowCols.length; ci++) {
      const col = rowCols[ci];
      if (pattern.test(grid.label(row, col))) return { row, col };
    }
  }
  return null;
}
