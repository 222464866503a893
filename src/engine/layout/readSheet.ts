import { formYear } from './formYear';
import { columnLetters } from '../a1';
import type { CategoryRow, ColumnOverride, SheetModel, SheetSnapshot, TableLayout, WorkbookModel, WorkbookSnapshot } from '../schema';
import { SheetGrid } from './grid';
import { readHeaderFields } from './headerFields';
import { readIndicatorTable, type CategoryRead, type PlaceholderRow } from './indicatorTable';
import { readKeyTasks } from './keyTasks';
import { mergeBlocks } from './mergeBlocks';
import { detectKind } from './sheetKind';
import { findTableHeaders, type TableHeader } from './tableHeader';
import { applyUserRoles, type StaleRole } from './columnOverrides';
import { findTableByContent } from './contentTable';
import type { RoleRead } from './contentRoles';
import { formEvidence, looksLikeForm, type FormEvidence } from './formEvidence';
import { evidenceOf, headerContradicted, refineSplitColumns, rolesOfHeader } from './tableRoles';

/** The reader's full result for one sheet: the model plus what only rules need. */
export interface SheetRead {
  model: SheetModel;
  /** Category rows (including re-anchored ones) for structure rules. */
  categories: CategoryRead[];
  placeholders: PlaceholderRow[];
  headers: TableHeader[];
  /** The budget year the form states (formYear), or null. */
  year: number | null;
  /** Why the sheet could not be read (an unexpected failure of the reader): a finding says so. */
  unchecked?: string;
  /** Set when no indicator was read: what on the sheet looks like a form, for the never-silent rule. */
  unread?: FormEvidence;
  /** Column roles the user set that no longer fit the sheet (not applied): a finding says so. */
  staleRoles?: StaleRole[];
}

export function readSheet(sheet: SheetSnapshot, overrides: ColumnOverride[] = [], grid = new SheetGrid(sheet)): SheetRead {
  const { headers, stale } = applyUserRoles(grid, tableHeaders(grid), overrides);
  // A bare indicator table, or a sheet that looks like a form, is a project form (see detectKind).
  const labelledKind = detectKind(grid, false);
  const labelled = labelledKind !== 'other';
  const evidence = headers.length ? undefined : formEvidence(grid);
  const formLike = evidence !== undefined && looksLikeForm(evidence, labelled);
  const kind = labelled ? labelledKind : headers.length > 0 || formLike ? 'project' : 'other';
  const tablesStart = headers.length ? headers[0].row - 1 : grid.bottom;
  const reads = headers.map((header, i) => {
    const next = headers.slice(i + 1).find((h) => h.row > header.row);
    return readIndicatorTable(grid, header, header.lastRow ?? (next ? lastRowBefore(grid, next.row) : grid.bottom));
  });
  const merged = mergeBlocks(headers, reads);
  const model: SheetModel = {
    name: sheet.name,
    kind,
    header: kind === 'other' ? {} : readHeaderFields(grid, kind, tablesStart),
    keyTasks: kind === 'department' ? readKeyTasks(grid, tablesStart) : [],
    table: headers.length ? tableLayout(headers[0], merged.lastRow ?? headers[0].row) : null,
    categories: merged.categories.map(withoutShifted),
    indicators: merged.indicators,
  };
  const read: SheetRead = { model, categories: merged.categories, placeholders: merged.placeholders, headers, year: formYear(sheet, model) };
  if (evidence && formLike) read.unread = evidence;
  if (stale.length) read.staleRoles = stale;
  return read;
}

/**
 * The sheet's tables: by their header words where those name the columns and the content agrees,
 * else by content alone (the header row, if any, as evidence).
 */
function tableHeaders(grid: SheetGrid): TableHeader[] {
  const headers = findTableHeaders(grid);
  if (headers.length) {
    const first = headers[0];
    const evidence = headers.map((h) => evidenceOf(grid, h, grid.bottom));
    if (!headerContradicted(evidence[0], first)) {
      const read = new Array<TableHeader>(headers.length);
      for (let i = 0; i < headers.length; i++) {
        const refined = refineSplitColumns(headers[i], evidence[i]);
        read[i] = withRoles(refined, rolesOfHeader(grid, refined, evidence[i]));
      }
      return read;
    }
    const byContent = findTableByContent(grid, first.dataRow);
    return byContent ? [byContent] : headers;
  }
  const byContent = findTableByContent(grid);
  return byContent ? [byContent] : [];
}

