// "从指标库添加": where a library indicator goes on a sheet — an empty row the form already lists under
// its 一级/二级 — as a change the hosts apply like a rebalance (checked against `before`, undoable).
import { toA1 } from '../a1';
import { readSheet } from '../layout/readSheet';
import type { CellValue, Change, LibraryIndicator, SheetSnapshot } from '../schema';

export type Placement = { ok: true; changes: Change[] } | { ok: false; zh: string; en: string };

function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? '';
}

/**
 * The changes that put `indicator`'s name in the 三级 cell of an empty row of its category: a row of its
 * own 二级 first, else a row of its 一级 whose 二级 cell is empty (which then gets the 二级 name too).
 * The targets are left empty (the user fills them in); a row that holds anything is never written.
 */
export function placeIndicator(sheet: SheetSnapshot, indicator: LibraryIndicator): Placement {
  const { model } = readSheet(sheet);
  const table = model.table;
  const where = `${indicator.level1} / ${indicator.level2}`;
  if (model.kind === 'other' || !table) {
    return { ok: false, zh: `工作表“${sheet.name}”中没有可识别的指标表`, en: `The sheet "${sheet.name}" has no indicator table to add to` };
  }
  const c = table.columns;
  const taken = new Set(model.indicators.map((i) => i.row));
  const isEmpty = (row: number) =>
    [c.level3, c.periodValue, c.annualValue].every((col) => col === undefined || valueAt(sheet, row, col) === '');
  const free = model.categories.filter((r) => !taken.has(r.row) && r.level1 === indicator.level1 && isEmpty(r.row));
  const ownRow = free.find((r) => r.level2 === indicator.level2);
  const openRow = free.find((r) => r.level2 === null && r.level2Raw.trim() === '');
  const target = ownRow ?? openRow;
  if (!target) {
    return {
      ok: false,
      zh: `“${sheet.name}”的「${where}」下没有空行，请先在该组插入一行`,
      en: `"${sheet.name}" has no empty row under ${where}; insert a row in that group first`,
    };
  }
  const reason = `从指标库添加「${indicator.name}」到「${where}」，指标值待填写（例：${indicator.example}）`;
  const change = (col: number, after: string): Change => ({
    sheet: sheet.name,
    cell: toA1(target.row, col),
    before: valueAt(sheet, target.row, col),
    after,
    reason,
    relation: '指标库',
  });
  const changes = [change(c.level3, indicator.name)];
  if (target === openRow && c.level2 !== undefined) changes.unshift(change(c.level2, indicator.level2));
  return { ok: true, changes };
}
