// "Copy from an existing project sheet": the source's layout (labels, merges, number formats, level
// names) with its values cleared (header values, 三级 names, targets), then the new inputs filled in.
import { columnLetters, parseA1, rangeToA1, toA1 } from '../a1';
import type { SheetRead } from '../layout/readSheet';
import { convert, decimalsOfFormat, unitStated } from '../money';
import type { CellSpec, HeaderField, NewProject, SheetSnapshot, SheetSpec } from '../schema';
import { level1Of, level2Of } from '../vocabulary';
import { tableDropdowns, type LevelRow } from './dropdowns';
import { AMOUNT_FORMAT, amountCellValue } from './projectTemplate';

export interface CopiedSheet {
  spec: SheetSpec;
  /** Inputs the source has no place for (its form lacks the label), by the label's name. */
  skipped: string[];
}

const YEAR_PREFIX = /^\d{4}/;

function snapshotCells(source: SheetSnapshot): Record<string, CellSpec> {
  const cells: Record<string, CellSpec> = {};
  source.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const formula = source.formulas[r]?.[c] ?? '';
      const numFmt = source.numberFormats[r]?.[c] ?? 'General';
      if (value === '' && formula === '' && numFmt === 'General') return;
      const cell: CellSpec = { value };
      if (formula !== '') cell.formula = formula;
      if (numFmt !== 'General') cell.numFmt = numFmt;
      cells[toA1(source.origin.row + r, source.origin.col + c)] = cell;
    });
  });
  return cells;
}

/** The cells whose values go: header values, 三级 names, targets and their side columns, placeholders. */
function valueCells(read: SheetRead): Set<string> {
  const { model } = read;
  const clear = new Set<string>();
  for (const field of Object.values(model.header)) if (field.cell !== field.labelCell) clear.add(field.cell);
  const c = model.table?.columns;
  const sideColumns = c ? [c.operator, c.unit, ...Object.values(c.extra ?? {})].filter((col): col is number => col !== undefined) : [];
  for (const indicator of model.indicators) {
    for (const address of [indicator.cells.level3, indicator.cells.periodValue, indicator.cells.annualValue]) if (address) clear.add(address);
    for (const col of sideColumns) clear.add(toA1(indicator.row, col));
  }
  for (const placeholder of read.placeholders) if (placeholder.cell) clear.add(placeholder.cell);
  // Labels and level names are layout: never cleared, whatever a shifted row made of them.
  for (const field of Object.values(model.header)) clear.delete(field.labelCell);
  return clear;
}

function isLevelName(cell: CellSpec | undefined): boolean {
  const text = typeof cell?.value === 'string' ? cell.value : '';
  return text !== '' && (level1Of(text) !== null || level2Of(text) !== null);
}

function setValue(cells: Record<string, CellSpec>, address: string, value: CellSpec['value'], numFmt?: string): void {
  const old = cells[address];
  const cell: CellSpec = { value };
  const format = numFmt ?? old?.numFmt;
  if (format) cell.numFmt = format;
  if (old?.style) cell.style = old.style;
  cells[address] = cell;
}

function withYear(label: string, year: number): string {
  return YEAR_PREFIX.test(label) ? label.replace(YEAR_PREFIX, String(year)) : label;
}

