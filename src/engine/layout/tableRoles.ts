// How a table found by its header words was read: each column's role checked against its content.
import { columnEvidence, evidenceAt, nameScore, valueScore, type ColumnEvidence } from './columnEvidence';
import type { RoleRead } from './contentRoles';
import type { SheetGrid } from './grid';
import type { TableColumns, TableHeader } from './tableHeader';

/** Rows looked at for evidence: enough to judge a column, few enough to stay linear. */
const SAMPLE_ROWS = 80;

export function evidenceOf(grid: SheetGrid, header: TableHeader, lastRow: number): readonly ColumnEvidence[] {
  return columnEvidence(grid, header.dataRow, Math.min(lastRow, header.dataRow + SAMPLE_ROWS), header.span.left, header.span.right);
}

/**
 * The header names a column whose content says otherwise: no category in the 一级 column while
 * another column holds them (投资计划 tables put 实施效果 / 过程管理 above 产出 / 效益), or no 二级 name
 * in the 二级 column while another holds them. Content wins; the header stays evidence.
 */
export function headerContradicted(evidence: readonly ColumnEvidence[], header: TableHeader): boolean {
  const c = header.columns;
  const level1 = evidenceAt(evidence, c.level1);
  // Unknown words in the 一级 column beside a column of 一级 names: one such name is enough.
  const unknownGroups = level1 !== undefined && level1.filled > 0 && level1.kinds.level2 === 0;
  if (level1 && level1.kinds.level1 === 0 && otherColumnHolds(evidence, c.level1, 'level1', unknownGroups ? 1 : 2)) return true;
  const level2 = evidenceAt(evidence, c.level2);
  if (level2 && level2.kinds.level2 === 0 && level2.kinds.level1 === 0 && otherColumnHolds(evidence, c.level2, 'level2', 2)) return true;
  return false;
}

/** A column other than `col` holds at least `atLeast` cells of the kind. */
function otherColumnHolds(evidence: readonly ColumnEvidence[], col: number | undefined, kind: 'level1' | 'level2', atLeast: number): boolean {
  for (let i = 0; i < evidence.length; i++) if (evidence[i].col !== col && evidence[i].kinds[kind] >= atLeast) return true;
  return false;
}

/** Each named column's role, confirmed by content (header+content) or resting on its header word alone. */
export function rolesOfHeader(grid: SheetGrid, header: TableHeader, evidence: readonly ColumnEvidence[]): RoleRead[] {
  const c = header.columns;
  const roles: RoleRead[] = [];
  addRole(roles, grid, header, evidence, 'label', c.label);
  addRole(roles, grid, header, evidence, 'level1', c.level1);
  addRole(roles, grid, header, evidence, 'level2', c.level2);
  addRole(roles, grid, header, evidence, 'level3', c.level3);
  addRole(roles, grid, header, evidence, 'period', c.period);
  addRole(roles, grid, header, evidence, 'annual', c.annual);
  addRole(roles, grid, header, evidence, 'operator', c.operator);
  addRole(roles, grid, header, evidence, 'unit', c.unit);
  const extra = Object.keys(c.extra);
  for (let i = 0; i < extra.length; i++) insertByColumn(roles, { col: c.extra[extra[i]], role: 'extra', source: 'header', confidence: 0.9, header: extra[i] });
  return roles;
}

function addRole(roles: RoleRead[], grid: SheetGrid, header: TableHeader, evidence: readonly ColumnEvidence[], role: RoleRead['role'], col: number | undefined): void {
  if (col === undefined) return;
  const e = evidenceAt(evidence, col);
  const filled = e !== undefined && e.filled > 0;
  const confirmed = filled && confirms(role, e);
  // An empty column (or a label merged down from the header) rests on its header; cells that say
  // something else make it a guess.
  const confidence = confirmed ? 0.95 : filled && role !== 'label' ? 0.6 : 0.9;
  insertByColumn(roles, { col, role, source: confirmed ? 'header+content' : 'header', confidence, header: grid.text(header.row, col) });
}

/** Keeps the roles in column order, a role after those of its column already there (as a stable sort would). */
function insertByColumn(roles: RoleRead[], role: RoleRead): void {
  let at = roles.length;
  roles.push(role);
  for (; at > 0 && roles[at - 1].col > role.col; at--) roles[at] = roles[at - 1];
  roles[at] = role;
}

/** The cells of a column confirm the role its header gives it. */
function confirms(role: RoleRead['role'], e: ColumnEvidence): boolean {
  switch (role) {
    case 'level1':
      return e.kinds.level1 > 0;
    case 'level2':
      return e.kinds.level2 + e.kinds.level1 > 0;
    case 'level3':
      return nameScore(e) + e.kinds.long > 0;
    case 'period':
    case 'annual':
      return valueScore(e) + e.kinds.number > 0;
    case 'operator':
      return e.kinds.operator > 0;
    case 'unit':
      return e.kinds.unit > 0;
    default:
      return true;
  }
}

/**
 * Columns the header took for targets or left unnamed whose cells are operators (≥, 定性) or units
 * (%, 人): the split value's operator and unit columns, whatever the header says (指标值 merged over
 * an operator column and a number column).
 */
export function refineSplitColumns(header: TableHeader, evidence: readonly ColumnEvidence[]): TableHeader {
  // The header's own columns until a role moves; then a copy (most headers need none).
  let c: TableColumns = header.columns;
  const period = c.period;
  const annual = c.annual;
  const twoTargets = period !== undefined && annual !== undefined;
  for (let k = 0; k < SPLIT_KINDS.length; k++) {
    const kind = SPLIT_KINDS[k];
    if (c[kind] !== undefined) continue;
    const target = !twoTargets ? undefined : dominant(evidence, c.period, kind) ? 'period' : dominant(evidence, c.annual, kind) ? 'annual' : undefined;
    if (target) {
      const moved = c[target];
      if (c === header.columns) c = copyOf(c);
      c[kind] = moved;
      c[target] = undefined;
      continue;
    }
    const names = Object.keys(c.extra);
    for (let i = 0; i < names.length; i++) {
      const col = c.extra[names[i]];
      if (!near(col, period, annual) || !dominant(evidence, col, kind) || /备注|说明|标准|解释/.test(names[i])) continue;
      if (c === header.columns) c = copyOf(c);
      c[kind] = col;
      delete c.extra[names[i]];
      break;
    }
  }
  if (c === header.columns) return header;
  if (c.period !== undefined && c.annual === undefined && header.block !== 'period') {
    const moved = c.period;
    c.period = undefined;
    c.annual = moved;
  }
  return { ...header, columns: c };
}

const SPLIT_KINDS = ['operator', 'unit'] as const;

function copyOf(c: TableColumns): TableColumns {
  return { ...c, extra: { ...c.extra } };
}

/** Most filled cells of the column are of the kind. */
function dominant(evidence: readonly ColumnEvidence[], col: number | undefined, kind: 'operator' | 'unit'): boolean {
  const e = evidenceAt(evidence, col);
  return e !== undefined && e.filled > 0 && e.kinds[kind] >= e.filled * 0.5;
}

/** Within two columns of a target column. */
function near(col: number, period: number | undefined, annual: number | undefined): boolean {
  return (period !== undefined && Math.abs(period - col) <= 2) || (annual !== undefined && Math.abs(annual - col) <= 2);
}
