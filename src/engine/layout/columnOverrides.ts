// The user's word on what a column holds (saved with the workbook) over whatever the reader decided.
import { columnLetters, columnNumber } from '../a1';
import type { ColumnOverride } from '../schema';
import type { RoleRead } from './contentRoles';
import type { TableColumns, TableHeader } from './tableHeader';

type Part = Exclude<keyof TableColumns, 'extra'>;
const PARTS: Part[] = ['label', 'level1', 'level2', 'level3', 'period', 'annual', 'operator', 'unit'];

/** The header with each overridden column in its new role (and out of any other), read by position. */
export function applyOverrides(header: TableHeader, overrides: ColumnOverride[]): TableHeader {
  const mine = overrides
    .map((o) => ({ ...o, col: columnNumber(o.column) }))
    .filter((o) => o.col >= header.span.left && o.col <= header.span.right);
  if (mine.length === 0) return header;
  const columns: TableColumns = { ...header.columns, extra: { ...header.columns.extra } };
  let tree = header.tree;
  for (const o of mine) {
    for (const part of PARTS) if (columns[part] === o.col) (columns as unknown as Record<Part, number | undefined>)[part] = undefined;
    for (const [name, col] of Object.entries(columns.extra)) if (col === o.col) delete columns.extra[name];
    if (tree && o.role !== 'level3') tree = false;
    if (o.role === 'extra') columns.extra[`${o.column}列`] = o.col;
    else {
      // The column that held the role before keeps its cells as a note, not as stray text.
      const before = columns[o.role];
      if (before !== undefined && before !== o.col && !(tree && o.role === 'level3')) columns.extra[`${columnLetters(before)}列`] = before;
      (columns as unknown as Record<Part, number | undefined>)[o.role] = o.col;
    }
  }
  // A tree's column named for one part only is that part now: the others need columns of their own.
  if (!tree && header.tree && columns.level3 !== undefined) {
    if (columns.level1 === columns.level3) columns.level1 = undefined;
    if (columns.level2 === columns.level3) columns.level2 = undefined;
  }
  if (columns.level3 === undefined) return header;
  const named = new Set<number>();
  for (const part of PARTS) if (columns[part] !== undefined) named.add(columns[part] as number);
  for (const col of Object.values(columns.extra)) named.add(col);
  const stillHolds = (r: RoleRead) => {
    if (r.role === 'extra') return Object.values(columns.extra).includes(r.col);
    if (r.role === 'tree') return Boolean(tree) && columns.level3 === r.col;
    return columns[r.role] === r.col;
  };
  const roles: RoleRead[] = (header.roles ?? []).filter((r) => !mine.some((o) => o.col === r.col) && stillHolds(r));
  for (const o of mine) roles.push({ col: o.col, role: o.role, source: 'user', confidence: 1 });
  roles.sort((a, b) => a.col - b.col);
  return { ...header, columns, named, tree, roles };
}
