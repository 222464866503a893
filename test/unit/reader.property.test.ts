import fc from 'fast-check';
import { parseA1, toA1 } from '../../src/engine/a1';
import { readWorkbook } from '../../src/engine/layout/readSheet';
import type { WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { editSheet } from '../../src/sample/specEdit';
import { insertColumns, insertRows } from '../../src/sample/variants';

/** Every indicator of a workbook as "sheet|一级|二级|三级|实施周期|年度", sorted: what must survive any edit. */
function indicatorSet(spec: WorkbookSpec): string[] {
  return readWorkbook(specToSnapshot(spec))
    .model.sheets.flatMap((s, si) => s.indicators.map((i) => [si, i.level1, i.level2, i.level3, i.periodValue, i.annualValue].join('|')))
    .sort();
}

const SEED = seedWorkbookSpec();
const BASELINE = indicatorSet(SEED);
const SHEETS = SEED.sheets.map((s) => s.name);
const lastRow = (name: string) => Math.max(...Object.keys(SEED.sheets.find((s) => s.name === name)!.cells).map((a) => parseA1(a).row));
const tableRows = (name: string) => {
  const sheet = readWorkbook(specToSnapshot(SEED)).model.sheets.find((s) => s.name === name)!;
  return sheet.indicators.map((i) => i.row).concat(sheet.categories.map((c) => c.row));
};

/** Moves every cell of one row one column right (or left, when its first column is free). */
function shiftRow(spec: WorkbookSpec, sheetName: string, row: number, by: 1 | -1): WorkbookSpec {
  return editSheet(spec, sheetName, (sheet) => {
    const inRow = Object.entries(sheet.cells).filter(([a]) => parseA1(a).row === row);
    if (by === -1 && inRow.some(([a]) => parseA1(a).col === 1)) return sheet;
    for (const [a] of inRow) delete sheet.cells[a];
    for (const [a, cell] of inRow) {
      const { col } = parseA1(a);
      sheet.cells[toA1(row, col + by)] = cell;
    }
    return sheet;
  });
}

const sheetName = fc.constantFrom(...SHEETS);

describe('the reader under random edits of the seed', () => {
  it('keeps every indicator with its values when blank rows are inserted anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sheetName, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 }),
        (inserts) => {
          let spec = SEED;
          for (const [name, at, count] of inserts) spec = insertRows(spec, name, 2 + Math.floor(at * lastRow(name)), count);
          expect(indicatorSet(spec)).toEqual(BASELINE);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps every indicator with its values when columns are inserted anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sheetName, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 2 })), { minLength: 1, maxLength: 3 }), (inserts) => {
        let spec = SEED;
        for (const [name, before, count] of inserts) spec = insertColumns(spec, name, before, count);
        expect(indicatorSet(spec)).toEqual(BASELINE);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every indicator with its values when one table row is shifted a column', () => {
    const rows = SHEETS.flatMap((name) => tableRows(name).map((row) => [name, row] as const));
    fc.assert(
      fc.property(fc.constantFrom(...rows), fc.constantFrom(1 as const, -1 as const), ([name, row], by) => {
        expect(indicatorSet(shiftRow(SEED, name, row, by))).toEqual(BASELINE);
      }),
      { numRuns: 150 },
    );
  });
});
