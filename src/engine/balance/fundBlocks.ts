// 资金总额 = 财政拨款 + 其他资金 blocks of project forms, annual or whole-period, however written:
// "年度资金总额:16 / 其中:上级资金16" (number in the label's cell), "资金总额: | 438.768 / 财政拨款: | 438.768 /
// 其他: | (empty)" (number in the next cell), "项目资金 (万元) | 3.0 | 其中:财政拨款 | 3.0 / 其他资金 | 0.0"
// (the breakdown to the right, then down).
import { memoByText } from '../memo';
import { unitStated } from '../money';
import type { SheetGrid } from '../layout/grid';
import { textQuestion } from '../layout/textFacts';
import { normaliseLabel } from '../vocabulary';
import type { MoneyUnit } from '../schema';
import type { BalanceRelation, SkippedRows } from './relations';
import { cellTerm, embeddedTerm, missingTerm, type Term } from './terms';

const UNIT_SUFFIX = /\((万元|元)\)$/;
const TOTAL = /^((年度|本年度|当年|中期|实施期|实施周期|项目)?(资金总额|资金总计|总资金)|项目资金|(年度)?资金合计)$/;
const PART = /^(财政拨款|财政资金|财政性资金|上级资金|上级补助(资金)?|上级财政(资金|拨款)?|本级资金|本级财政(资金|拨款)?|其他资金|其他|自筹资金|单位自筹|社会资金|其他来源)$/;
/** Parts that are public money: one of them absorbs a difference (财政拨款 = 资金总额 − 其他资金). */
const FISCAL = /财政|上级|本级/;
/** A label and the number written after it in the same cell: "年度资金总额:16", "其中 :上级资金16". */
const EMBEDDED = /^(.*?[^\d.,\s+-])(\s*[:：]?\s*)([-+]?\d[\d,]*(?:\.\d+)?)(\s*(?:万元|元)?\s*)$/;

interface Found {
  row: number;
  col: number;
  /** The label in its compared form, without 其中 and the unit: 资金总额, 财政拨款. */
  label: string;
  key: string;
  term: Term;
  /** The column the amount is in (the label's own when written in one cell). */
  valueCol: number;
}

export function fundBlockRelations(grid: SheetGrid, skip: SkippedRows): BalanceRelation[] {
  const relations: BalanceRelation[] = [];
  for (let row = grid.top; row <= grid.bottom; row++) {
    if (row >= skip.first && row <= skip.last) continue;
    const rowCols = grid.filledColumns(row);
    const rowFacts = grid.filledFacts(row);
    for (let ci = 0; ci < rowCols.length; ci++) {
      const col = rowCols[ci];
      const value = grid.value(row, col);
      if (typeof value !== 'string' || !(value === rowFacts[ci].text ? rowFacts[ci].answer(TOTAL_LABEL) : isTotalLabel(value))) continue;
      const total = readLabelled(grid, row, col, blockUnit(grid, row, col));
      if (!total) continue;
      const parts = partsOf(grid, total, skip);
      if (parts.length === 0) continue;
      const terms = parts.map((p) => p.term);
      const fiscal = terms.filter((t) => FISCAL.test(normaliseLabel(t.label)));
      relations.push({
        kind: 'balance',
        origin: 'fund-block',
        relation: `资金总额：${total.label} = ${terms.map((t) => t.label).join('+')}`,
        sourceLabel: total.label,
        source: [total.term],
        parts: terms,
        candidates: terms.length === 1 ? terms : fiscal,
      });
    }
  }
  return relations;
}

/** The breakdown under a total: to its right on the same row if it starts there, then down that column. */
function partsOf(grid: SheetGrid, total: Found, skip: SkippedRows): Found[] {
  let col = total.col;
  let row = total.row + 1;
  const right = nextFilled(grid, total.row, total.valueCol);
  if (right !== null) {
    const beside = readLabelled(grid, total.row, right, total.term.unit);
    if (beside && PART.test(beside.key)) {
      col = right;
      row = total.row;
    }
  }
  const parts: Found[] = [];
  for (; row <= grid.bottom && !(row >= skip.first && row <= skip.last); row++) {
    if (grid.cell(row, col).covered) break;
    const part = readLabelled(grid, row, col, total.term.unit);
    if (!part || !PART.test(part.key)) break;
    parts.push(part);
  }
  return parts;
}

