import { toA1 } from '../a1';
import type { CategoryRow, Indicator, IndicatorCells, Level1, Level2 } from '../schema';
import { parseValue } from '../values';
import { level1Of, level2Of } from '../vocabulary';
import type { SheetGrid } from './grid';
import { expectedColumns, fitsHeader, readByContent, readByPosition, rowRead, type RowCell, type RowRead } from './rowCells';
import type { TableHeader } from './tableHeader';
import { textQuestion } from './textFacts';

/** A template row left unfilled (指标2:, ……, **, XX, ××): no indicator, but a rule reports it. */
export interface PlaceholderRow {
  row: number;
  cell: string;
  text: string;
}

/** A row of the category tree that changed a level but is not an indicator; `shifted` as for indicators. */
export interface CategoryRead extends CategoryRow {
  shifted: boolean;
}

export interface TableRead {
  indicators: Indicator[];
  categories: CategoryRead[];
  placeholders: PlaceholderRow[];
}

const PLACEHOLDER = /^(指标\s*\d+\s*[:：]?|[…．.。·]+|\*+|[xX×]{2,}|[-—]+)$/;
/**
 * Rows that end a table: signatures and notes under it (填报人, 说明:, 注1:), or the next form on the
 * same sheet (项目名称). Labels are compared normalised (no spaces, full-width colons as ":"); words
 * that may begin an indicator's name (审核, 说明) end the table only with a colon.
 */
const FOOTER =
  /^(填报(人|单位|日期)|填表(人|说明|日期)|联系(人|电话)|审核(人)?:|审核人|单位负责人|财务负责人|制表(人)?:|制表人|说明:|说明$|备注:|注\d*:|项目(支出)?名称$)/;
/** A total row of the table (合计 of 分值 or 权重): not an indicator. */
const TOTAL = /^(合计|小计|总计)$/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.replace(/\s+/g, ''));
}

/** Reads the rows of one indicator table, from its data row to `lastRow`, carrying levels down. */
export function readIndicatorTable(grid: SheetGrid, header: TableHeader, lastRow: number): TableRead {
  const out: TableRead = { indicators: [], categories: [], placeholders: [] };
  const levels: CarriedLevels = { level1: undefined, level2: undefined, level1Name: null, level2Name: null };
  const scratch = rowRead();
  // The columns a shifted row was expected in: the header's, the same for every row (made once, shared, frozen).
  let expected: Readonly<Record<string, string>> | undefined;
  for (let row = header.dataRow; row <= lastRow; row++) {
    if (grid.rowIsEmpty(row)) continue;
    const end = rowEnd(grid, row);
    if (end === FOOTER_ROW) break;
    if (end === TOTAL_ROW) continue;
    const read = fitsHeader(grid, row, header) ? readByPosition(grid, row, header, scratch) : readByContent(grid, row, header, scratch);
    if (header.tree && read.level1 && levels.level1 && isOlderCostLevel2(grid, read.level1, levels.level1)) {
      read.level2 = read.level1;
      read.level1 = undefined;
    }
    carryLevels(levels, read);
    const name = read.level3?.text ?? '';
    const hasValues = Boolean(read.period || read.annual);
    if (!hasValues && name !== '' && isPlaceholder(name)) {
      out.placeholders.push({ row, cell: read.level3?.address ?? '', text: name });
    } else if (name !== '' || hasValues) {
      if (read.shifted) expected ??= Object.freeze(expectedColumns(header));
      out.indicators.push(toIndicator(read, levels, header, expected));
    } else if (read.level1 || read.level2) {
      const { level1, level2 } = levels;
      out.categories.push({ level1: levels.level1Name, level2: levels.level2Name, level1Raw: level1?.text ?? '', level2Raw: level2?.text ?? '', row, cells: levelCells(levels), shifted: read.shifted });
    }
  }
  return out;
}

/** The 一级 and 二级 cells carried down the table, and the names they give (worked out when they change). */
interface CarriedLevels {
  level1: RowCell | undefined;
  level2: RowCell | undefined;
  level1Name: Level1 | null;
  level2Name: Level2 | null;
}

