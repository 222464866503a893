import type { SheetGrid } from './grid';
import type { ColumnRole } from '../vocabulary';
import type { RoleRead } from './contentRoles';

/** What each column of an indicator table holds, learned from its header row (1-based columns). */
export interface TableColumns {
  label?: number;
  level1?: number;
  level2?: number;
  level3: number;
  period?: number;
  annual?: number;
  /** Split layouts: 指标值类型 / 指标性质 and 度量单位 / 计量单位 beside the number column. */
  operator?: number;
  unit?: number;
  /** Columns that are not targets (备注, 权重, 分值 …), by header text. */
  extra: Record<string, number>;
}

export interface TableHeader {
  row: number;
  /** First row of data (after a second header row, if any). */
  dataRow: number;
  columns: TableColumns;
  /** Every column the header names, for telling which cells of a row stand where they should. */
  named: Set<number>;
  /** The target the block holds when the sheet gives long-term and annual targets in separate blocks. */
  block: 'both' | 'period' | 'annual';
  /** The columns the table spans: blocks side by side each own their part of the row. */
  span: { left: number; right: number };
  /** One column holds 一级, 二级 and the names in turn (level1 = level2 = level3). */
  tree?: boolean;
  /** How each column's role was decided; set for tables found by content. */
  roles?: RoleRead[];
  /** Set when the table was found by what its cells hold rather than by a header row's words. */
  foundBy?: 'content';
  /** The table's last row, when it was found by content. */
  lastRow?: number;
}

const PERIOD_WORDS = /实施周期|实施期|中长期|长期|[0-9]{4}年?[-~～至][0-9]{4}/;
const ANNUAL_WORDS = /年度|当年|^[0-9]{4}年$/;

/** Finds every indicator table header on a sheet: a row naming 三级 and at least one level and a target. */
export function findTableHeaders(grid: SheetGrid): TableHeader[] {
  const headers: TableHeader[] = [];
  // No closure in this loop: one capturing `row` would make V8 allocate a context for every row.
  for (let row = grid.top; row <= grid.bottom; row++) {
    // Every header names 三级: a row naming none (most rows) has no block to look at.
    if (namesLevel3(grid, row)) headersOfRow(grid, row, headers);
  }
  return headers;
}

/** The headers a row naming 三级 starts (one per block side by side), added to `headers`. */
function headersOfRow(grid: SheetGrid, row: number, headers: TableHeader[]): void {
  const roles = rolesOfRow(grid, row);
  if (!hasRole(roles, 'level3')) return;
  const blocks = splitBlocks(roles);
  const first = headers.length;
  for (let i = 0; i < blocks.length; i++) {
    const span = {
      left: i === 0 ? grid.left : blocks[i][0].col,
      right: i + 1 < blocks.length ? blocks[i + 1][0].col - 1 : grid.right,
    };
    const header = headerFromRoles(grid, row, blocks[i], span, i > 0);
    if (header) headers.push(header);
  }
  // Side by side without titles: the first block is the long-term one, the second the annual one.
  if (headers.length - first === 2) {
    const long = headers[first];
    const annual = headers[first + 1];
    if (long.block !== 'both' && annual.block !== 'both' && long.block === annual.block) {
      headers[first] = asBlock(long, 'period');
      headers[first + 1] = asBlock(annual, 'annual');
    }
  }
}

function asBlock(header: TableHeader, block: 'period' | 'annual'): TableHeader {
  const target = header.columns.period ?? header.columns.annual;
  const columns = { ...header.columns, period: block === 'period' ? target : undefined, annual: block === 'annual' ? target : undefined };
  return { ...header, columns, block };
}

/** A cell of the row names 三级 (a quick look before rolesOfRow, which also weighs merges). */
function namesLevel3(grid: SheetGrid, row: number): boolean {
  // Without merges every cell showing text has it of its own: the row's filled cells are all there is.
  if (!grid.hasMerges) {
    const filled = grid.filledFacts(row);
    for (let i = 0; i < filled.length; i++) if (filled[i].headerRole === 'level3') return true;
    return false;
  }
  for (let col = grid.left; col <= grid.right; col++) if (grid.facts(row, col).headerRole === 'level3') return true;
  return false;
}

