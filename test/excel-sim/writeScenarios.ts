// Scenarios about writing into the user's workbook (issue 13, Why 1–3, 8, 11). Each one failed when run
// on the adapter as it was before issue 13 (commit 46d9eb9, all fixes reverted; checked once) and passes after.
import type { SheetSpec } from '../../src/engine/schema';
import { IGNORED_SHEET } from '../../src/engine/ignoredSheet';
import { change, expectEqual, expectRefusal, expectTrue, oneSheet, rig } from './kit';

/** Before: "1,952,150.00" was written bare, Excel made it a number and the add-in's undo refused. */
export async function textAmountStaysText(): Promise<void> {
  const r = rig(oneSheet({ B2: '1,000,000.00', B3: '40%', B4: '2025-12' }));
  const changes = [change('表', 'B2', '1,000,000.00', '1,952,150.00'), change('表', 'B3', '40%', '50%'), change('表', 'B4', '2025-12', '2026-01')];
  await r.host.applyPlan(changes);
  for (const c of changes) expectEqual(r.workbook.valueAt('表', c.cell), c.after, `${c.cell} after apply`);
  expectTrue(await r.host.undoPlan(), 'undo ran');
  for (const c of changes) expectEqual(r.workbook.valueAt('表', c.cell), c.before, `${c.cell} after undo`);
}

/** Before: "'200" stayed visible in a Text cell, and formulas of a new sheet's Text cells stayed text. */
export async function textFormatCellLiteral(): Promise<void> {
  const r = rig(oneSheet({ B2: ['100', '@'], B3: ['=1+1', '@'] }));
  await r.host.applyPlan([change('表', 'B2', '100', '200'), change('表', 'B3', '=1+1', '=2+2')]);
  expectEqual(r.workbook.valueAt('表', 'B2'), '200', 'Text cell after apply');
  expectEqual(r.workbook.valueAt('表', 'B3'), '=2+2', 'Text cell holding formula-like text');
  const spec: SheetSpec = {
    name: '新表',
    cells: { A1: { value: '001', numFmt: '@' }, B1: { value: 0, formula: 'SUM(C1:C2)', numFmt: '@' } },
    merges: [],
    columnWidths: {},
    validations: [],
  };
  await r.host.createSheet(spec);
  const sheet = r.workbook.requireSheet('新表');
  expectEqual(sheet.cell('A1')?.value, '001', 'literal in a new Text cell');
  expectEqual(sheet.cell('B1')?.formula, '=SUM(C1:C2)', 'formula in a new Text cell');
}

/** Before: a sheet named "2024" and a reason starting with "-" came back with an apostrophe. */
export async function ignoredRecordRoundtrip(): Promise<void> {
  const r = rig(oneSheet({ A1: '项目名称' }, '2024'));
  const ignored = [
    { sheet: '2024', cell: 'B5', rule: 'value.missing', reason: '-不适用' },
    { sheet: '2024', cell: 'C7', rule: 'unit.mixed', reason: '=按规定' },
  ];
  await r.host.saveIgnored(ignored);
  expectEqual(r.workbook.requireSheet(IGNORED_SHEET).visibility, 'VeryHidden', 'record sheet visibility');
  expectEqual(await r.host.loadIgnored(), ignored, 'ignored findings read back');
}

/** Before: cleaning up used the invalid object from worksheets.add, so the half-made sheet stayed. */
export async function createSheetFailureCleansUp(): Promise<void> {
  const r = rig(oneSheet({ A1: '封面' }), { platform: 'web' });
  const broken: SheetSpec = { name: '半成品', cells: { A1: { value: '项目' } }, merges: ['A1:B1', 'B1:C1'], columnWidths: {}, validations: [] };
  await expectRefusal(r.host.createSheet(broken), /新建工作表/, 'overlapping merges');
  expectEqual(r.workbook.sheet('半成品'), undefined, 'half-made sheet after the failure');
  const good: SheetSpec = { name: '项目表', cells: { A1: { value: '项目' } }, merges: ['A1:B1'], columnWidths: {}, validations: [] };
  await r.host.createSheet(good);
  expectEqual(r.workbook.activeSheet, '项目表', 'active sheet after creating on the web');
}

/** Before: a plan target inside a dynamic array's spill range was written and the array broke (#SPILL!). */
export async function spillRangeNotWritten(): Promise<void> {
  const r = rig(oneSheet({ D2: 1, D3: 2, D4: 3 }));
  const sheet = r.workbook.requireSheet('表');
  Object.assign(sheet.touch('D2'), { formula: '=SEQUENCE(3)', spillAnchor: 'D2' });
  sheet.touch('D3').spillAnchor = 'D2';
  sheet.touch('D4').spillAnchor = 'D2';
  await expectRefusal(r.host.applyPlan([change('表', 'D3', 2, 5)]), /溢出|动态数组/, 'write into a spill range');
  expectEqual(r.workbook.valueAt('表', 'D2'), 1, 'spill anchor');
  expectEqual(r.workbook.valueAt('表', 'D3'), 2, 'spilled cell');
}

/** Before: any protected sheet was refused, even where the template leaves the input cells unlocked. */
export async function protectedSheetUnlockedCells(): Promise<void> {
  const r = rig(oneSheet({ A2: '合计', B2: 100, B3: 40, B4: 60 }));
  const sheet = r.workbook.requireSheet('表');
  sheet.touch('B3').locked = false;
  sheet.touch('B4').locked = false;
  sheet.protection = { protected: true, options: { allowFormatCells: true, allowInsertRows: false, allowEditObjects: false } };
  await r.host.applyPlan([change('表', 'B3', 40, 45)]);
  expectEqual(r.workbook.valueAt('表', 'B3'), 45, 'unlocked cell written');
  await expectRefusal(r.host.applyPlan([change('表', 'B4', 60, 55), change('表', 'B2', 100, 100.5)]), /锁定/, 'locked cell');
  expectEqual(r.workbook.valueAt('表', 'B4'), 60, 'nothing written when one target is locked');
  await r.host.applyHighlights([{ sheet: '表', cell: 'B3', severity: 'warning', rule: 'r', message: 'm' }]);
  expectEqual(sheet.conditionalFormats.length, 1, 'highlight on a sheet that allows formatting');
  await r.host.clearHighlights();
  expectEqual(sheet.conditionalFormats.length, 0, 'cleared');
}

/** Before: a workbook with protected structure gave a generic "GeneralException" for the record or a new sheet. */
export async function protectedStructure(): Promise<void> {
  const r = rig(oneSheet({ A1: '项目名称' }));
  r.workbook.structureProtected = true;
  await expectRefusal(r.host.saveIgnored([{ sheet: '表', cell: 'A1', rule: 'r', reason: '无' }]), /结构受保护/, 'record sheet');
  const spec: SheetSpec = { name: '新项目', cells: { A1: { value: '项目' } }, merges: [], columnWidths: {}, validations: [] };
  await expectRefusal(r.host.createSheet(spec), /结构受保护/, 'new sheet');
  expectEqual(r.workbook.sheets.length, 1, 'sheets after both refusals');
}
