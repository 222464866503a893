import { readWorkbook } from '../../src/engine/layout/readSheet';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { FAMILIES, sheetOf } from '../fixtures/families';

describe.each(FAMILIES.map((f) => [f.name, f] as const))('layout family: %s', (_name, family) => {
  const sheet = readWorkbook(specToSnapshot(sheetOf(family.rows, family.merges))).model.sheets[0];

  it('reads every indicator exactly', () => {
    expect(sheet.indicators.map((i) => [i.level1, i.level2, i.level3, i.periodValue, i.annualValue])).toEqual(family.want);
  });

  it('is read as a form with a table', () => {
    expect(sheet.kind).not.toBe('other');
    expect(sheet.table).not.toBeNull();
  });
});
