// The column roles the user set, kept in the add-in's very hidden record sheet (`budget-check`, see
// ignoredSheet.ts) beside the ignored findings: titles 工作表 | 列 | 用途 | 表头 in G1:J1, then one row
// per column from row 2, every cell text. Columns A:E stay the ignored findings' (a save of either
// clears only its own block), so a workbook saved by a version that knew only A:E reads as before.
// 表头 is the header text the column had when the role was set: a later check uses the role only
// while the column still has that header (see columnOverrides.ts).
import { ColumnOverrideSchema, type ColumnOverride } from './schema';

export const COLUMN_ROLES_TITLES = ['工作表', '列', '用途', '表头'] as const;
/** The block's first column in the record sheet: G. */
export const COLUMN_ROLES_FIRST_COLUMN = 7;
export const COLUMN_ROLES_COLUMNS = 'G:J';

/** The block's rows for `roles`: titles first, then one row each (a later entry for a column wins). */
export function columnRoleRows(roles: ColumnOverride[]): string[][] {
  return [[...COLUMN_ROLES_TITLES], ...dedupe(roles).map((r) => [r.sheet, r.column, r.role, r.header ?? ''])];
}

/**
 * The roles in the block's values (rows from row 1, columns from G). A block whose first row is not the
 * titles is not ours and gives []; a row that does not hold a sheet, a column and a known role (a hand
 * edit) is skipped.
 */
export function parseColumnRoleRows(values: unknown[][]): ColumnOverride[] {
  const [titles, ...rows] = values;
  if (!titles || COLUMN_ROLES_TITLES.some((title, i) => String(titles[i] ?? '').trim() !== title)) return [];
  const roles: ColumnOverride[] = [];
  for (const row of rows) {
    const [sheet, column, role, header] = COLUMN_ROLES_TITLES.map((_, i) => String(row?.[i] ?? ''));
    const parsed = ColumnOverrideSchema.safeParse({ sheet, column: column.trim().toUpperCase(), role: role.trim(), header });
    if (parsed.success) roles.push(parsed.data);
  }
  return dedupe(roles);
}

/** The block out of a record sheet's values read from A1 (its used range). */
export function columnRolesOfRecord(values: unknown[][], firstColumn = 1): ColumnOverride[] {
  const skip = COLUMN_ROLES_FIRST_COLUMN - firstColumn;
  if (skip < 0) return [];
  return parseColumnRoleRows(values.map((row) => (row ?? []).slice(skip, skip + COLUMN_ROLES_TITLES.length)));
}

/** One role per sheet and column: the last one set. */
function dedupe(roles: ColumnOverride[]): ColumnOverride[] {
  const byColumn = new Map<string, ColumnOverride>();
  for (const r of roles) {
    const key = `${r.sheet}\u0000${r.column}`;
    byColumn.delete(key);
    byColumn.set(key, r);
  }
  return [...byColumn.values()];
}
