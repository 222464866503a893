// Column roles decided from what the cells hold, with the header's words as evidence and tie-breaker.
import type { ColumnRole } from '../vocabulary';
import { looksLikeWeights, nameScore, valueScore, type ColumnEvidence } from './columnEvidence';

export type RoleSource = 'header' | 'content' | 'header+content' | 'user';

/** One column's role as read, how it was decided and how sure the reader is (0..1). */
export interface RoleRead {
  col: number;
  role: 'label' | 'level1' | 'level2' | 'level3' | 'tree' | 'period' | 'annual' | 'operator' | 'unit' | 'extra';
  source: RoleSource;
  confidence: number;
  /** The header cell's text, when the table has a header row. */
  header?: string;
}

export interface ContentRoles {
  roles: RoleRead[];
  level1?: number;
  level2?: number;
  level3?: number;
  /** One column holding 一级, 二级 and the indicator names in turn (hierarchy drawn by indentation). */
  tree: boolean;
  period?: number;
  annual?: number;
  operator?: number;
  unit?: number;
  extra: Record<string, number>;
}

export interface HeaderWord {
  text: string;
  role: ColumnRole | null;
}

const share = (count: number, e: ColumnEvidence) => (e.filled ? count / e.filled : 0);
const best = (cols: ColumnEvidence[], score: (e: ColumnEvidence) => number) =>
  cols.reduce<ColumnEvidence | undefined>((top, e) => (score(e) > 0 && (!top || score(e) > score(top)) ? e : top), undefined);

/**
 * Decides each column's role from its evidence. Category vocabulary marks the level columns, the
 * value grammar the targets, operators and units the split value columns, sentences the descriptions
 * and small numbers summing to 100 the weights; header words only confirm or break ties.
 */
export function decideRoles(evidence: ColumnEvidence[], words: Map<number, HeaderWord>): ContentRoles | null {
  const cols = evidence.filter((e) => e.filled > 0);
  const out: ContentRoles = { roles: [], tree: false, extra: {} };
  const taken = new Set<number>();
  const says = (col: number, ...roles: ColumnRole[]) => roles.includes(words.get(col)?.role as ColumnRole);
  // 成本指标 is a 一级 or an older 二级: half a vote; a column of 二级 names counts against 一级.
  const level1Score = (e: ColumnEvidence) => e.kinds.level1 - e.ambiguous * 0.5 - e.kinds.level2 * 0.5;
  const level1 = best(cols, (e) => level1Score(e) + (says(e.col, 'level1') ? 0.5 : 0));
  if (level1 && level1Score(level1) > 0) out.level1 = level1.col;
  const level2Names = (e: ColumnEvidence) => e.kinds.level2 + (out.level1 === undefined || e.col > out.level1 ? e.ambiguous : 0);
  const level2 = best(cols.filter((e) => e.col !== out.level1), (e) => level2Names(e) + (says(e.col, 'level2') ? 0.5 : 0));
  if (level2 && level2Names(level2) > 0) out.level2 = level2.col;
  if (out.level1 === undefined && out.level2 === undefined) return null;
  [out.level1, out.level2].forEach((c) => c !== undefined && taken.add(c));

  // Split values: an operator column and/or a unit column beside a number column.
  const free = () => cols.filter((e) => !taken.has(e.col));
  const operator = best(free(), (e) => (share(e.kinds.operator, e) >= 0.5 ? e.kinds.operator : 0));
  const unit = best(free(), (e) => (share(e.kinds.unit, e) >= 0.5 || (says(e.col, 'unit') && e.kinds.unit > 0) ? e.kinds.unit : 0));
  if (operator) out.operator = operator.col;
  if (unit) out.unit = unit.col;
  [out.operator, out.unit].forEach((c) => c !== undefined && taken.add(c));

  for (const e of free()) if (looksLikeWeights(e)) markExtra(out, taken, e.col, words, 'content');
  const split = out.operator !== undefined || out.unit !== undefined;
  const targetScore = (e: ColumnEvidence) => valueScore(e) + (split ? e.kinds.number : 0) + (says(e.col, 'period', 'annual', 'target') ? 0.5 : 0);
  const namesBefore = Math.min(...[out.operator, out.unit].filter((c): c is number => c !== undefined), Infinity);

  // The indicator names: the column with the most short free text, left of the targets.
  const nameCandidates = free().filter((e) => e.col < namesBefore && !says(e.col, 'period', 'annual', 'target', 'extra', 'operator', 'unit'));
  const names = best(nameCandidates, (e) => nameScore(e) + e.kinds.value * 0.2 + (says(e.col, 'level3') ? 0.6 : 0) - e.kinds.long);
  const levelCol = [out.level1, out.level2].filter((c): c is number => c !== undefined);
  const levelNames = levelCol.map((c) => evidence.find((e) => e.col === c) as ColumnEvidence);
  const treeCol = levelNames.find((e) => nameScore(e) >= 1 && (!names || nameScore(e) >= nameScore(names)));
  if (treeCol) {
    out.tree = true;
    out.level1 = out.level2 = out.level3 = treeCol.col;
  } else if (names) {
    out.level3 = names.col;
    taken.add(names.col);
  } else return null;

  // Targets: right of the names, by the value grammar; a column of bare numbers only in a split layout.
  const targets = free()
    .filter((e) => e.col > (out.level3 as number) && targetScore(e) >= Math.max(0.5, e.filled * 0.3))
    .filter((e) => share(e.kinds.long, e) < 0.5 && e.kinds.level1 + e.kinds.level2 === 0);
  if (targets.length === 0) {
    // Mostly qualitative targets (路面平整无坑槽): the filled column right of the names that reads most like targets.
    const namesFilled = evidence.find((e) => e.col === out.level3)?.filled ?? 0;
    const beside = free().filter((e) => e.col > (out.level3 as number) && e.filled >= namesFilled * 0.5 && share(e.kinds.long, e) < 0.5 && e.kinds.level1 + e.kinds.level2 === 0);
    const fallback = best(beside, (e) => 1 + valueScore(e) + (says(e.col, 'period', 'annual', 'target') || /值|目标/.test(words.get(e.col)?.text ?? '') ? 1 : 0));
    if (fallback) targets.push(fallback);
  }
  assignTargets(out, targets, words);
  [out.period, out.annual].forEach((c) => c !== undefined && taken.add(c));
  if (out.period === undefined && out.annual === undefined) return null;
  for (const e of free()) markExtra(out, taken, e.col, words, 'content');
  out.roles.push(...coreRoles(out, evidence, words));
  out.roles.sort((a, b) => a.col - b.col);
  return out;
}

