import { parseA1, toA1 } from '../../src/engine/a1';
import { readWorkbook } from '../../src/engine/layout/readSheet';
import type { WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { genericNamesVariant, mergedVariant, offsetVariant, percentNumberVariant } from '../../src/sample/variants';
import { SEED_INDICATORS } from '../fixtures/seedIndicators';
import { writeFixture } from '../fixtures/workbooks';

/** The seed's 90 rows as [sheet, 一级, 二级, 三级, 实施周期, 年度, cells] with cells moved by the variant's offset. */
function expectedRows(rowOffset = 0, colOffset = 0) {
  const move = (a1: string) => {
    const { row, col } = parseA1(a1);
    return toA1(row + rowOffset, col + colOffset);
  };
  return SEED_INDICATORS.map(([si, , l1, l2, l3, p, a, cells]) => [si, l1, l2, l3, p, a, cells.split(' ').map(move).join(' ')]);
}

function rowsOf(spec: WorkbookSpec | { sheets: ReturnType<typeof specToSnapshot>['sheets'] }, fromSnapshot = false) {
  const snapshot = fromSnapshot ? (spec as ReturnType<typeof specToSnapshot>) : specToSnapshot(spec as WorkbookSpec);
  const { model } = readWorkbook(snapshot);
  return model.sheets.flatMap((s, si) =>
    s.indicators.map((i) => {
      const c = i.cells;
      return [si, i.level1, i.level2, i.level3, i.periodValue, i.annualValue, `${c.level1} ${c.level2} ${c.level3} ${c.periodValue} ${c.annualValue}`];
    }),
  );
}

const VARIANTS: Array<[string, WorkbookSpec, number, number]> = [
  ['merged label cells', mergedVariant(seedWorkbookSpec()), 0, 0],
  ['percentages stored as numbers', percentNumberVariant(seedWorkbookSpec()), 0, 0],
  ['generic sheet names', genericNamesVariant(seedWorkbookSpec()), 0, 0],
  ['table at another row and column', offsetVariant(seedWorkbookSpec(), 3, 2), 3, 2],
];

describe.each(VARIANTS)('the seed variant with %s', (name, spec, rows, cols) => {
  it('reads the same 90 indicators', () => {
    expect(rowsOf(spec)).toEqual(expectedRows(rows, cols));
  });

  it('reads the same 90 indicators from the generated .xlsx file', async () => {
    const path = await writeFixture(`reader-${name.replace(/\s+/g, '-')}`, spec);
    expect(rowsOf(await readWorkbookFile(path), true)).toEqual(expectedRows(rows, cols));
  });

  it('keeps the department amounts exact', () => {
    const dept = readWorkbook(specToSnapshot(spec)).model.sheets[0];
    expect(dept.kind).toBe('department');
    expect(dept.header['基本支出'].amount).toEqual({ value: '6336.55', unit: '万元', unitInferred: false });
    expect(dept.keyTasks).toHaveLength(9);
  });
});

it('finds the kinds by content when sheets have generic names', () => {
  const { model } = readWorkbook(specToSnapshot(genericNamesVariant(seedWorkbookSpec())));
  expect(model.sheets.map((s) => `${s.name}:${s.kind}`)).toEqual(['Sheet1:department', ...Array.from({ length: 9 }, (_, i) => `Sheet${i + 2}:project`)]);
});
