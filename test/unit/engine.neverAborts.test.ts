// The engine never aborts: a sheet the reader fails on is a "could not check this sheet" error (so the
// workbook is never called ready), and the other sheets are still checked.
import { checkWorkbook } from '../../src/engine/check';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { parseSeedText } from '../../src/sample/seedSpec';
import { CLEAN_PROJECT_TEXT } from '../cli/cliHarness';

test('a sheet the reader fails on gets one structure.unchecked error; the others are checked', () => {
  const good = specToSnapshot(parseSeedText(CLEAN_PROJECT_TEXT));
  // A grid whose rows are missing: what no host should hand over, and what the engine must survive.
  const broken = { ...good.sheets[0], name: '损坏的表', text: [null], values: [null], formulas: [null], numberFormats: [null] } as unknown as SheetSnapshot;
  const snapshot: WorkbookSnapshot = { sheets: [broken, ...good.sheets] };
  const result = checkWorkbook(snapshot, { lang: 'zh' });
  const unchecked = result.findings.filter((f) => f.rule === 'structure.unchecked');
  expect(unchecked).toHaveLength(1);
  expect(unchecked[0]).toMatchObject({ sheet: '损坏的表', cell: 'A1', severity: 'error' });
  expect(unchecked[0].message).toMatch(/^本表未能检查（.+），其中的问题不会被发现$/);
  expect(result.model.sheets.map((s) => s.kind)).toEqual(['other', 'project']);
  expect(result.model.sheets[1].indicators.length).toBeGreaterThan(0);
});
