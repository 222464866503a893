// Which sheets' indicator tables the reader was unsure about, and how it read them: the pane shows
// these so the user can check the columns and set a column's role (issue 12).
import { columnNumber } from './a1';
import { headerTextOf } from './layout/columnOverrides';
import { SheetGrid } from './layout/grid';
import type { ColumnOverride, TableColumnRole, WorkbookModel, WorkbookSnapshot } from './schema';

export interface TableReading {
  sheet: string;
  /** The roles of the columns that carry the table (not the extra columns), left to right. */
  roles: TableColumnRole[];
  /** Every column the reader gave a role, extra columns included, left to right: what the user may reassign. */
  columns: TableColumnRole[];
}

/** Below this, a role is a guess worth showing. */
export const SURE = 0.9;

/**
 * Sheets whose table was found by content, has a column role the reader was not sure of, or has a
 * role the user set (so the user sees it and can take it back).
 */
export function unsureReadings(model: WorkbookModel): TableReading[] {
  const out: TableReading[] = [];
  for (const sheet of model.sheets) {
    const table = sheet.table;
    const columns = [...(table?.roles ?? [])].sort((a, b) => a.col - b.col);
    const roles = columns.filter((r) => r.role !== 'extra');
    if (!table || roles.length === 0) continue;
    const unsure = table.foundBy === 'content' || roles.some((r) => r.confidence < SURE) || columns.some((r) => r.source === 'user');
    if (unsure) out.push({ sheet: sheet.name, roles, columns });
  }
  return out;
}

/**
 * The role the user chose for one column, with the header text the column has now, so a later check
 * can tell whether the sheet still has that column where it was.
 */
export function userRole(
  snapshot: WorkbookSnapshot,
  model: WorkbookModel,
  choice: Pick<ColumnOverride, 'sheet' | 'column' | 'role'>,
): ColumnOverride {
  const table = model.sheets.find((s) => s.name === choice.sheet)?.table;
  const sheet = snapshot.sheets.find((s) => s.name === choice.sheet);
  if (!table || !sheet) return { ...choice };
  const header = headerTextOf(new SheetGrid(sheet), { row: table.headerRow, dataRow: table.firstRow }, columnNumber(choice.column));
  return { ...choice, header };
}
