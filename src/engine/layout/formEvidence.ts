// Whether a sheet looks like a performance-target form even when no indicator table could be read:
// category words, indicator-table header words and cells that read as targets.
import { toA1 } from '../a1';
import type { SheetGrid } from './grid';

export interface FormEvidence {
  /** Cells naming a 一级 / 二级 category, with the first one's address and text. */
  categories: number;
  /** Header words of an indicator table (一级指标, 三级指标, 绩效指标, 指标值 …). */
  headerWords: number;
  /** Cells that read as quantitative targets by the value grammar. */
  values: number;
  /** The cell a finding about the sheet points at: the first category or header word. */
  cell: string;
  examples: string[];
}

const TABLE_WORD = /^(绩效指标|[一二三]级指标|指标名称|指标内容|指标值|目标值|年度指标值|实施周期指标值)/;

export function formEvidence(grid: SheetGrid): FormEvidence {
  const found: FormEvidence = { categories: 0, headerWords: 0, values: 0, cell: '', examples: [] };
  for (let row = grid.top; row <= grid.bottom; row++) {
    const rowCols = grid.filledColumns(row);
    for (let ci = 0; ci < rowCols.length; ci++) {
      const col = rowCols[ci];
      const text = grid.text(row, col);
      if (text.length > 40) continue;
      const facts = grid.facts(row, col);
      const kind = facts.kind;
      const isCategory = facts.strongCategory;
      const isHeader = !isCategory && (TABLE_WORD.test(facts.label) || ['level1', 'level2', 'level3'].includes(facts.role ?? ''));
      if (isCategory) found.categories++;
      if (isHeader) found.headerWords++;
      if (kind === 'value') found.values++;
      if ((isCategory || isHeader) && found.examples.length < 3) {
        if (found.cell === '') found.cell = toA1(row, col);
        found.examples.push(`${toA1(row, col)}“${text}”`);
      }
    }
  }
  return found;
}

/**
 * A form, not a note or a list of category names: category words on a sheet labelled as a form, or
 * with targets or table words beside them, or table words with targets.
 */
export function looksLikeForm(e: FormEvidence, labelledAsForm: boolean): boolean {
  if (labelledAsForm && e.categories >= 1) return true;
  return (e.categories >= 2 && e.values + e.headerWords >= 1) || (e.categories >= 1 && e.values >= 2) || (e.headerWords >= 2 && e.values >= 1);
}
