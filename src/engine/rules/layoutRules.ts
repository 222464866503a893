// The layout family: rows that do not stand in the columns their table header names.
import type { CategoryRead } from '../layout/indicatorTable';
import type { SheetRead } from '../layout/readSheet';
import { expectedColumns } from '../layout/rowCells';
import type { IndicatorCells } from '../schema';
import { columnNumber } from '../a1';
import type { Hit, RuleFamily } from './types';
import { FORM } from './structureBasis';
import { columnOf, rowOf } from './cellRef';

type Key = keyof IndicatorCells;
const KEYS: Key[] = ['level1', 'level2', 'level3', 'periodValue', 'annualValue'];
const KEY_NAME: Record<Key, { zh: string; en: string }> = {
  level1: { zh: '一级指标', en: 'the first-level indicator' },
  level2: { zh: '二级指标', en: 'the second-level indicator' },
  level3: { zh: '三级指标', en: 'the third-level indicator' },
  periodValue: { zh: '实施周期指标值', en: 'the implementation-period target' },
  annualValue: { zh: '年度指标值', en: 'the annual target' },
};

interface Misplaced {
  key: Key;
  cell: string;
  expected: string;
}

export const layoutFamily: RuleFamily = {
  name: 'layout',
  rules: [
    {
      id: 'layout.shifted',
      family: 'layout',
      severity: 'warning',
      basis: FORM,
      message: {
        zh: (p) => `本行的内容不在表头所示的列：${p.zh}`,
        en: (p) => `This row does not stand in the columns its header names: ${p.en}`,
      },
      suggestion: {
        zh: () => '把本行的内容移到表头所示的列（插入或删除单元格时常会错位）',
        en: () => 'Move the row’s cells into the columns the header names (inserting or deleting cells often shifts a row)',
      },
    },
  ],
  check(ctx) {
    return ctx.reads.flatMap(checkSheet);
  },
};

function checkSheet(read: SheetRead): Hit[] {
  const hits: Hit[] = [];
  for (const indicator of read.model.indicators) {
    if (!indicator.shifted || !indicator.expected) continue;
    const hit = shiftedHit(read.model.name, indicator.row, indicator.cells, indicator.expected);
    if (hit) hits.push(hit);
  }
  for (const category of read.categories) {
    if (!category.shifted) continue;
    const expected = expectedOf(read, category);
    if (!expected) continue;
    const hit = shiftedHit(read.model.name, category.row, category.cells, expected);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** The header the category row belongs to: the nearest one above it whose block spans its cells. */
function expectedOf(read: SheetRead, category: CategoryRead): Record<string, string> | undefined {
  const own = [category.cells.level1, category.cells.level2].filter((a) => rowOf(a) === category.row);
  const col = own.length ? columnNumber(columnOf(own[0]) as string) : undefined;
  const header = read.headers
    .filter((h) => h.row < category.row && (col === undefined || (col >= h.span.left && col <= h.span.right)))
    .sort((a, b) => b.row - a.row)[0];
  return header ? expectedColumns(header) : undefined;
}

function shiftedHit(sheet: string, row: number, cells: IndicatorCells, expected: Record<string, string | undefined>): Hit | null {
  // Cells carried down from rows above (the merged 一级 / 二级) are not this row's to move.
  const own = KEYS.filter((key) => cells[key] !== undefined && rowOf(cells[key]) === row);
  const misplaced: Misplaced[] = own
    .filter((key) => expected[key] !== undefined && columnOf(cells[key]) !== expected[key])
    .map((key) => ({ key, cell: cells[key] as string, expected: expected[key] as string }));
  // Nothing out of place that the user could move: saying which column is wrong would be a guess.
  if (misplaced.length === 0) return null;
  const listed = [...misplaced].sort((a, b) => columnNumber(columnOf(a.cell) as string) - columnNumber(columnOf(b.cell) as string));
  const first = listed[0];
  return {
    rule: 'layout.shifted',
    sheet,
    cell: first.cell,
    params: {
      zh: listed.map((m) => `${KEY_NAME[m.key].zh}应在${m.expected}列`).join('、'),
      en: listed.map((m) => `${KEY_NAME[m.key].en} belongs in column ${m.expected}`).join(', '),
    },
  };
}