/**
 * Reads every sheet; `overrides` are the column roles the user set (saved in the workbook). `grids`
 * holds each sheet's grid as the reader left it (none for a sheet it failed on), for the planner.
 */
export function readWorkbook(snapshot: WorkbookSnapshot, overrides: ColumnOverride[] = []): { model: WorkbookModel; sheets: SheetRead[]; grids: (SheetGrid | undefined)[] } {
  const grids: (SheetGrid | undefined)[] = [];
  const sheets = snapshot.sheets.map((sheet, i) => readSheetOrSay(sheet, overrides.filter((o) => o.sheet === sheet.name), (grid) => (grids[i] = grid)));
  return { model: { sheets: sheets.map((s) => s.model) }, sheets, grids };
}

/** One sheet the reader fails on is not checked, and the findings say so; the other sheets still are. */
function readSheetOrSay(sheet: SheetSnapshot, overrides: ColumnOverride[], keep: (grid: SheetGrid) => void): SheetRead {
  try {
    const grid = new SheetGrid(sheet);
    const read = readSheet(sheet, overrides, grid);
    keep(grid);
    return read;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const model: SheetModel = { name: sheet.name, kind: 'other', header: {}, keyTasks: [], table: null, categories: [], indicators: [] };
    return { model, categories: [], placeholders: [], headers: [], year: null, unchecked: reason };
  }
}

/** The last row of a table that another table follows: a title row above the next header is not data. */
function lastRowBefore(grid: SheetGrid, nextHeaderRow: number): number {
  let row = nextHeaderRow - 1;
  while (row > grid.top && isTitleRow(grid, row)) row--;
  return row;
}

function isTitleRow(grid: SheetGrid, row: number): boolean {
  const filled = grid.filledColumns(row);
  return filled.length === 1 && grid.label(row, filled[0]).length <= 24 && /(指标|目标|目标表|指标表)$/.test(grid.label(row, filled[0]));
}

function tableLayout(header: TableHeader, lastRow: number): TableLayout {
  const c = header.columns;
  const columns: TableLayout['columns'] = { level3: c.level3 };
  if (c.label !== undefined) columns.label = c.label;
  if (c.level1 !== undefined) columns.level1 = c.level1;
  if (c.level2 !== undefined) columns.level2 = c.level2;
  if (c.period !== undefined) columns.periodValue = c.period;
  if (c.annual !== undefined) columns.annualValue = c.annual;
  if (c.operator !== undefined) columns.operator = c.operator;
  if (c.unit !== undefined) columns.unit = c.unit;
  if (Object.keys(c.extra).length) columns.extra = c.extra;
  const layout: TableLayout = { headerRow: header.row, firstRow: header.dataRow, lastRow: Math.max(lastRow, header.dataRow), columns };
  layout.foundBy = header.foundBy ?? 'header';
  if (header.roles) layout.roles = header.roles.map(withColumnLetters);
  return layout;
}

// Written out, not spread or rested: spreads are slow on Node 20. The fields keep their order.
function withColumnLetters(r: RoleRead): RoleRead & { column: string } {
  const column = columnLetters(r.col);
  return 'header' in r
    ? { col: r.col, role: r.role, source: r.source, confidence: r.confidence, header: r.header, column }
    : { col: r.col, role: r.role, source: r.source, confidence: r.confidence, column };
}

/** The header with its roles: its fields in their order, then the roles (as a spread would, but quicker). */
function withRoles(h: TableHeader, roles: RoleRead[]): TableHeader {
  const header: TableHeader = { row: h.row, dataRow: h.dataRow, columns: h.columns, named: h.named, block: h.block, span: h.span };
  if ('tree' in h) header.tree = h.tree;
  header.roles = roles;
  if ('foundBy' in h) header.foundBy = h.foundBy;
  if ('lastRow' in h) header.lastRow = h.lastRow;
  return header;
}

function withoutShifted(c: CategoryRead): CategoryRow {
  return { level1: c.level1, level2: c.level2, level1Raw: c.level1Raw, level2Raw: c.level2Raw, row: c.row, cells: c.cells };
}