interface LabelText {
  key: string;
  /** The number written in the label's own cell, split so only the number is replaced. */
  embedded?: { prefix: string; number: string; suffix: string };
}

/** A cell's text read as a block label (total or part), or null; remembered, as every text cell is asked. */
const labelText = memoByText((value: string): LabelText | null => {
  const raw = value.trim();
  const match = EMBEDDED.exec(raw);
  const label = (match ? match[1] : raw).replace(/^\s*其\s*中\s*[:：]?\s*/, '');
  const key = normaliseLabel(label).replace(UNIT_SUFFIX, '');
  if (key === '' || (!TOTAL.test(key) && !PART.test(key))) return null;
  if (!match) return { key };
  const lead = value.slice(0, value.indexOf(raw));
  const trail = value.slice(value.indexOf(raw) + raw.length);
  const prefix = lead + raw.slice(0, raw.length - match[3].length - match[4].length);
  return { key, embedded: { prefix, number: match[3], suffix: match[4] + trail } };
});

function isTotalLabel(value: string): boolean {
  const label = labelText(value);
  return label !== null && TOTAL.test(label.key);
}

/**
 * isTotalLabel of a cell's text, asked once per text: every text cell of every form is asked. A value
 * that is its cell's text as shown (most are) is asked through the cell's facts, not looked up again.
 */
const TOTAL_LABEL = textQuestion(({ text }) => isTotalLabel(text));

/** A label cell and its amount (in the same cell or the next one), or null when the cell is not a label. */
function readLabelled(grid: SheetGrid, row: number, col: number, unit: MoneyUnit | null): Found | null {
  const cell = grid.cell(row, col);
  if (typeof cell.value !== 'string' || cell.formula !== '') return null;
  const parsed = labelText(cell.value);
  if (!parsed) return null;
  const { key } = parsed;
  const ownUnit = unitStated(cell.value) ?? unit;
  if (parsed.embedded) {
    const { prefix, number, suffix } = parsed.embedded;
    return { row, col, label: key, key, term: embeddedTerm(grid, cell.address, key, prefix, number, suffix, ownUnit), valueCol: col };
  }
  const valueCol = nextColumn(grid, row, col);
  const value = grid.cell(row, valueCol);
  // A label right beside a label ("资金总额:" | "其中:财政拨款") has no cell for its amount.
  if (typeof value.value === 'string' && labelText(value.value) !== null) {
    return { row, col, label: key, key, term: missingTerm(grid.name, key, ownUnit), valueCol: col };
  }
  return { row, col, label: key, key, term: cellTerm(grid, value.address, key, ownUnit), valueCol };
}

/** The first column right of `col` outside the label's merged area (empty or not). */
function nextColumn(grid: SheetGrid, row: number, col: number): number {
  const anchor = grid.cell(row, col).address;
  let c = col + 1;
  while (c <= grid.right && grid.cell(row, c).address === anchor) c++;
  return c;
}

/** The first filled column right of `col` outside its merged area. */
function nextFilled(grid: SheetGrid, row: number, col: number): number | null {
  const anchor = grid.cell(row, col).address;
  for (let c = col + 1; c <= grid.right; c++) {
    const cell = grid.cell(row, c);
    if (cell.address !== anchor && !cell.covered && cell.text !== '') return c;
  }
  return null;
}

/** The unit a block states: in its total's label, or in a label to its left ("资金情况(万元)"). */
function blockUnit(grid: SheetGrid, row: number, col: number): MoneyUnit | null {
  for (let c = col; c >= grid.left; c--) {
    const unit = unitStated(grid.text(row, c));
    if (unit) return unit;
  }
  return null;
}
