/** The adapter on the real seed workbook (src/sample/seed.txt), opened in the simulated Excel. */
import { parseA1, toA1 } from '../../src/engine/a1';
import type { SheetSnapshot } from '../../src/engine/schema';
import { sheetSpecToSnapshot, specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { isMarkerFormula } from '../../src/excel/highlightPlan';
import { setup } from './sampleWorkbook';


function nonEmptyValues(sheet: SheetSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '') out[toA1(sheet.origin.row + r, sheet.origin.col + c)] = value;
    }),
  );
  return out;
}

describe('the seed workbook through the Excel adapter', () => {
  const spec = seedWorkbookSpec();
  const expected = specToSnapshot(spec);

  it('reads all of it in two syncs, exactly as the spec describes it', async () => {
    const s = setup({ spec });
    const snapshot = await s.host.readSnapshot();
    expect(s.workbook.syncs).toBe(2);
    expect(snapshot.sheets.length).toBe(spec.sheets.length);
    expect(snapshot).toEqual(expected);
  });

  it('highlights a finding on every sheet in one sync and clears them in two', async () => {
    const s = setup({ spec });
    const findings = expected.sheets.map((sheet) => ({
      sheet: sheet.name,
      cell: toA1(sheet.origin.row, sheet.origin.col),
      severity: 'warning' as const,
      rule: 'r',
      message: 'm',
    }));
    const marks = () => s.workbook.sheets.flatMap((sh) => sh.conditionalFormats.filter((cf) => isMarkerFormula(cf.formula)));
    s.workbook.syncs = 0;
    await s.host.applyHighlights(findings);
    expect(s.workbook.syncs).toBe(1);
    expect(marks()).toHaveLength(spec.sheets.length);
    s.workbook.syncs = 0;
    await s.host.clearHighlights();
    expect(s.workbook.syncs).toBe(2); // every sheet and the recorded sheets' rules, then the deletions with the other sheets' rules
    expect(marks()).toEqual([]);
  });

  it('creates each seed sheet in three syncs and reads back its values, formulas and merges', async () => {
    const s = setup({ spec: { sheets: [] } });
    for (const sheet of spec.sheets) {
      s.workbook.syncs = 0;
      await s.host.createSheet(sheet);
      expect(s.workbook.syncs).toBe(3);
    }
    const back = await s.host.readSnapshot();
    back.sheets.forEach((sheet, index) => {
      const want = sheetSpecToSnapshot(spec.sheets[index]);
      expect(sheet.name).toBe(want.name);
      expect(sheet.merges).toEqual(want.merges);
      const formulas = Object.entries(spec.sheets[index].cells).filter(([, c]) => c.formula);
      for (const [address, cell] of formulas) {
        const { row, col } = parseA1(address);
        expect(sheet.formulas[row - sheet.origin.row][col - sheet.origin.col]).toBe(
          cell.formula!.startsWith('=') ? cell.formula : `=${cell.formula}`,
        );
      }
      const withoutFormulas = (values: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(values).filter(([a]) => !spec.sheets[index].cells[a]?.formula));
      expect(withoutFormulas(nonEmptyValues(sheet))).toEqual(withoutFormulas(nonEmptyValues(want)));
    });
  });
});
