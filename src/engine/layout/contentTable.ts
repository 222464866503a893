// Finding an indicator table by what its cells hold, when no header row names it (or names it wrongly).
import { columnEvidence } from './columnEvidence';
import { decideRoles, type HeaderWord } from './contentRoles';
import type { SheetGrid } from './grid';
import type { TableHeader } from './tableHeader';

/** Rows that end the search for more table rows: notes, signatures, the next form. */
const END = /^(填报(人|单位|日期)|填表(人|说明|日期)|联系(人|电话)|审核人|单位负责人|财务负责人|制表人|说明:|备注:|注\d*:|项目(支出)?名称$)/;

/** A row that can start a table: a category named as one, or a bare one (产出, 数量) beside a target. */
function rowHasCategory(grid: SheetGrid, row: number): boolean {
  let weak = false;
  const rowFacts = grid.filledFacts(row);
  for (let ci = 0; ci < rowFacts.length; ci++) {
    const facts = rowFacts[ci];
    if (facts.strongCategory) return true;
    const kind = facts.kind;
    if (kind === 'level1' || kind === 'level2') weak = true;
  }
  return weak && rowHasTarget(grid, row);
}

function rowHasAnyCategory(grid: SheetGrid, row: number): boolean {
  return grid.filledFacts(row).some((facts) => facts.kind === 'level1' || facts.kind === 'level2');
}

function rowHasTarget(grid: SheetGrid, row: number): boolean {
  const filled = grid.filledColumns(row);
  return filled.length >= 2 && grid.filledFacts(row).some((facts) => facts.kind === 'value');
}

function isEnd(grid: SheetGrid, row: number): boolean {
  const first = grid.filledFacts(row)[0];
  return first !== undefined && END.test(first.label);
}

/** A header row: short texts only, none a category or a target, at least two of them. */
function isHeaderRow(grid: SheetGrid, row: number): boolean {
  const filled = grid.filledColumns(row);
  if (filled.length < 2) return false;
  const facts = grid.filledFacts(row);
  return facts.every((f) => f.kind === 'text' || f.kind === 'unit') && facts.some((f) => f.role !== null || /指标|目标|评价|项目|内容|名称/.test(f.text));
}

/** The rows a table spans from its first category row: up over headerless rows that hold targets, down to its end. */
function tableRows(grid: SheetGrid, firstCategory: number): { headerRow?: number; top: number; bottom: number } {
  let top = firstCategory;
  const above = (row: number) => rowHasTarget(grid, row) || rowHasAnyCategory(grid, row);
  while (top - 1 >= grid.top && above(top - 1) && !isEnd(grid, top - 1) && !isHeaderRow(grid, top - 1)) top--;
  const headerRow = top - 1 >= grid.top && isHeaderRow(grid, top - 1) ? top - 1 : undefined;
  let bottom = top;
  let blank = 0;
  for (let row = top + 1; row <= grid.bottom; row++) {
    if (isEnd(grid, row) || isHeaderRow(grid, row)) break;
    if (grid.rowIsEmpty(row)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    bottom = row;
  }
  return { headerRow, top, bottom };
}

function headerWords(grid: SheetGrid, headerRow: number | undefined): Map<number, HeaderWord> {
  const words = new Map<number, HeaderWord>();
  if (headerRow === undefined) return words;
  for (let col = grid.left; col <= grid.right; col++) {
    const text = grid.text(headerRow, col);
    if (text !== '' && text.length <= 20) words.set(col, { text, role: grid.facts(headerRow, col).role });
  }
  return words;
}

/** The table read from content alone, starting at the first row that names a category at or after `from`. */
export function findTableByContent(grid: SheetGrid, from = grid.top): TableHeader | null {
  for (let row = from; row <= grid.bottom; row++) {
    if (!rowHasCategory(grid, row)) continue;
    const header = contentHeader(grid, row);
    if (header) return header;
  }
  // Only bare names (产出, 数量): a table when two or more rows name categories, never one header word.
  const weak: number[] = [];
  for (let row = from; row <= grid.bottom && weak.length < 2; row++) if (rowHasAnyCategory(grid, row)) weak.push(row);
  return weak.length >= 2 ? contentHeader(grid, weak[0]) : null;
}

export function contentHeader(grid: SheetGrid, firstCategory: number): TableHeader | null {
  const { headerRow, top, bottom } = tableRows(grid, firstCategory);
  if (bottom - top < 1 && !rowHasTarget(grid, top)) return null;
  const words = headerWords(grid, headerRow);
  const evidence = columnEvidence(grid, top, bottom);
  const roles = decideRoles(evidence, words);
  if (!roles || roles.level3 === undefined) return null;
  const named = new Set<number>();
  for (const col of [roles.level1, roles.level2, roles.level3, roles.period, roles.annual, roles.operator, roles.unit, ...Object.values(roles.extra)]) {
    if (col !== undefined) named.add(col);
  }
  return {
    row: headerRow ?? top,
    dataRow: top,
    columns: {
      level1: roles.level1,
      level2: roles.level2,
      level3: roles.level3,
      period: roles.period,
      annual: roles.annual,
      operator: roles.operator,
      unit: roles.unit,
      extra: roles.extra,
    },
    named,
    block: roles.period !== undefined && roles.annual !== undefined ? 'both' : roles.period !== undefined ? 'period' : 'annual',
    span: { left: grid.left, right: grid.right },
    tree: roles.tree,
    roles: roles.roles,
    foundBy: 'content',
    lastRow: bottom,
  };
}
