// Scenarios about reading, highlighting, jumping and Office versions (issue 13, Why 4–7, 9, 11).
// Each failed when run on the adapter as it was before issue 13 (commit 46d9eb9, checked once), except
// floor-1.7: the old adapter already gated its calls above 1.7, so that one guards the new code (the
// spill check needs 1.12, and highlights no longer need RangeAreas).
import { toA1 } from '../../src/engine/a1';
import type { WorkbookSpec } from '../../src/engine/schema';
import { change, eventsDelivered, expectEqual, expectRefusal, expectTrue, finding, markers, oneSheet, rig } from './kit';

/**
 * Before: the web's GeneralException for an over-5 MB response was not taken as "too large", and
 * chunks sized by cell count could themselves pass 5 MB with Chinese text; formatted empty cells
 * widened the used range.
 */
export async function readOverPayloadChunks(): Promise<void> {
  const rows = 4000;
  const cols = 12;
  const text = '预防和处置非法集资宣传覆盖率达到百分之九十以上并按规定标准发放补助资金';
  const cells: Record<string, string> = {};
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) cells[toA1(r, c)] = `${text}${r}-${c}`;
  const r = rig(oneSheet(cells), { platform: 'web' });
  r.workbook.requireSheet('表').touch('Z9000').fill = '#FFFF00'; // formatted, holds nothing
  const snapshot = await r.host.readSnapshot();
  const sheet = snapshot.sheets[0];
  expectEqual([sheet.values.length, sheet.values[0].length], [rows, cols], 'grid size');
  expectEqual(sheet.values[rows - 1][cols - 1], `${text}${rows}-${cols}`, 'last cell');
}

/** Before: 清除标记 looked only at the recorded sheets; a copy of a highlighted sheet kept its marks. */
export async function clearSweepsCopiedSheet(): Promise<void> {
  const r = rig(oneSheet({ A1: '项目名称', B2: '' }, '项目1'));
  await r.host.applyHighlights([finding('项目1', 'B2'), finding('项目1', 'A1', 'warning')]);
  r.workbook.userCopySheet('项目1', '项目1 (2)');
  expectEqual(markers(r, '项目1 (2)'), 2, 'marks copied with the sheet');
  await r.host.clearHighlights();
  expectEqual([markers(r, '项目1'), markers(r, '项目1 (2)')], [0, 0], 'marks after clearing');
}

/** Before: loading every rule's custom formula failed on the user's other rules, blocking highlight and clear. */
export async function userConditionalFormatsUntouched(): Promise<void> {
  const r = rig(oneSheet({ A1: 10, A2: 20, B2: '' }));
  const area = { top: 1, left: 1, bottom: 2, right: 1 };
  r.workbook.userAddRule('表', { type: 'DataBar', areas: [area] });
  r.workbook.userAddRule('表', { type: 'CellValue', areas: [area], unreadable: true });
  r.workbook.userAddRule('表', { type: 'Custom', areas: [area], formula: '=A1>15', fill: '#FF0000' });
  await r.host.applyHighlights([finding('表', 'B2')]);
  await r.host.applyHighlights([finding('表', 'A2', 'warning')]);
  await r.host.clearHighlights();
  const left = r.workbook.requireSheet('表').conditionalFormats.map((cf) => cf.type);
  expectEqual(left, ['DataBar', 'CellValue', 'Custom'], 'user rules after highlight and clear');
}

/** Before: getRanges("A1,B2") failed where the locale's list separator is ";". */
export async function listSeparatorSemicolon(): Promise<void> {
  const r = rig(oneSheet({ A1: '项目名称', B2: '', C3: '' }), { listSeparator: ';' });
  await r.host.applyHighlights([finding('表', 'B2'), finding('表', 'C3'), finding('表', 'A1', 'info')]);
  const covered = r.workbook.requireSheet('表').conditionalFormats.flatMap((cf) => cf.areas.map((a) => toA1(a.top, a.left)));
  expectEqual([...covered].sort(), ['A1', 'B2', 'C3'], 'highlighted cells');
}

/** Before: jumping to a finding on a hidden sheet said "工作表受保护". */
export async function hiddenSheetJump(): Promise<void> {
  const r = rig(oneSheet({ A1: '项目名称' }));
  r.workbook.addSheet('隐藏表').visibility = 'Hidden';
  await expectRefusal(r.host.select('隐藏表', 'A1'), /隐藏/, 'jump to a hidden sheet');
  await r.host.select('表', 'A1');
  expectEqual(r.workbook.selected, '表!A1', 'jump to a visible sheet');
}

const FLOOR_SPEC: WorkbookSpec = {
  sheets: [
    { name: '表', cells: { A1: { value: '项目名称' }, B1: { value: '' }, B3: { value: 40 }, B4: { value: 60 } }, merges: ['A1:A2'], columnWidths: {}, validations: [] },
  ],
};

/** The whole cycle on ExcelApi 1.7 (Office 2019): nothing above the floor may be called ungated (passed before too). */
export async function floor17(): Promise<void> {
  const r = rig(FLOOR_SPEC, { api: '1.7', listSeparator: ';' });
  expectEqual(r.host.capabilities(), { dataValidation: false, mergedAreas: false }, 'capabilities');
  const snapshot = await r.host.readSnapshot();
  expectEqual(snapshot.sheets[0].values[0][0], '项目名称', 'read');
  await r.host.applyHighlights([finding('表', 'B1'), finding('表', 'B3', 'warning')]);
  await r.host.applyHighlights([finding('表', 'B1')]);
  expectEqual(markers(r, '表'), 1, 'marks after highlighting again');
  await r.host.applyPlan([change('表', 'B3', 40, 45)]);
  expectTrue(await r.host.undoPlan(), 'undo');
  await r.host.saveIgnored([{ sheet: '表', cell: 'B1', rule: 'value.missing', reason: '不适用' }]);
  expectEqual((await r.host.loadIgnored()).length, 1, 'ignored read back');
  await r.host.createSheet({ name: '新表', cells: { A1: { value: '项目' } }, merges: [], columnWidths: {}, validations: [{ range: 'A2:A2', list: ['是', '否'], allowBlank: true }], printArea: 'A1:B2' });
  await r.host.select('新表', 'A1');
  await r.host.clearHighlights();
  expectEqual(markers(r, '表'), 0, 'marks after clearing');
}

/** Before: an edit after the check left every finding's address stale with nothing said. */
export async function staleAfterEdit(): Promise<void> {
  const r = rig(oneSheet({ A1: '项目名称', B2: '', B3: 40 }));
  await r.host.readSnapshot();
  await r.host.applyPlan([change('表', 'B3', 40, 45)]); // the add-in's own write does not make the check stale
  await eventsDelivered();
  await r.host.applyHighlights([finding('表', 'B2')]);
  r.workbook.userType('表', 'A1', '项目名称（新）');
  await eventsDelivered();
  await expectRefusal(r.host.applyHighlights([finding('表', 'B2', 'warning')]), /重新检查/, 'highlight after an edit');
  await r.host.readSnapshot();
  await r.host.applyHighlights([finding('表', 'B2', 'warning')]);
}
