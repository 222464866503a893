// What the cells of each column hold over a range of rows: the content evidence for column roles.
import type { CellKind } from './cellKind';
import type { SheetGrid } from './grid';
import { textQuestion } from './textFacts';

export interface ColumnEvidence {
  col: number;
  /** Cells with text of their own (a merged area counts once, at its anchor). */
  filled: number;
  kinds: Record<CellKind, number>;
  /** Short phrases that read as qualitative targets (有效, 稳步提高, 合格). */
  qualitative: number;
  /** 成本指标: a 一级, or the older forms' 二级 under 产出指标 (counted in kinds.level1 too). */
  ambiguous: number;
  /** Sum of the plain numbers, in hundredths (exact for weights such as 12.5). */
  numberSum: number;
}

const QUALITATIVE_TARGET =
  /^(有效|无效|合格|达标|良好|优|优良|优秀|显著|明显|是|否|完成|按时完成|按期完成|及时|全覆盖|稳定|保持稳定|无|零|正常|满意|基本满意|较好|好|高|提高|提升|改善|增强|逐步提高|稳步提高|持续提高|有所提高|明显提高|显著提高|持续改善|明显改善|逐步改善|有所改善|大幅提升|稳步提升|逐步提升|降低|减少|下降|符合.{0,10}|达到.{0,10}|按.{0,12}(规定|标准|要求|计划|进度).{0,6}|长期|持续|中长期)$/;

function emptyKinds(): Record<CellKind, number> {
  return { level1: 0, level2: 0, operator: 0, unit: 0, number: 0, value: 0, long: 0, text: 0 };
}

export function isQualitativeTarget(text: string): boolean {
  return QUALITATIVE_TARGET.test(text.replace(/\s+/g, ''));
}

const QUALITATIVE = textQuestion((facts) => isQualitativeTarget(facts.text));

/** Evidence for every column from `left` to `right` (in that order: evidenceAt finds a column's), rows `top`..`bottom`. */
export function columnEvidence(grid: SheetGrid, top: number, bottom: number, left = grid.left, right = grid.right): ColumnEvidence[] {
  const byColumn = new Array<ColumnEvidence>(Math.max(0, right - left + 1));
  for (let col = left; col <= right; col++) byColumn[col - left] = { col, filled: 0, kinds: emptyKinds(), qualitative: 0, ambiguous: 0, numberSum: 0 };
  for (let row = top; row <= bottom; row++) {
    const rowCols = grid.filledColumns(row);
    const rowFacts = grid.filledFacts(row);
    for (let ci = 0; ci < rowCols.length; ci++) {
      const col = rowCols[ci];
      if (col < left || col > right) continue;
      const evidence = byColumn[col - left];
      const facts = rowFacts[ci];
      const kind = facts.kind;
      evidence.filled++;
      countKind(evidence.kinds, kind);
      if (kind === 'text' && facts.answer(QUALITATIVE)) evidence.qualitative++;
      if (kind === 'level1' && facts.level2) evidence.ambiguous++;
      if (kind === 'number') evidence.numberSum += Math.round(Number(facts.text) * 100);
    }
  }
  return byColumn;
}

/** The evidence of one column, from columnEvidence's list (undefined outside its columns). */
export function evidenceAt(evidence: readonly ColumnEvidence[], col: number | undefined): ColumnEvidence | undefined {
  if (col === undefined || evidence.length === 0) return undefined;
  const at = col - evidence[0].col;
  return at >= 0 && at < evidence.length ? evidence[at] : undefined;
}

// A switch, not kinds[kind]++: each count is then a store to a known field (a keyed one is slow).
function countKind(kinds: Record<CellKind, number>, kind: CellKind): void {
  switch (kind) {
    case 'level1':
      kinds.level1++;
      break;
    case 'level2':
      kinds.level2++;
      break;
    case 'operator':
      kinds.operator++;
      break;
    case 'unit':
      kinds.unit++;
      break;
    case 'number':
      kinds.number++;
      break;
    case 'value':
      kinds.value++;
      break;
    case 'long':
      kinds.long++;
      break;
    default:
      kinds.text++;
  }
}

/** Cells of the column that read as a target: quantities by the grammar, or qualitative phrases. */
export function valueScore(e: ColumnEvidence): number {
  return e.kinds.value + e.qualitative;
}

/** Short free text that is neither a category nor a target: indicator names. */
export function nameScore(e: ColumnEvidence): number {
  return e.kinds.text - e.qualitative;
}

/** Small numbers that add up to 100 (or 100 in tenths): 权重 / 分值, not targets. */
export function looksLikeWeights(e: ColumnEvidence): boolean {
  const numbers = e.kinds.number;
  if (numbers < 2 || numbers < e.filled * 0.8) return false;
  return e.numberSum === 10000;
}
