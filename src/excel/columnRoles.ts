// The column roles the user set, kept in the record sheet's G:J block (see engine/columnRolesSheet.ts).
import { COLUMN_ROLES_COLUMNS, columnRoleRows, columnRolesOfRecord } from '../engine/columnRolesSheet';
import type { ColumnOverride } from '../engine/schema';
import { TEXT_FORMAT } from './literal';
import { readRecordSheet, recordSheetForWrite } from './recordSheet';
import { runBatch, type ExcelRunner } from './runtime';

const LOAD = { zh: '读取列用途设定', en: 'Reading the column roles you set' };
const SAVE = { zh: '保存列用途设定', en: 'Saving the column roles you set' };
const WHAT = { zh: '列用途设定', en: 'the column roles' };

/** One sync when the workbook has no record sheet, two when it has. */
export function loadColumnRoles(run: ExcelRunner): Promise<ColumnOverride[]> {
  return runBatch(run, LOAD, async (context) => {
    const record = await readRecordSheet(context);
    if (!record || record.firstRow !== 1) return [];
    return columnRolesOfRecord(record.values, record.firstColumn);
  });
}

/**
 * Rewrites the G:J block in one batch (two syncs: whether the record sheet exists, then every write),
 * adding the sheet very hidden if it is missing; the ignored findings in A:E are left as they are. An
 * empty list leaves the titles only.
 */
export function saveColumnRoles(run: ExcelRunner, roles: ColumnOverride[]): Promise<void> {
  const rows = columnRoleRows(roles);
  return runBatch(run, SAVE, async (context) => {
    const sheet = await recordSheetForWrite(context, WHAT);
    sheet.getRange(COLUMN_ROLES_COLUMNS).clear('Contents');
    const block = sheet.getRange(`G1:J${rows.length}`);
    // Text format first, so a header such as "2025" is kept as typed (see ignored.ts).
    block.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
    block.values = rows;
    await context.sync();
  }, { delayForCellEdit: true });
}
