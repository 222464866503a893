// The user's word on what a column holds (saved with the workbook) over whatever the reader decided.
import { columnLetters, columnNumber, toA1 } from '../a1';
import type { ColumnOverride } from '../schema';
import type { RoleRead } from './contentRoles';
import type { SheetGrid } from './grid';
import type { TableColumns, TableHeader } from './tableHeader';

/** A role the user set that no longer fits the sheet, so the reader decided that column itself. */
export interface StaleRole {
  override: ColumnOverride;
  /** Where to say so: the column's header cell (its first data cell without a header row; A1 without a table). */
  cell: string;
  /**
   * no-table: no table spans the column; empty: the column holds nothing; header: its header text
   * changed; no-names: with the roles set, no column would hold the indicator names.
   */
  reason: 'no-table' | 'empty' | 'header' | 'no-names';
  /** The header text the column has now. */
  now: string;
}

/** The column's header text in this table ("" when the table has no header row). */
export function headerTextOf(grid: SheetGrid, header: Pick<TableHeader, 'row' | 'dataRow'>, col: number): string {
  return header.row < header.dataRow ? grid.text(header.row, col).trim() : '';
}

const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * The headers with the user's roles applied where they still fit: a column the sheet has emptied, or
 * whose header text is no longer the one seen when the role was set, is read by the reader again — a
 * role kept for a column that now holds something else would misread every row — and is listed as stale.
 */
export function applyUserRoles(grid: SheetGrid, headers: TableHeader[], overrides: ColumnOverride[]): { headers: TableHeader[]; stale: StaleRole[] } {
  if (overrides.length === 0) return { headers, stale: [] };
  const used = new Set<ColumnOverride>();
  const misfits = new Map<ColumnOverride, StaleRole>();
  const applied = headers.map((header) => {
    const fitting = overrides.filter((o) => {
      const col = columnNumber(o.column);
      if (col < header.span.left || col > header.span.right) return false;
      const misfit = misfitOf(grid, header, o, col);
      if (misfit) {
        if (!misfits.has(o)) misfits.set(o, misfit);
        return false;
      }
      used.add(o);
      return true;
    });
    const applied = applyOverrides(grid, header, fitting);
    if (applied === header && fitting.length > 0) {
      // The roles would leave the table without its names: read as the reader decided, and say so.
      for (const o of fitting) {
        used.delete(o);
        misfits.set(o, { override: o, cell: cellOf(header, columnNumber(o.column)), reason: 'no-names', now: headerTextOf(grid, header, columnNumber(o.column)) });
      }
    }
    return applied;
  });
  const stale = overrides
    .filter((o) => !used.has(o))
    .map((o): StaleRole => misfits.get(o) ?? { override: o, cell: 'A1', reason: 'no-table', now: '' });
  return { headers: applied, stale };
}

/** The column's header cell, or its first data cell when the table has no header row. */
function cellOf(header: TableHeader, col: number): string {
  return toA1(header.row < header.dataRow ? header.row : header.dataRow, col);
}

function misfitOf(grid: SheetGrid, header: TableHeader, o: ColumnOverride, col: number): StaleRole | null {
  const now = headerTextOf(grid, header, col);
  const cell = cellOf(header, col);
  if (o.header !== undefined && !same(o.header, now)) return { override: o, cell, reason: 'header', now };
  const last = Math.min(header.lastRow ?? grid.bottom, grid.bottom);
  for (let row = header.dataRow; row <= last; row++) if (!grid.isEmpty(row, col)) return null;
  return { override: o, cell, reason: 'empty', now };
}

type Part = Exclude<keyof TableColumns, 'extra'>;
const PARTS: Part[] = ['label', 'level1', 'level2', 'level3', 'period', 'annual', 'operator', 'unit'];

/** The header with each overridden column in its new role (and out of any other), read by position. */
export function applyOverrides(grid: SheetGrid, header: TableHeader, overrides: ColumnOverride[]): TableHeader {
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
  const others = (header.roles ?? []).filter((r) => !mine.some((o) => o.col === r.col));
  const roles: RoleRead[] = others.filter(stillHolds);
  // A column whose role the user gave to another is a note now, by the user's choice: still listed, so it can be set again.
  const extras = Object.values(columns.extra);
  for (const r of others) if (!stillHolds(r) && extras.includes(r.col)) roles.push({ ...r, role: 'extra', source: 'user', confidence: 1 });
  for (const o of mine) {
    const text = headerTextOf(grid, header, o.col);
    roles.push({ col: o.col, role: o.role, source: 'user', confidence: 1, ...(text ? { header: text } : {}) });
  }
  roles.sort((a, b) => a.col - b.col);
  return { ...header, columns, named, tree, roles };
}
