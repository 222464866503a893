import { columnLetters } from '../a1';
import { composeValue } from '../values';
import { level1Of, level2Of } from '../vocabulary';
import type { SheetGrid } from './grid';
import type { TableHeader } from './tableHeader';
import type { TextFacts } from './textFacts';

export interface RowCell {
  text: string;
  address: string;
  col: number;
}

/** The cells of one table row, by what they hold. */
export interface RowRead {
  row: number;
  level1?: RowCell;
  level2?: RowCell;
  level3?: RowCell;
  period?: RowCell;
  annual?: RowCell;
  parts?: string[];
  extra?: Record<string, string>;
  /** True when the row did not fit the header and its cells were re-anchored by content. */
  shifted: boolean;
}

function cellAt(grid: SheetGrid, row: number, col: number | undefined): RowCell | undefined {
  if (col === undefined) return undefined;
  const text = grid.text(row, col);
  return text === '' ? undefined : { text, address: grid.address(row, col), col };
}

/** A name cell of the row, where a merge across the row counts once, at its anchor. */
function ownCellAt(grid: SheetGrid, row: number, col: number | undefined): RowCell | undefined {
  const facts = col === undefined ? undefined : grid.ownFacts(row, col);
  return facts === undefined ? undefined : { text: facts.text, address: grid.address(row, col as number), col: col as number };
}

/** What ownCellAt's cell holds, without making the cell. */
function ownFactsAt(grid: SheetGrid, row: number, col: number | undefined): TextFacts | undefined {
  return col === undefined ? undefined : grid.ownFacts(row, col);
}

/**
 * A row fits its header when level names stand in the level columns, the label column holds
 * nothing else, no target stands in the 三级 column, and nothing stands in a column the header does not name.
 */
export function fitsHeader(grid: SheetGrid, row: number, header: TableHeader): boolean {
  const c = header.columns;
  if (header.tree) return true;
  const rowCols = grid.filledColumns(row);
  for (let ci = 0; ci < rowCols.length; ci++) {
    const col = rowCols[ci];
    if (col >= header.span.left && col <= header.span.right && !header.named.has(col)) return false;
  }
  if (c.label !== undefined && grid.text(row, c.label) !== '' && grid.facts(row, c.label).role !== 'label') return false;
  const level1 = ownFactsAt(grid, row, c.level1);
  const level2 = ownFactsAt(grid, row, c.level2);
  const level3 = ownFactsAt(grid, row, c.level3);
  // Text the vocabulary does not know stands in a level column either as an unknown category (the
  // row's 三级 is where it should be) or as a slid 三级 name (the 三级 column is empty).
  const named = level3 !== undefined && !level3.quantitative;
  if (level1 && !level1.level1 && !(named && unknownCategory(level1))) return false;
  if (level2 && !level2.level2 && !(named && unknownCategory(level2))) return false;
  let targets = targetFlags(grid, row, c.period) | targetFlags(grid, row, c.annual);
  // Most tables have no operator or unit column of their own: no call for them.
  if (c.operator !== undefined) targets |= targetFlags(grid, row, c.operator);
  if (c.unit !== undefined) targets |= targetFlags(grid, row, c.unit);
  // A category name in the 三级 column is a category row slid right, unless targets stand beside it:
  // then it is an indicator named like a category (服务对象满意度 under 服务对象满意度指标).
  if (level3 && (targets & HAS_TARGET) === 0 && (level3.level1 || level3.level2)) return false;
  if (targets & LEVEL_NAME_AS_TARGET) return false;
  if (level3 && level3.quantitative && (targets & MISSING_TARGET) !== 0) return false;
  return true;
}

const HAS_TARGET = 1;
const MISSING_TARGET = 2;
const LEVEL_NAME_AS_TARGET = 4;

/** What stands in one target column of the header (none when the header has no such column). */
function targetFlags(grid: SheetGrid, row: number, col: number | undefined): number {
  if (col === undefined) return 0;
  if (grid.text(row, col) === '') return MISSING_TARGET;
  const facts = grid.facts(row, col);
  return facts.level1 !== null || facts.level2 !== null ? HAS_TARGET | LEVEL_NAME_AS_TARGET : HAS_TARGET;
}

/** A category name the vocabulary does not know: short, not a value, named like a category (…指标 / …值). */
function unknownCategory(facts: TextFacts): boolean {
  return facts.text.length <= 12 && !facts.quantitative && /(指标|值)$/.test(facts.text.replace(/\s+/g, ''));
}

/**
 * A RowRead for readByPosition and readByContent to fill, row after row: a table's rows are read one at
 * a time into one object (every field set on each read), not one object per row.
 */
export function rowRead(): RowRead {
  return { row: 0, level1: undefined, level2: undefined, level3: undefined, period: undefined, annual: undefined, parts: undefined, extra: undefined, shifted: false };
}

/** Reads the row into `read` (see rowRead) by the header's columns. */
export function readByPosition(grid: SheetGrid, row: number, header: TableHeader, read: RowRead): RowRead {
  const c = header.columns;
  read.row = row;
  read.level1 = ownCellAt(grid, row, c.level1);
  read.level2 = ownCellAt(grid, row, c.level2);
  read.level3 = ownCellAt(grid, row, c.level3);
  read.period = undefined;
  read.annual = undefined;
  read.parts = undefined;
  read.extra = undefined;
  read.shifted = false;
  if (header.tree) readTreeCell(read);
  if (c.operator !== undefined || c.unit !== undefined) {
    readSplitTarget(grid, row, header, read);
  } else {
    read.period = cellAt(grid, row, c.period);
    read.annual = cellAt(grid, row, c.annual);
  }
  read.extra = readExtra(grid, row, header);
  return read;
}