function assignTargets(out: ContentRoles, targets: ColumnEvidence[], words: Map<number, HeaderWord>): void {
  const role = (e: ColumnEvidence) => words.get(e.col)?.role;
  const period = targets.find((e) => role(e) === 'period');
  const annual = targets.find((e) => role(e) === 'annual');
  if (period || annual) {
    out.period = period?.col;
    out.annual = annual?.col;
  } else if (targets.length === 2 && targets.every((e) => role(e) === 'target' || !words.has(e.col))) {
    // Two targets named alike, or a fragment with no header at all: the forms' order, long-term first.
    [out.period, out.annual] = targets.map((e) => e.col);
  } else if (targets.length) {
    // One target, or one per region or county: the first is the form's target, the others are kept.
    out.annual = targets[0].col;
    for (const e of targets.slice(1)) out.extra[words.get(e.col)?.text || `列${e.col}`] = e.col;
  }
}

function markExtra(out: ContentRoles, taken: Set<number>, col: number, words: Map<number, HeaderWord>, source: RoleSource): void {
  const header = words.get(col)?.text;
  out.extra[header || `列${col}`] = col;
  taken.add(col);
  out.roles.push({ col, role: 'extra', source: header ? 'header+content' : source, confidence: 0.9, ...(header ? { header } : {}) });
}

const HEADER_ROLE_FOR: Record<string, ColumnRole[]> = {
  level1: ['level1', 'label'],
  level2: ['level2'],
  level3: ['level3'],
  tree: ['level3', 'level1'],
  period: ['period', 'target'],
  annual: ['annual', 'target'],
  operator: ['operator'],
  unit: ['unit'],
};

function coreRoles(out: ContentRoles, evidence: ColumnEvidence[], words: Map<number, HeaderWord>): RoleRead[] {
  const entries: Array<[RoleRead['role'], number | undefined]> = [
    ['level1', out.tree ? undefined : out.level1],
    ['level2', out.tree ? undefined : out.level2],
    [out.tree ? 'tree' : 'level3', out.level3],
    ['period', out.period],
    ['annual', out.annual],
    ['operator', out.operator],
    ['unit', out.unit],
  ];
  return entries
    .filter((entry): entry is [RoleRead['role'], number] => entry[1] !== undefined)
    .map(([role, col]) => {
      const word = words.get(col);
      const agrees = word?.role ? HEADER_ROLE_FOR[role]?.includes(word.role) : false;
      const e = evidence.find((x) => x.col === col) as ColumnEvidence;
      const strength = e.filled ? Math.min(1, 0.5 + e.filled / 10) : 0.5;
      const read: RoleRead = {
        col,
        role,
        source: agrees ? 'header+content' : 'content',
        confidence: Math.round((agrees ? Math.max(0.9, strength) : strength * (word?.role ? 0.6 : 0.85)) * 100) / 100,
      };
      if (word?.text) read.header = word.text;
      return read;
    });
}
