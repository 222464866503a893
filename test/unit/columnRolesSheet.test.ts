import fc from 'fast-check';
import { checkWorkbook } from '../../src/engine/check';
import { COLUMN_ROLES_TITLES, columnRoleRows, columnRolesOfRecord, parseColumnRoleRows } from '../../src/engine/columnRolesSheet';
import { IGNORED_TITLES } from '../../src/engine/ignoredSheet';
import { unsureReadings, userRole } from '../../src/engine/readingNotes';
import { ColumnOverrideSchema, type ColumnOverride, type WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { FAMILIES, sheetOf } from '../fixtures/families';

const E_ANNUAL: ColumnOverride = { sheet: '县区', column: 'E', role: 'annual', header: '东城县' };
const county = (): WorkbookSpec => sheetOf((FAMILIES.find((f) => f.name.startsWith('one target column per county')) as (typeof FAMILIES)[number]).rows, [], '县区');
const check = (spec: WorkbookSpec, columnRoles: ColumnOverride[]) => checkWorkbook(specToSnapshot(spec), { lang: 'zh', columnRoles });
const annuals = (spec: WorkbookSpec, roles: ColumnOverride[]) => check(spec, roles).model.sheets[0].indicators.map((i) => [i.level3, i.annualValue, i.cells.annualValue]);

describe('the saved column roles block (G:J of the record sheet)', () => {
  it('is the titles, then one text row per role, a column set twice keeping its last role', () => {
    expect(columnRoleRows([E_ANNUAL, { sheet: '项目 A', column: 'C', role: 'level3' }, { ...E_ANNUAL, role: 'extra' }])).toEqual([
      ['工作表', '列', '用途', '表头'],
      ['项目 A', 'C', 'level3', ''],
      ['县区', 'E', 'extra', '东城县'],
    ]);
  });

  it('reads back what it wrote, skipping hand-edited rows, and reads nothing under other titles', () => {
    const rows: unknown[][] = [[...COLUMN_ROLES_TITLES], ['县区', 'e', 'annual', '东城县'], ['县区', 'F', 'tree', ''], ['', 'G', 'annual', ''], [], ['县区', 'D1', 'extra', '']];
    expect(parseColumnRoleRows(rows)).toEqual([E_ANNUAL]);
    expect(parseColumnRoleRows([['Sheet', 'Column'], ['县区', 'E', 'annual', '']])).toEqual([]);
    expect(parseColumnRoleRows([])).toEqual([]);
  });

  it('is found beside the ignored findings in the record read from A1, or alone from G1', () => {
    const record = [
      [...IGNORED_TITLES, '', ...COLUMN_ROLES_TITLES],
      ['县区', 'D3', 'value.missing-operator', '原文如此', '2026-03-05 14:07', '', '县区', 'E', 'annual', '东城县'],
    ];
    expect(columnRolesOfRecord(record)).toEqual([E_ANNUAL]);
    expect(columnRolesOfRecord(record.map((row) => row.slice(6)), 7)).toEqual([E_ANNUAL]);
    expect(columnRolesOfRecord([[...IGNORED_TITLES]])).toEqual([]);
  });

  it('round-trips any set of roles (fast-check)', () => {
    const role = fc.record({
      sheet: fc.string({ minLength: 1, maxLength: 31 }),
      column: fc.stringMatching(/^[A-Z]{1,3}$/),
      role: fc.constantFrom(...ColumnOverrideSchema.shape.role.options),
      header: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(role, { selector: (r) => `${r.sheet}\u0000${r.column}` }), (roles) => {
        expect(parseColumnRoleRows(columnRoleRows(roles))).toEqual(roles);
      }),
    );
  });
});

describe('a saved role on a sheet that changed since', () => {
  it('is used while the column keeps the header it had when the role was set', () => {
    expect(annuals(county(), [E_ANNUAL])).toEqual([
      ['养护里程', '≥120公里', 'E3'],
      ['养护合格率', '≥95%', 'E4'],
      ['群众满意度', '≥90%', 'E5'],
    ]);
    expect(check(county(), [E_ANNUAL]).findings.filter((f) => f.rule === 'structure.column-role-stale')).toEqual([]);
  });

  it('is dropped with a warning on the header cell when the header text changed', () => {
    const spec = county();
    spec.sheets[0].cells.E2 = { value: '南湖县' };
    expect(annuals(spec, [E_ANNUAL])[0]).toEqual(['养护里程', '≥300公里', 'D3']);
    const stale = check(spec, [E_ANNUAL]).findings.filter((f) => f.rule === 'structure.column-role-stale');
    expect(stale.map((f) => [f.sheet, f.cell, f.severity, f.message])).toEqual([
      ['县区', 'E2', 'warning', '您为E列设定的“年度指标值”未使用：该列表头已由“东城县”变为“南湖县”，已按自动识别读取该列'],
    ]);
  });

  it('is dropped when the column is now empty, and when no table spans it', () => {
    const emptied = county();
    for (const cell of ['E2', 'E3', 'E4', 'E5']) delete emptied.sheets[0].cells[cell];
    const messages = (spec: WorkbookSpec, roles: ColumnOverride[]) =>
      check(spec, roles).findings.filter((f) => f.rule === 'structure.column-role-stale').map((f) => [f.cell, f.message]);
    expect(messages(emptied, [{ ...E_ANNUAL, header: '' }])).toEqual([['E2', '您为E列设定的“年度指标值”未使用：该列现在没有内容，已按自动识别读取该列']]);
    expect(messages(county(), [{ sheet: '县区', column: 'K', role: 'level3' }])).toEqual([
      ['A1', '您为K列设定的“三级指标”未使用：本表已找不到包含该列的指标表，已按自动识别读取该列'],
    ]);
  });

  it('is not used, and says so, when it would leave the table without its names', () => {
    const roles: ColumnOverride[] = [{ sheet: '县区', column: 'C', role: 'extra', header: '三级指标' }];
    expect(annuals(county(), roles)[0]).toEqual(['养护里程', '≥300公里', 'D3']);
    expect(check(county(), roles).findings.filter((f) => f.rule === 'structure.column-role-stale').map((f) => [f.cell, f.message])).toEqual([
      ['C2', '您为C列设定的“不是指标列”未使用：按此设定，本表将没有三级指标（指标名称）列，已按自动识别读取该列'],
    ]);
  });

  it('a role saved without a header (an earlier version) holds while the column has content', () => {
    expect(annuals(county(), [{ sheet: '县区', column: 'E', role: 'annual' }])[0]).toEqual(['养护里程', '≥120公里', 'E3']);
  });
});

describe('the role the user chooses in the pane', () => {
  it('carries the header the column has now, and keeps the table listed with the user’s role', () => {
    const snapshot = specToSnapshot(county());
    const model = checkWorkbook(snapshot, { lang: 'zh' }).model;
    expect(userRole(snapshot, model, { sheet: '县区', column: 'E', role: 'annual' })).toEqual(E_ANNUAL);
    const after = checkWorkbook(snapshot, { lang: 'zh', columnRoles: [E_ANNUAL] }).model;
    const reading = unsureReadings(after)[0];
    expect(reading.columns.map((c) => [c.column, c.role, c.source, c.header])).toEqual([
      ['A', 'level1', 'header+content', '一级指标'],
      ['B', 'level2', 'header+content', '二级指标'],
      ['C', 'level3', 'header+content', '三级指标'],
      ['D', 'extra', 'user', '全市'],
      ['E', 'annual', 'user', '东城县'],
      ['F', 'extra', 'header+content', '西山县'],
    ]);
  });
});
