// The default 项目绩效目标表, laid out as the seed's project sheets: a label column, the header block,
// 总体绩效目标, and the indicator table with one row per canonical 二级.
import { columnLetters, rangeToA1, toA1 } from '../a1';
import type { CellSpec, CellStyle, CellValue, InputPromptSpec, LibraryIndicator, NewProject, SheetSpec } from '../schema';
import { CANONICAL_TREE } from './hierarchy';
import { tableDropdowns, VALUE_PROMPT, type LevelRow } from './dropdowns';

export const TEMPLATE_TITLE = '项目绩效目标表';
/** Six columns: label, then 一级 · 二级 · 三级 · 实施周期指标值 · 当年度指标值 in the table. */
const LAST_COL = 6;
const WIDTHS = { A: 14, B: 14, C: 20, D: 36, E: 18, F: 18 };
export const AMOUNT_FORMAT = '#,##0.00';
const LABEL_FILL = '#F2F2F2';

export const TABLE_HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '当年度指标值'] as const;

/** The rows of the header block, fixed so hosts, tests and the copy logic agree on addresses. */
export const TEMPLATE_ROWS = {
  title: 1,
  name: 2,
  type: 3,
  grade: 4,
  department: 5,
  unit: 6,
  period: 7,
  amount: 8,
  basis: 9,
  summary: 10,
  goals: 11,
  tableHeader: 15,
  firstLevelRow: 16,
} as const;

/** Where each input lands on a generated sheet. */
export const TEMPLATE_CELLS = {
  name: 'B2',
  unit: 'B6',
  startYear: 'C7',
  endYear: 'E7',
  amount: 'B8',
  amountLabel: 'A8',
  periodGoal: 'B12',
  annualGoalLabel: 'B13',
  annualGoal: 'B14',
} as const;

class SheetBuilder {
  readonly cells: Record<string, CellSpec> = {};
  readonly merges: string[] = [];

  put(row: number, col: number, value: CellValue, style: CellStyle = {}, numFmt?: string): void {
    const cell: CellSpec = { value, style: { border: true, vAlign: 'middle', ...style } };
    if (numFmt) cell.numFmt = numFmt;
    this.cells[toA1(row, col)] = cell;
  }

  label(row: number, col: number, text: string): void {
    this.put(row, col, text, { fill: LABEL_FILL, hAlign: 'center', wrap: true });
  }

  /** A value spanning from `col` to the last column; covered cells get the border too. */
  span(row: number, col: number, value: CellValue, style: CellStyle = {}, numFmt?: string): void {
    this.put(row, col, value, style, numFmt);
    for (let c = col + 1; c <= LAST_COL; c++) this.put(row, c, '', style);
    if (col < LAST_COL) this.merges.push(rangeToA1({ top: row, left: col, bottom: row, right: LAST_COL }));
  }

  mergeDown(col: number, top: number, bottom: number): void {
    if (bottom > top) this.merges.push(rangeToA1({ top, left: col, bottom, right: col }));
  }
}

/** "2023年" as the seed writes a year; "" when not given. */
export function yearCellText(year: number | undefined): string {
  return year === undefined ? '' : `${year}年`;
}

/** The amount as the number Excel stores; the decimal string has at most 13 + 2 digits, so it is exact. */
export function amountCellValue(amount: string | undefined): CellValue {
  return amount === undefined ? '' : Number(amount);
}

/**
 * A row's value cells show its library indicator's example as their input message (the value itself
 * is left for the user). Excel caps a prompt's title at 32 characters and its message at 255.
 */
function examplePrompt(row: number, indicator: LibraryIndicator): InputPromptSpec {
  const message = `例：${indicator.example}。${indicator.shows}。实施周期指标值和当年度指标值都要填写。`;
  return { range: `E${row}:F${row}`, title: '指标值示例', message: message.slice(0, 255) };
}

/** The value columns' prompts: the example on library rows, the general rule on the others. */
function valuePrompts(firstRow: number, lastRow: number, fromLibrary: ReadonlyMap<number, LibraryIndicator>): InputPromptSpec[] {
  const prompts: InputPromptSpec[] = [];
  let runStart: number | null = null;
  for (let row = firstRow; row <= lastRow + 1; row++) {
    const indicator = fromLibrary.get(row);
    const plain = row <= lastRow && !indicator;
    if (plain && runStart === null) runStart = row;
    if (!plain && runStart !== null) {
      prompts.push({ range: `E${runStart}:F${row - 1}`, ...VALUE_PROMPT });
      runStart = null;
    }
    if (indicator) prompts.push(examplePrompt(row, indicator));
  }
  return prompts;
}

