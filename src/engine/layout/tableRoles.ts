// How a table found by its header words was read: each column's role checked against its content.
import { columnEvidence, nameScore, valueScore, type ColumnEvidence } from './columnEvidence';
import type { RoleRead } from './contentRoles';
import type { SheetGrid } from './grid';
import type { TableColumns, TableHeader } from './tableHeader';

/** Rows looked at for evidence: enough to judge a column, few enough to stay linear. */
const SAMPLE_ROWS = 80;

export function evidenceOf(grid: SheetGrid, header: TableHeader, lastRow: number): Map<number, ColumnEvidence> {
  return columnEvidence(grid, header.dataRow, Math.min(lastRow, header.dataRow + SAMPLE_ROWS), header.span.left, header.span.right);
}

/**
 * The header names a column whose content says otherwise: no category in the 一级 column while
 * another column holds them (投资计划 tables put 实施效果 / 过程管理 above 产出 / 效益), or no 二级 name
 * in the 二级 column while another holds them. Content wins; the header stays evidence.
 */
export function headerContradicted(evidence: Map<number, ColumnEvidence>, header: TableHeader): boolean {
  const c = header.columns;
  const others = (col: number | undefined) => [...evidence.values()].filter((e) => e.col !== col);
  const at = (col: number | undefined) => (col === undefined ? undefined : evidence.get(col));
  const level1 = at(c.level1);
  // Unknown words in the 一级 column beside a column of 一级 names: one such name is enough.
  const unknownGroups = level1 !== undefined && level1.filled > 0 && level1.kinds.level2 === 0;
  if (level1 && level1.kinds.level1 === 0 && others(c.level1).some((e) => e.kinds.level1 >= (unknownGroups ? 1 : 2))) return true;
  const level2 = at(c.level2);
  if (level2 && level2.kinds.level2 === 0 && level2.kinds.level1 === 0 && others(c.level2).some((e) => e.kinds.level2 >= 2)) return true;
  return false;
}

/** Each named column's role, confirmed by content (header+content) or resting on its header word alone. */
export function rolesOfHeader(grid: SheetGrid, header: TableHeader, evidence: Map<number, ColumnEvidence>): RoleRead[] {
  const c = header.columns;
  const roles: RoleRead[] = [];
  const add = (role: RoleRead['role'], col: number | undefined) => {
    if (col === undefined) return;
    const e = evidence.get(col);
    const filled = e !== undefined && e.filled > 0;
    const confirmed = filled && confirms(role, e);
    // An empty column (or a label merged down from the header) rests on its header; cells that say
    // something else make it a guess.
    const confidence = confirmed ? 0.95 : filled && role !== 'label' ? 0.6 : 0.9;
    roles.push({ col, role, source: confirmed ? 'header+content' : 'header', confidence, header: grid.text(header.row, col) });
  };
  add('label', c.label);
  add('level1', c.level1);
  add('level2', c.level2);
  add('level3', c.level3);
  add('period', c.period);
  add('annual', c.annual);
  add('operator', c.operator);
  add('unit', c.unit);
  for (const text of Object.keys(c.extra)) roles.push({ col: c.extra[text], role: 'extra', source: 'header', confidence: 0.9, header: text });
  return roles.sort((a, b) => a.col - b.col);
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
export function refineSplitColumns(header: TableHeader, evidence: Map<number, ColumnEvidence>): TableHeader {
  // The header's own columns until a role moves; then a copy (most headers need none).
  let c: TableColumns = header.columns;
  const edited = (): TableColumns => (c === header.columns ? (c = { ...header.columns, extra: { ...header.columns.extra } }) : c);
  const dominant = (col: number | undefined, kind: 'operator' | 'unit') => {
    const e = col === undefined ? undefined : evidence.get(col);
    return e !== undefined && e.filled > 0 && e.kinds[kind] >= e.filled * 0.5;
  };
  const targets = [c.period, c.annual].filter((col): col is number => col !== undefined);
  const near = (col: number) => targets.some((t) => Math.abs(t - col) <= 2);
  let changed = false;
  for (const kind of ['operator', 'unit'] as const) {
    if (c[kind] !== undefined) continue;
    const target = (['period', 'annual'] as const).find((key) => dominant(c[key], kind) && targets.length === 2);
    if (target) {
      const moved = c[target];
      edited()[kind] = moved;
      edited()[target] = undefined;
      changed = true;
      continue;
    }
    const extra = Object.entries(c.extra).find(([name, col]) => near(col) && dominant(col, kind) && !/备注|说明|标准|解释/.test(name));
    if (extra) {
      edited()[kind] = extra[1];
      delete edited().extra[extra[0]];
      changed = true;
    }
  }
  if (!changed) return header;
  const columns = edited();
  if (columns.period !== undefined && columns.annual === undefined && header.block !== 'period') [columns.period, columns.annual] = [undefined, columns.period];
  return { ...header, columns };
}