function fillInputs(cells: Record<string, CellSpec>, header: Record<string, HeaderField>, project: NewProject): string[] {
  const skipped: string[] = [];
  const place = (key: string, given: boolean, write: (field: HeaderField) => void) => {
    const field = header[key];
    if (field && field.cell !== field.labelCell) write(field);
    else if (given) skipped.push(key);
  };
  place('项目名称', true, (f) => setValue(cells, f.cell, project.name));
  place('用款单位', project.unit !== undefined, (f) => setValue(cells, f.cell, project.unit ?? ''));
  const year = (key: string, value: number | undefined) =>
    place(key, value !== undefined, (f) => {
      if (value === undefined) return;
      // A form that stores years as numbers keeps numbers; the seed's forms write "2023年".
      setValue(cells, f.cell, typeof cells[f.cell]?.value === 'number' ? value : `${value}年`);
    });
  year('起始年度', project.startYear);
  year('到期年度', project.endYear);
  place('年度预算金额', project.amount !== undefined, (f) => {
    setValue(cells, f.labelCell, withYear(String(cells[f.labelCell]?.value ?? f.label), project.budgetYear));
    if (project.amount === undefined) return;
    const inWan = unitStated(f.label) === '万元';
    const value = inWan ? amountCellValue(convert(project.amount, '元', '万元')) : amountCellValue(project.amount);
    // The source's format unless it would hide the amount's 角/分 (a "0" format shows 50000.5 as 50001).
    const sourceFormat = cells[f.cell]?.numFmt;
    const shown = sourceFormat ? decimalsOfFormat(sourceFormat) : null;
    const needed = String(value).split('.')[1]?.length ?? 0;
    const keepsDecimals = shown !== null && shown >= needed;
    // 万元 amounts keep whatever the form uses (General shows every decimal of the conversion).
    const numFmt = keepsDecimals || inWan ? sourceFormat : AMOUNT_FORMAT;
    setValue(cells, f.cell, value, numFmt);
  });
  const annualGoal = header['年度目标'];
  if (annualGoal) setValue(cells, annualGoal.labelCell, withYear(String(cells[annualGoal.labelCell]?.value ?? annualGoal.label), project.budgetYear));
  return skipped;
}

function levelRows(read: SheetRead): LevelRow[] {
  const rows = [...read.model.categories, ...read.model.indicators].map((r) => ({ row: r.row, level1: r.level1, level2Raw: r.level2Raw }));
  return rows.sort((a, b) => a.row - b.row);
}

function columnWidths(read: SheetRead, left: number, right: number): Record<string, number> {
  const c = read.model.table?.columns;
  const widths: Record<string, number> = {};
  for (let col = left; col <= right; col++) {
    let width = 14;
    if (col === c?.level2) width = 20;
    if (col === c?.level3) width = 36;
    if (col === c?.periodValue || col === c?.annualValue) width = 18;
    widths[columnLetters(col)] = width;
  }
  return widths;
}

export function copyProjectSheet(source: SheetSnapshot, read: SheetRead, project: NewProject): CopiedSheet {
  const cells = snapshotCells(source);
  for (const address of valueCells(read)) {
    if (!cells[address] || isLevelName(cells[address])) continue;
    setValue(cells, address, '');
  }
  const skipped = fillInputs(cells, read.model.header, project);

  const top = source.origin.row;
  const left = source.origin.col;
  const width = source.values.reduce((max, row) => Math.max(max, row.length), 1);
  const right = left + width - 1;
  const table = read.model.table;
  const bottom = Math.max(table?.lastRow ?? 0, top + Math.max(source.values.length, 1) - 1);
  // The form's box: from its first label down to the table's end, every cell bordered and wrapped.
  const labelRows = Object.values(read.model.header).map((f) => parseA1(f.labelCell).row);
  const boxTop = labelRows.length ? Math.min(...labelRows) : top;
  for (let row = boxTop; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const address = toA1(row, col);
      const cell = cells[address] ?? { value: '' };
      cells[address] = { ...cell, style: { border: true, wrap: true, vAlign: 'middle', ...cell.style } };
    }
  }

  let dropdowns: ReturnType<typeof tableDropdowns> = { validations: [], prompts: [] };
  if (table) {
    const c = table.columns;
    dropdowns = tableDropdowns(
      { level1: c.level1, level2: c.level2, level3: c.level3, period: c.periodValue, annual: c.annualValue, firstRow: table.firstRow, lastRow: table.lastRow },
      levelRows(read),
    );
  }
  const spec: SheetSpec = {
    name: project.sheetName,
    cells,
    merges: [...source.merges],
    columnWidths: columnWidths(read, left, right),
    printArea: rangeToA1({ top, left, bottom, right }),
    validations: dropdowns.validations,
    prompts: dropdowns.prompts,
  };
  return { spec, skipped };
}