/** The template's sheet; `starting` are library indicators listed under their 二级 (names only). */
export function buildProjectSheet(project: NewProject, starting: readonly LibraryIndicator[] = []): SheetSpec {
  const b = new SheetBuilder();
  const R = TEMPLATE_ROWS;
  b.put(R.title, 1, TEMPLATE_TITLE, { bold: true, fontSize: 16, hAlign: 'center', border: false });
  b.merges.push(rangeToA1({ top: R.title, left: 1, bottom: R.title, right: LAST_COL }));

  const text = { wrap: true, hAlign: 'left' } as const;
  const headerRows: Array<[number, string, CellValue]> = [
    [R.name, '项目名称', project.name],
    [R.type, '项目类型', ''],
    [R.grade, '项目等级', ''],
    [R.department, '省级主管部门', ''],
    [R.unit, '用款单位', project.unit ?? ''],
  ];
  for (const [row, label, value] of headerRows) {
    b.label(row, 1, label);
    b.span(row, 2, value, text);
  }
  b.label(R.period, 1, '实施周期');
  b.label(R.period, 2, '起始年度');
  b.put(R.period, 3, yearCellText(project.startYear), { hAlign: 'center' });
  b.label(R.period, 4, '到期年度');
  b.span(R.period, 5, yearCellText(project.endYear), { hAlign: 'center' });
  // The unit in the label: the reader and the money rules then know the amount is in 元.
  b.label(R.amount, 1, `${project.budgetYear}年预算金额（元）`);
  b.span(R.amount, 2, amountCellValue(project.amount), { hAlign: 'right' }, AMOUNT_FORMAT);
  b.label(R.basis, 1, '设立依据');
  b.span(R.basis, 2, '', { ...text, vAlign: 'top' });
  b.label(R.summary, 1, '项目概述');
  b.span(R.summary, 2, '', { ...text, vAlign: 'top' });

  b.label(R.goals, 1, '总体绩效目标');
  b.span(R.goals, 2, '实施周期总目标', { fill: LABEL_FILL, hAlign: 'left' });
  b.span(R.goals + 1, 2, '', { ...text, vAlign: 'top' });
  b.span(R.goals + 2, 2, `${project.budgetYear}年度目标`, { fill: LABEL_FILL, hAlign: 'left' });
  b.span(R.goals + 3, 2, '', { ...text, vAlign: 'top' });
  for (let row = R.goals + 1; row <= R.goals + 3; row++) b.put(row, 1, '', { fill: LABEL_FILL });
  b.mergeDown(1, R.goals, R.goals + 3);

  TABLE_HEADER.forEach((header, i) => b.label(R.tableHeader, i + 1, header));
  const levelRows: LevelRow[] = [];
  const fromLibrary = new Map<number, LibraryIndicator>();
  let row = R.firstLevelRow;
  for (const group of CANONICAL_TREE) {
    const top = row;
    for (const level2 of group.level2) {
      const listed = starting.filter((i) => i.level2 === level2);
      const level2Top = row;
      // One row per starting indicator, or one empty row for the user's own.
      for (const indicator of listed.length > 0 ? listed : [null]) {
        b.put(row, 2, row === top ? group.level1 : '', { hAlign: 'center' });
        b.put(row, 3, row === level2Top ? level2 : '', { hAlign: 'center' });
        b.put(row, 4, indicator?.name ?? '', { wrap: true });
        b.put(row, 5, '', { hAlign: 'center', wrap: true });
        b.put(row, 6, '', { hAlign: 'center', wrap: true });
        b.put(row, 1, '', { fill: LABEL_FILL });
        levelRows.push({ row, level1: group.level1, level2Raw: level2 });
        if (indicator) fromLibrary.set(row, indicator);
        row++;
      }
      b.mergeDown(3, level2Top, row - 1);
    }
    b.mergeDown(2, top, row - 1);
  }
  const lastRow = row - 1;
  b.mergeDown(1, R.tableHeader, lastRow);

  const dropdowns = tableDropdowns({ level1: 2, level2: 3, level3: 4, period: 5, annual: 6, firstRow: R.firstLevelRow, lastRow }, levelRows);
  return {
    name: project.sheetName,
    cells: b.cells,
    merges: b.merges,
    columnWidths: { ...WIDTHS },
    printArea: `A1:${columnLetters(LAST_COL)}${lastRow}`,
    validations: dropdowns.validations,
    // The value columns' general prompt is replaced by per-row examples where the library filled a row.
    prompts: fromLibrary.size === 0 ? dropdowns.prompts : [...dropdowns.prompts.filter((p) => p.title !== VALUE_PROMPT.title), ...valuePrompts(R.firstLevelRow, lastRow, fromLibrary)],
  };
}