/**
 * The header words of a row. A cell merged down from the row above counts here too: a two-row header
 * often merges 实施周期指标值 / 年度指标值 down beside 一级 / 二级 / 三级 in its second row.
 */
function rolesOfRow(grid: SheetGrid, row: number): Array<{ col: number; role: ColumnRole; text: string }> {
  const roles: Array<{ col: number; role: ColumnRole; text: string }> = [];
  for (let col = grid.left; col <= grid.right; col++) {
    const facts = grid.facts(row, col);
    const role = facts.headerRole;
    if (role && !grid.coveredFromLeft(row, col)) roles.push({ col, role, text: facts.text });
  }
  return roles;
}

/** Long-term and annual blocks side by side repeat the level columns: split where 三级 repeats. */
function splitBlocks<T extends { role: ColumnRole }>(roles: T[]): T[][] {
  const blocks: T[][] = [[]];
  for (let i = 0; i < roles.length; i++) {
    const entry = roles[i];
    const current = blocks[blocks.length - 1];
    const repeats = (entry.role === 'level3' || entry.role === 'level1') && hasRole(current, entry.role);
    if (repeats) blocks.push([entry]);
    else current.push(entry);
  }
  return blocks;
}

function hasRole(roles: Array<{ role: ColumnRole }>, role: ColumnRole): boolean {
  for (let i = 0; i < roles.length; i++) if (roles[i].role === role) return true;
  return false;
}

function headerFromRoles(
  grid: SheetGrid,
  row: number,
  roles: Array<{ col: number; role: ColumnRole; text: string }>,
  span: TableHeader['span'],
  besideAnother = false,
): TableHeader | null {
  // One pass over the roles, in plain loops: this runs for every header row, mostly before the JIT warms up.
  let label: number | undefined;
  let level1: number | undefined;
  let level2: number | undefined;
  let level3: number | undefined;
  let operator: number | undefined;
  let unit: number | undefined;
  let levels = 0;
  const targets: Array<{ col: number; role: ColumnRole }> = [];
  const extra: Record<string, number> = {};
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i];
    switch (r.role) {
      case 'label':
        label ??= r.col;
        break;
      case 'level1':
        level1 ??= r.col;
        levels++;
        break;
      case 'level2':
        level2 ??= r.col;
        levels++;
        break;
      case 'level3':
        level3 ??= r.col;
        break;
      case 'operator':
        operator ??= r.col;
        break;
      case 'unit':
        unit ??= r.col;
        break;
      case 'extra':
        extra[r.text] = r.col;
        break;
      default:
        targets.push(r);
    }
  }
  // A block beside another may leave the levels to it (三级 | 指标值 repeated for the annual targets).
  if (level3 === undefined || (levels === 0 && !besideAnother) || targets.length === 0) return null;

  const columns: TableColumns = { label, level1, level2, level3, operator, unit, extra };
  // Any other column the header names (序号, 数据来源 …) holds something that is not a target.
  const rowCols = grid.filledColumns(row);
  for (let ci = 0; ci < rowCols.length; ci++) {
    const col = rowCols[ci];
    if (col >= span.left && col <= span.right && !namesColumn(roles, col) && grid.text(row, col).length <= 20) columns.extra[grid.text(row, col)] = col;
  }
  let dataRow = row + 1;
  const subHeader = readSubHeader(grid, row, targets);
  const mergedTarget = targets.length === 1 && targets[0].role === 'target' ? mergedColumns(grid, row, targets[0].col) : [];
  if (subHeader) {
    Object.assign(columns, subHeader);
    dataRow = row + 2;
  } else if (mergedTarget.length === 2) {
    // One 指标值 header over two columns and nothing below to tell them apart: the form's order.
    [columns.period, columns.annual] = mergedTarget;
  } else {
    assignTargets(columns, targets);
  }
  // A name header merged over a second column (三级指标 over C:D): what stands under it is kept, not a target.
  for (let i = 0; i < roles.length && grid.hasMerges; i++) {
    const r = roles[i];
    if (r.role === 'period' || r.role === 'annual' || r.role === 'target') continue;
    const cols = mergedColumns(grid, row, r.col);
    for (let k = 1; k < cols.length; k++) columns.extra[`${r.text}·${cols[k] - r.col + 1}`] = cols[k];
  }
  let block: TableHeader['block'] = 'both';
  if (columns.period === undefined || columns.annual === undefined) block = blockOfTitle(grid, row, span);
  if (block === 'period' && columns.period === undefined) {
    columns.period = columns.annual;
    columns.annual = undefined;
  }
  const named = new Set<number>();
  const own = [columns.label, columns.level1, columns.level2, columns.level3, columns.period, columns.annual, columns.operator, columns.unit];
  for (let i = 0; i < own.length; i++) if (own[i] !== undefined) named.add(own[i] as number);
  for (const name in columns.extra) named.add(columns.extra[name]);
  return { row, dataRow, columns, named, block, span };
}

