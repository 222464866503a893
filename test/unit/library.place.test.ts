// 从指标库添加: the engine finds an empty row of the indicator's category and plans the write.
import { applyChanges } from '../../src/engine/balance/apply';
import { LIBRARY, placeIndicator } from '../../src/engine/library';
import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';

const snapshot = specToSnapshot(seedWorkbookSpec());
const sheet = (name: string) => snapshot.sheets.find((s) => s.name === name)!;
const byName = (name: string) => LIBRARY.find((i) => i.name === name)!;
/** The seed's 援派干部经费 lists 成本指标 / 经济成本指标 in row 16 with nothing in D16:F16. */
const PLACED_AID = [['D16', '', '人均补助标准']];

describe('placeIndicator', () => {
  it('puts a 成本 indicator in the empty 成本指标 row of 援派干部经费, its values left empty', () => {
    const placed = placeIndicator(sheet('援派干部经费'), byName('人均补助标准'));
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    expect(placed.changes.map((c) => [c.cell, c.before, c.after])).toEqual(PLACED_AID);
    expect(placed.changes[0].reason).toContain('从指标库添加「人均补助标准」到「成本指标 / 经济成本指标」');
  });

  it('refuses a category whose rows are all filled, and a sheet with no table', () => {
    const full = placeIndicator(sheet('援派干部经费'), byName('补助发放及时率'));
    expect(full).toMatchObject({ ok: false });
    if (!full.ok) expect(full.zh).toContain('没有空行');
    const none = placeIndicator({ ...sheet('援派干部经费'), values: [['说明']], formulas: [['']], numberFormats: [['General']] }, byName('人均补助标准'));
    expect(none.ok).toBe(false);
  });

  it('after the write, the category is no longer empty and the new row asks only for its values', () => {
    const placed = placeIndicator(sheet('援派干部经费'), byName('人均补助标准'));
    if (!placed.ok) throw new Error(placed.zh);
    const before = checkWorkbook(snapshot, { lang: 'zh' }).findings.filter((f) => f.sheet === '援派干部经费');
    const after = checkWorkbook(applyChanges(snapshot, placed.changes), { lang: 'zh' }).findings.filter((f) => f.sheet === '援派干部经费');
    expect(before.some((f) => f.rule === 'structure.missing-category' && f.message.includes('成本指标'))).toBe(true);
    expect(after.some((f) => f.rule === 'structure.missing-category' && f.message.includes('成本指标'))).toBe(false);
    const cell = placed.changes[placed.changes.length - 1].cell;
    expect(after.filter((f) => f.cell === cell).map((f) => f.rule)).toEqual(['structure.no-value']);
  });
});

