// One amount of a relation: where it is, what it holds now, and how a new amount is written back.
import { amountIn, convert, decimalsOfFormat } from '../money';
import { parseA1 } from '../a1';
import type { SheetGrid } from '../layout/grid';
import type { CellValue, MoneyUnit } from '../schema';
import { decimalsIn, exactFixed, grouped } from './decimal';

/**
 * `number`: a constant amount; `empty`: nothing written (counts as 0); `text`: words where an amount
 * belongs; `formula`: computed by Excel (never overwritten; `value` is its cached result, '' if none).
 */
export type TermState = 'number' | 'empty' | 'text' | 'formula';

export interface Term {
  sheet: string;
  /** The label as the form writes it ("基本支出", "其中:财政拨款"), for reasons and findings. */
  label: string;
  /** The cell holding the amount; null when the form has no cell for it (a label with nothing beside it). */
  cell: string | null;
  state: TermState;
  /** The exact amount: "0" when empty, "" for text or a formula without a cached number. */
  value: string;
  /** The cell's raw value now: a change's `before`. */
  raw: CellValue;
  text: string;
  /**
   * Decimals the cell shows (its number format's, or those of the number written as text); null for
   * General. Amounts are shown and written with at least this many, and never rounded to it.
   */
  decimals: number | null;
  unit: MoneyUnit | null;
  unitInferred: boolean;
  /**
   * Set when the amount is typed as text ("4万元", "40,000元", full-width digits) rather than entered
   * as a number: Excel's own SUM skips such a cell, so money.text-amount reports it.
   */
  asText?: boolean;
  /** The raw value to put in the cell for an exact amount: a number, or text padded to `decimals`. */
  write(amount: string): CellValue;
}

/** Dashes and 无 written in an amount cell mean nothing was spent there. */
const NOTHING = /^([-—–/／\\]+|无)$/;

/** A term whose amount sits in its own cell (the department header, 合计 rows, a value beside a label). */
export function cellTerm(grid: SheetGrid, address: string, label: string, unit: MoneyUnit | null, unitInferred = false): Term {
  const { row, col } = parseA1(address);
  const cell = grid.cell(row, col);
  // Read as the rules read it: a unit written in the cell is converted to the column's unit exactly.
  const read = amountIn(cell.value, cell.text, unit);
  const own = read?.unit ?? unit;
  const term: Term = { sheet: grid.name, label, cell: cell.address, raw: cell.value, text: cell.text, unit: own, unitInferred, state: 'text', value: '', decimals: null, write: keeping(cell.value) };
  if (cell.formula !== '') {
    term.state = 'formula';
    term.value = read?.value ?? '';
    term.decimals = decimalsOfFormat(cell.numFmt);
  } else if (cell.text === '' || NOTHING.test(cell.text.normalize('NFKC'))) {
    term.state = 'empty';
    term.value = '0';
    term.decimals = decimalsOfFormat(cell.numFmt);
    term.write = asNumber(null, null);
  } else if (read !== null) {
    // A new amount goes back in the unit the cell itself is written in.
    const back = read.written && own && read.written !== own ? { from: own, to: read.written } : null;
    term.state = 'number';
    term.value = read.value;
    if (typeof cell.value === 'number') {
      term.decimals = decimalsOfFormat(cell.numFmt);
      term.write = asNumber(back, null);
    } else {
      // A number typed as text stays text, written with as many decimals (and the unit) it had.
      const written = String(cell.value);
      term.decimals = decimalsIn(written);
      term.asText = true;
      term.write = asText(back, written.includes(','), term.decimals, /\s*万?元\s*$/.exec(written.normalize('NFKC'))?.[0] ?? '');
    }
  }
  return term;
}

// Writers are made by these factories (not as named closures in cellTerm): most terms are never
// written, and a closure made in a function per cell costs more than the reading it serves.

function keeping(value: CellValue): (amount: string) => CellValue {
  return () => value;
}

interface Conversion {
  from: MoneyUnit;
  to: MoneyUnit;
}

function asNumber(back: Conversion | null, decimals: number | null): (amount: string) => CellValue {
  return (amount) => Number(exactFixed(back ? convert(amount, back.from, back.to) : amount, decimals));
}

function asText(back: Conversion | null, commas: boolean, decimals: number, suffix: string): (amount: string) => CellValue {
  return (amount) => {
    const exact = back ? convert(amount, back.from, back.to) : amount;
    return `${commas ? grouped(exact, decimals) : exactFixed(exact, decimals)}${suffix}`;
  };
}

/** A label with no cell for its amount: it counts as empty and cannot be written. */
export function missingTerm(sheet: string, label: string, unit: MoneyUnit | null): Term {
  return { sheet, label, cell: null, state: 'empty', value: '0', raw: '', text: '', decimals: null, unit, unitInferred: false, write: () => '' };
}

/**
 * A term written with its label in one cell ("年度资金总额:16", "其中:上级资金16"): a new amount
 * replaces only the number, keeping the label and the number's decimals and grouping.
 */
export function embeddedTerm(grid: SheetGrid, address: string, label: string, prefix: string, number: string, suffix: string, unit: MoneyUnit | null): Term {
  const { row, col } = parseA1(address);
  const cell = grid.cell(row, col);
  const decimals = decimalsIn(number);
  const commas = number.includes(',');
  return {
    sheet: grid.name,
    label,
    cell: cell.address,
    state: 'number',
    value: number.replace(/,/g, '').replace(/^\+/, ''),
    raw: cell.value,
    text: cell.text,
    decimals,
    unit,
    unitInferred: false,
    write: (amount) => `${prefix}${commas ? grouped(amount, decimals) : exactFixed(amount, decimals)}${suffix}`,
  };
}

export function termKey(term: { sheet: string; cell: string | null }): string {
  return `${term.sheet}\u0000${term.cell ?? ''}`;
}