function namesColumn(roles: Array<{ col: number }>, col: number): boolean {
  for (let i = 0; i < roles.length; i++) if (roles[i].col === col) return true;
  return false;
}

/** The columns a header cell's merged area spans in its row (the cell's own column first). */
function mergedColumns(grid: SheetGrid, row: number, col: number): number[] {
  const anchor = grid.address(row, col);
  const cols: number[] = [];
  for (let c = col; c <= grid.right && grid.address(row, c) === anchor; c++) cols.push(c);
  return cols;
}

/** Two targets named in order; a single unnamed target (指标值 / 目标值) is the annual one. */
function assignTargets(columns: TableColumns, targets: Array<{ col: number; role: ColumnRole }>): void {
  // The first two unnamed targets (指标值 / 目标值) and how many there are.
  let unnamed = 0;
  let firstUnnamed: number | undefined;
  let secondUnnamed: number | undefined;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t.role === 'period' && columns.period === undefined) columns.period = t.col;
    else if (t.role === 'annual' && columns.annual === undefined) columns.annual = t.col;
    if (t.role !== 'target') continue;
    if (unnamed === 0) firstUnnamed = t.col;
    else if (unnamed === 1) secondUnnamed = t.col;
    unnamed++;
  }
  if (unnamed >= 2 && columns.period === undefined && columns.annual === undefined) {
    columns.period = firstUnnamed;
    columns.annual = secondUnnamed;
  } else if (unnamed >= 1) {
    if (columns.annual === undefined) columns.annual = firstUnnamed;
    else if (columns.period === undefined) columns.period = firstUnnamed;
  }
}

/** A target header merged over two columns, with 实施周期 / 年度 written in the row below it. */
function readSubHeader(grid: SheetGrid, row: number, targets: Array<{ col: number; role: ColumnRole }>): Partial<TableColumns> | null {
  if (targets.length !== 1 || row + 1 > grid.bottom) return null;
  const found: Partial<TableColumns> = {};
  const anchor = grid.address(row, targets[0].col);
  for (let col = targets[0].col; col <= grid.right && grid.address(row, col) === anchor; col++) {
    const below = grid.label(row + 1, col);
    if (PERIOD_WORDS.test(below) && found.period === undefined) found.period = col;
    else if (ANNUAL_WORDS.test(below) && found.annual === undefined) found.annual = col;
  }
  return found.period !== undefined && found.annual !== undefined ? found : null;
}

/** For a block with one target column: a title row above it (中长期目标 / 年度目标) says which target it is. */
function blockOfTitle(grid: SheetGrid, row: number, span: TableHeader['span']): TableHeader['block'] {
  for (let r = row - 1; r >= Math.max(grid.top, row - 2); r--) {
    const filled = grid.filledColumns(r).filter((col) => col >= span.left && col <= span.right);
    if (filled.length !== 1) continue;
    const text = grid.label(r, filled[0]);
    if (text.length > 20) continue;
    if (PERIOD_WORDS.test(text)) return 'period';
    if (ANNUAL_WORDS.test(text)) return 'annual';
  }
  return 'annual';
}
