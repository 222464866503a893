// Which sheets' indicator tables the reader was unsure about, and how it read them: the pane shows
// these so the user can check the columns (issue 12).
import type { TableColumnRole, WorkbookModel } from './schema';

export interface TableReading {
  sheet: string;
  /** The roles of the columns that carry the table (not the extra columns), left to right. */
  roles: TableColumnRole[];
}

/** Below this, a role is a guess worth showing. */
export const SURE = 0.9;

/** Sheets whose table was found by content or has a column role the reader was not sure of. */
export function unsureReadings(model: WorkbookModel): TableReading[] {
  const out: TableReading[] = [];
  for (const sheet of model.sheets) {
    const table = sheet.table;
    const roles = (table?.roles ?? []).filter((r) => r.role !== 'extra');
    if (!table || roles.length === 0) continue;
    if (table.foundBy === 'content' || roles.some((r) => r.confidence < SURE)) out.push({ sheet: sheet.name, roles });
  }
  return out;
}
