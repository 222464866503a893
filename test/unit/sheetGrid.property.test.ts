import fc from 'fast-check';
import { parseRange, toA1 } from '../../src/engine/a1';
import { SheetGrid } from '../../src/engine/layout/grid';
import type { SheetSnapshot } from '../../src/engine/schema';
import { normaliseLabel } from '../../src/engine/vocabulary';

/**
 * The grid as the plain definition says: a cell shows its merge anchor's content (the last merge
 * listed wins where areas overlap), text is trimmed, cells beyond the sheet's values are empty.
 */
function referenceCell(sheet: SheetSnapshot, row: number, col: number) {
  let anchor: { row: number; col: number } | undefined;
  for (const merge of sheet.merges) {
    const area = parseRange(merge);
    if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) anchor = { row: area.top, col: area.left };
  }
  const source = anchor ?? { row, col };
  const r = source.row - sheet.origin.row;
  const c = source.col - sheet.origin.col;
  const inValues = r >= 0 && r < sheet.values.length && c >= 0 && c < sheet.values[r].length;
  return {
    text: inValues ? sheet.text[r][c].trim() : '',
    value: inValues ? sheet.values[r][c] : '',
    address: toA1(source.row, source.col),
    covered: anchor !== undefined && (anchor.row !== row || anchor.col !== col),
  };
}

const columnsOf = (grid: SheetGrid) => Array.from({ length: grid.right - grid.left + 1 }, (_, i) => grid.left + i);

const TEXTS = ['', ' ', '产出指标', ' 数量指标 ', '三级指标', '≥95%', '100', '项目名称', '　备注'];

/** Ragged sheets at any origin, with merges that overlap, reach past the values or start outside them. */
const sheetArb = fc
  .record({
    origin: fc.record({ row: fc.integer({ min: 1, max: 4 }), col: fc.integer({ min: 1, max: 4 }) }),
    rows: fc.array(fc.array(fc.constantFrom(...TEXTS), { maxLength: 6 }), { minLength: 0, maxLength: 6 }),
    merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
      maxLength: 4,
    }),
  })
  .map(({ origin, rows, merges }): SheetSnapshot => ({
    name: 'S',
    origin,
    text: rows,
    values: rows.map((row) => row.map((t, i) => (i % 2 ? t : t.length))),
    formulas: rows.map((row) => row.map(() => '')),
    numberFormats: rows.map((row) => row.map(() => 'General')),
    merges: merges.map(([row, col, down, across]) => `${toA1(row, col)}:${toA1(row + down, col + across)}`),
  }));

describe('SheetGrid', () => {
  it('reads every cell, inside the range and around it, as the plain definition says', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const grid = new SheetGrid(sheet);
        const got: unknown[] = [];
        const want: unknown[] = [];
        for (let row = 1; row <= 12; row++) {
          const filled: number[] = [];
          let empty = true;
          for (let col = 1; col <= 12; col++) {
            const ref = referenceCell(sheet, row, col);
            const cell = grid.cell(row, col);
            const fromLeft = ref.covered && Number(ref.address.replace(/^[A-Z]+/, '')) === row;
            want.push([ref.text, ref.value, ref.address, ref.covered, ref.text, ref.address, normaliseLabel(ref.text), ref.text, fromLeft, fromLeft ? undefined : ref.text || undefined, ref.value]);
            got.push([cell.text, cell.value, cell.address, cell.covered, grid.text(row, col), grid.address(row, col), grid.label(row, col), grid.facts(row, col).text, grid.coveredFromLeft(row, col), grid.ownFacts(row, col)?.text, grid.value(row, col)]);
            if (col >= grid.left && col <= grid.right) {
              if (ref.text !== '' && !ref.covered) filled.push(col);
              if (ref.text !== '') empty = false;
            }
          }
          const rowFacts = grid.rowFacts(row);
          want.push([filled, filled.map((col) => referenceCell(sheet, row, col).text), empty, columnsOf(grid).map((col) => referenceCell(sheet, row, col).text || undefined)]);
          got.push([[...grid.filledColumns(row)], grid.filledFacts(row).map((f) => f.text), grid.rowIsEmpty(row), [...rowFacts].map((f) => f?.text)]);
        }
        expect(got).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it('trims every kind of space a cell may hold, as String.prototype.trim does', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085'];
    const textArb = fc.array(fc.constantFrom(...spaces, '产', 'a', '1'), { maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 4 }), (texts) => {
        const sheet: SheetSnapshot = { name: 'S', origin: { row: 1, col: 1 }, text: [texts], values: [texts], formulas: [texts.map(() => '')], numberFormats: [texts.map(() => 'General')], merges: [] };
        const grid = new SheetGrid(sheet);
        expect(texts.map((_, i) => grid.text(1, i + 1))).toEqual(texts.map((t) => t.trim()));
      }),
    );
  });

  it('gives the same cell object each time a cell is asked for', () => {
    const sheet: SheetSnapshot = {
      name: 'S',
      origin: { row: 2, col: 2 },
      text: [['产出指标', ''], ['', '≥95%']],
      values: [['产出指标', ''], ['', '≥95%']],
      formulas: [['', ''], ['', '']],
      numberFormats: [['General', 'General'], ['General', 'General']],
      merges: ['B2:C2'],
    };
    const grid = new SheetGrid(sheet);
    expect(grid.cell(2, 3)).toBe(grid.cell(2, 3));
    expect(grid.cell(2, 3)).toMatchObject({ text: '产出指标', address: 'B2', covered: true });
    expect(grid.filledColumns(2)).toEqual([2]);
    expect(grid.filledColumns(3)).toEqual([3]);
    expect(grid.rowIsEmpty(4)).toBe(true);
  });

  it('lists the filled columns of sheets too wide or too far right to share lists between rows', () => {
    for (const [left, width] of [[1, 40], [70, 5], [2, 30]]) {
      const rows = [0, 1, 2].map((r) => Array.from({ length: width }, (_, c) => ((c + r) % 3 === 0 ? `t${c}` : '')));
      const sheet: SheetSnapshot = {
        name: 'S',
        origin: { row: 1, col: left },
        text: rows,
        values: rows,
        formulas: rows.map((row) => row.map(() => '')),
        numberFormats: rows.map((row) => row.map(() => 'General')),
        merges: [],
      };
      const grid = new SheetGrid(sheet);
      rows.forEach((row, r) => {
        const want = row.flatMap((text, c) => (text ? [left + c] : []));
        expect(grid.filledColumns(r + 1)).toEqual(want);
        expect(grid.filledFacts(r + 1).map((f) => f.text)).toEqual(want.map((col) => `t${col - left}`));
        expect(grid.rowIsEmpty(r + 1)).toBe(want.length === 0);
      });
    }
  });

  it('lists the filled columns right when more patterns of columns are filled than are kept', () => {
    const rows = Array.from({ length: 5000 }, (_, r) => Array.from({ length: 13 }, (_, c) => (((r + 1) >> c) & 1 ? 'x' : '')));
    const sheet: SheetSnapshot = { name: 'S', origin: { row: 1, col: 1 }, text: rows, values: rows, formulas: [], numberFormats: [], merges: [] };
    const grid = new SheetGrid(sheet);
    rows.forEach((row, r) => expect(grid.filledColumns(r + 1)).toEqual(row.flatMap((text, c) => (text ? [c + 1] : []))));
  });
});