/** One column holding categories and names in turn: the cell is one of the three by what it names. */
function readTreeCell(read: RowRead): void {
  const cell = read.level3;
  read.level1 = cell && level1Of(cell.text) ? cell : undefined;
  read.level2 = cell && !read.level1 && level2Of(cell.text) ? cell : undefined;
  if (read.level1 || read.level2) read.level3 = undefined;
}

/**
 * 指标值类型 · 目标值 · 度量单位 in separate columns: each target is composed from its number column
 * and the shared operator and unit columns.
 */
function readSplitTarget(grid: SheetGrid, row: number, header: TableHeader, read: RowRead): void {
  const c = header.columns;
  const compose = (numberCol: number | undefined): RowCell | undefined => {
    const cols = [c.operator, numberCol, c.unit].filter((col): col is number => col !== undefined);
    const parts = cols.map((col) => grid.text(row, col));
    if (numberCol === undefined || grid.isEmpty(row, numberCol)) return undefined;
    read.parts = parts;
    const anchor = cellAt(grid, row, numberCol) ?? cols.map((col) => cellAt(grid, row, col)).find(Boolean);
    return { text: composeValue(parts), address: anchor?.address ?? '', col: anchor?.col ?? numberCol };
  };
  read.period = compose(c.period);
  read.annual = compose(c.annual);
}

function readExtra(grid: SheetGrid, row: number, header: TableHeader): Record<string, string> | undefined {
  const extra = header.columns.extra;
  let read: Record<string, string> | undefined;
  // for-in, not Object.keys: no array made per row (extra is a plain object literal: own keys only).
  for (const name in extra) {
    const text = grid.text(row, extra[name]);
    if (text !== '') (read ??= {})[name] = text;
  }
  return read;
}

/**
 * A row that does not fit is read by content: level names wherever they stand, the first free text
 * is the 三级 name, values (by the value grammar, or free text after the name) are the targets in order.
 */
export function readByContent(grid: SheetGrid, row: number, header: TableHeader, read: RowRead): RowRead {
  read.row = row;
  read.level1 = undefined;
  read.level2 = undefined;
  read.level3 = undefined;
  read.period = undefined;
  read.annual = undefined;
  read.parts = undefined;
  read.shifted = true;
  // At most one value per column of the span: made at that size (a push onto [] reserves 17 slots), cut to fit below.
  const values = new Array<RowCell>(Math.max(0, header.span.right - header.span.left + 1));
  let count = 0;
  for (let col = header.span.left; col <= header.span.right; col++) {
    if (isExtraColumn(header.columns.extra, col)) continue;
    const facts = grid.ownFacts(row, col);
    if (!facts || facts.role === 'label') continue;
    const cell: RowCell = { text: facts.text, address: grid.address(row, col), col };
    if (!read.level1 && !read.level2 && !read.level3 && count === 0 && facts.level1) read.level1 = cell;
    else if (!read.level2 && !read.level3 && count === 0 && facts.level2) read.level2 = cell;
    else if (!read.level3 && count === 0 && !facts.quantitative) read.level3 = cell;
    else values[count++] = cell;
  }
  values.length = count;
  assignValues(read, values, header);
  read.extra = readExtra(grid, row, header);
  return read;
}

function isExtraColumn(extra: Record<string, number>, col: number): boolean {
  for (const name in extra) if (extra[name] === col) return true;
  return false;
}

function assignValues(read: RowRead, values: RowCell[], header: TableHeader): void {
  const c = header.columns;
  if (c.operator !== undefined || c.unit !== undefined) {
    if (values.length === 0) return;
    const parts = new Array<string>(values.length);
    for (let i = 0; i < values.length; i++) parts[i] = values[i].text;
    read.parts = parts;
    const target: RowCell = { text: composeValue(parts), address: values[0].address, col: values[0].col };
    if (c.annual !== undefined) read.annual = target;
    else read.period = target;
    return;
  }
  const hasPeriod = c.period !== undefined;
  const hasAnnual = c.annual !== undefined;
  if (hasPeriod && hasAnnual) {
    if (values.length >= 2) {
      read.period = values[0];
      read.annual = values[1];
    }
    else if (values.length === 1) {
      if (values[0].col >= (c.annual as number)) read.annual = values[0];
      else read.period = values[0];
    }
  } else if (hasAnnual) read.annual = values[0];
  else if (hasPeriod) read.period = values[0];
}

/** The column letters a shifted row was expected to use, for the layout warning. */
export function expectedColumns(header: TableHeader): Record<string, string> {
  const c = header.columns;
  const expected: Record<string, string> = {};
  putLetters(expected, 'level1', c.level1);
  putLetters(expected, 'level2', c.level2);
  putLetters(expected, 'level3', c.level3);
  putLetters(expected, 'periodValue', c.period);
  putLetters(expected, 'annualValue', c.annual);
  return expected;
}

function putLetters(expected: Record<string, string>, key: string, col: number | undefined): void {
  if (col !== undefined) expected[key] = columnLetters(col);
}
