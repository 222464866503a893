// A shared formula's master text moved to a dependent cell, exactly as exceljs translates it
// (lib/utils/shared-formula.js): every A1-looking token not followed by "(" is shifted unless anchored
// with $. Reproduced token for token, quirks included, so both readers give the same formulas.
import { columnLetters, columnNumber } from '../../engine/a1';
import { unsupported } from './unsupported';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string, address: string, paren: string | undefined) => {
    if (paren) return match;
    const ref = CELL_REF.exec(address);
    if (!ref) return match;
    const [, colDollar, letters, rowDollar, digits] = ref;
    const colStr = letters.toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return match;
    let col = columnNumber(colStr);
    let row = parseInt(digits, 10);
    if (!colDollar) col += to.col - from.col;
    if (!rowDollar) row += to.row - from.row;
    if (col < 1 || col > 16384) unsupported('shared formula moved off the sheet');
    return `${sheet ?? ''}${colDollar ?? ''}${columnLetters(col)}${rowDollar ?? ''}${row}`;
  });
}