/** A new 一级 cell starts a new group (no 二级 yet); a 二级 cell holds until the next. */
function carryLevels(levels: CarriedLevels, read: RowRead): void {
  if (read.level1 && read.level1.address !== levels.level1?.address) {
    levels.level1 = read.level1;
    levels.level1Name = level1Of(read.level1.text);
    levels.level2 = undefined;
    levels.level2Name = null;
  }
  if (read.level2) {
    if (read.level2.text !== levels.level2?.text) levels.level2Name = level2Of(read.level2.text)?.level2 ?? null;
    levels.level2 = read.level2;
  }
}

/**
 * In a one-column tree, 成本指标 is the older forms' 二级 under 产出指标 when it is indented deeper than
 * 产出指标, or (no indentation to tell) when it follows 产出指标's rows; otherwise it is the 一级.
 */
function isOlderCostLevel2(grid: SheetGrid, cell: RowCell, current: RowCell): boolean {
  if (!level2Of(cell.text) || level1Of(current.text) !== '产出指标') return false;
  const own = grid.indent(cell.address);
  const parent = grid.indent(current.address);
  return own === parent ? true : own > parent;
}

const TABLE_ROW = 0;
const FOOTER_ROW = 1;
const TOTAL_ROW = 2;

/** Whether the row's first label ends the table (FOOTER) or is its total (TOTAL): asked once per text. */
const END_OF_LABEL = textQuestion(({ label }): number => (FOOTER.test(label) ? FOOTER_ROW : TOTAL.test(label) ? TOTAL_ROW : TABLE_ROW));

function rowEnd(grid: SheetGrid, row: number): number {
  const first = grid.filledFacts(row)[0];
  return first === undefined ? TABLE_ROW : first.answer(END_OF_LABEL);
}

function levelCells(levels: CarriedLevels): IndicatorCells {
  const cells: IndicatorCells = {};
  if (levels.level1) cells.level1 = levels.level1.address;
  if (levels.level2) cells.level2 = levels.level2.address;
  return cells;
}

/** The cells of an indicator: the usual row names all five, in one literal rather than an object grown key by key. */
function indicatorCells(levels: CarriedLevels, level3: string, period: string | undefined, annual: string | undefined): IndicatorCells {
  if (levels.level1 && levels.level2 && period && annual) return { level1: levels.level1.address, level2: levels.level2.address, level3, periodValue: period, annualValue: annual };
  const cells = levelCells(levels);
  cells.level3 = level3;
  if (period) cells.periodValue = period;
  if (annual) cells.annualValue = annual;
  return cells;
}

function toIndicator(read: RowRead, levels: CarriedLevels, header: TableHeader, expected: Readonly<Record<string, string>> | undefined): Indicator {
  // A missing name or target is pointed at where the header says it belongs.
  const c = header.columns;
  const level3 = read.level3?.address ?? toA1(read.row, c.level3);
  const period = read.period?.address || (c.period !== undefined ? toA1(read.row, c.period) : undefined);
  const annual = read.annual?.address || (c.annual !== undefined ? toA1(read.row, c.annual) : undefined);
  const cells = indicatorCells(levels, level3, period, annual);
  const periodValue = read.period?.text ?? '';
  const annualValue = read.annual?.text ?? '';
  const periodParsed = parseValue(periodValue);
  const indicator: Indicator = {
    // The levels' fields written out, not spread: this runs for every row.
    level1: levels.level1Name,
    level2: levels.level2Name,
    level1Raw: levels.level1?.text ?? '',
    level2Raw: levels.level2?.text ?? '',
    level3: read.level3?.text ?? '',
    periodValue,
    annualValue,
    period: periodParsed,
    // Most forms write the same target twice: its parse (one shared object per text) is looked up once.
    annual: annualValue === periodValue ? periodParsed : parseValue(annualValue),
    row: read.row,
    cells,
    shifted: read.shifted,
  };
  if (read.shifted) indicator.expected = expected;
  if (read.extra) indicator.extra = read.extra;
  if (read.parts) indicator.parts = read.parts;
  return indicator;
}
