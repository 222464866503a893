import type { HeaderField, MoneyUnit, SheetKind } from '../schema';
import { amountOf, unitStated } from '../money';
import type { SheetGrid } from './grid';
import { textQuestion } from './textFacts';

/** How to recognise one header field by its label, and how its value is read. */
interface FieldSpec {
  key: string;
  match: RegExp;
  /** Money field in the given unit convention (used when no header states the unit). */
  money?: MoneyUnit;
  /** The value may stand under the label (总体绩效目标 blocks) instead of to its right. */
  below?: boolean;
}

const DEPARTMENT_MONEY = ['基本支出', '项目支出', '财政拨款', '其他资金', '财政专项资金', '其他事业发展性支出', '省本级使用资金', '拟用于对下转移支付资金'];

const DEPARTMENT_FIELDS: FieldSpec[] = [
  { key: '部门名称', match: /^(部门(\(单位\))?|单位)名称$/ },
  { key: '财政供养人员数', match: /^财政供养人员数/ },
  { key: '下属二级单位数', match: /^下属二级单位数/ },
  ...DEPARTMENT_MONEY.map((key): FieldSpec => ({ key, match: new RegExp(`^${key}(\\((万元|元)\\))?$`), money: '万元' })),
  { key: '总体绩效目标', match: /^总体绩效目标$/ },
];

const PROJECT_FIELDS: FieldSpec[] = [
  { key: '项目名称', match: /^项目(支出)?名称$/ },
  { key: '项目类型', match: /^项目类型$/ },
  { key: '项目等级', match: /^项目(等级|级次)$/ },
  { key: '主管部门', match: /^(省级|市级|县级|项目)?主管部门(及代码)?$/ },
  { key: '用款单位', match: /^(用款单位|(项目)?实施单位|(项目)?执行单位)$/ },
  { key: '起始年度', match: /^起始年度$/ },
  { key: '到期年度', match: /^到期年度$/ },
  { key: '年度预算金额', match: /^(\d{4}年度?|年度)预算(金额)?(\((万元|元)\))?$/, money: '元' },
  { key: '设立依据', match: /^(项目)?设立依据$/ },
  { key: '项目概述', match: /^项目概述$/ },
  { key: '实施周期总目标', match: /^(实施周期|中长期)总?目标$/, below: true },
  { key: '年度目标', match: /^(\d{4}年度?|年度)(绩效)?目标$/, below: true },
];

const LABEL_YEAR = /^(\d{4})年/;
const ALL_LABELS = [...DEPARTMENT_FIELDS, ...PROJECT_FIELDS].map((f) => f.match);

/** Whether a cell's label is one a form has (its value is then no other field's): asked once per text. */
const KNOWN_LABEL = textQuestion(({ label }): boolean => ALL_LABELS.some((m) => m.test(label)) || /^(实施周期|总体绩效目标|基本信息|预算整体情况)$/.test(label));
/** unitStated of a cell's text, asked once per text: the cells above each amount are asked for every form. */
const UNIT_STATED = textQuestion(({ text }) => unitStated(text));

/** The fields a label may name, in the order they are tried: most labels name none. Asked once per text. */
const NO_FIELDS: readonly FieldSpec[] = [];
const fieldsNamed = (specs: FieldSpec[]) =>
  textQuestion((facts): readonly FieldSpec[] => {
    const named = specs.filter((s) => s.match.test(facts.label));
    return named.length ? named : NO_FIELDS;
  });
const DEPARTMENT_FIELDS_NAMED = fieldsNamed(DEPARTMENT_FIELDS);
const PROJECT_FIELDS_NAMED = fieldsNamed(PROJECT_FIELDS);

/** Reads the header fields of a department or project form from the rows above its indicator table. */
export function readHeaderFields(grid: SheetGrid, kind: SheetKind, lastRow: number): Record<string, HeaderField> {
  const header: Record<string, HeaderField> = {};
  if (kind !== 'department' && kind !== 'project') return header;
  const named = kind === 'department' ? DEPARTMENT_FIELDS_NAMED : PROJECT_FIELDS_NAMED;
  for (let row = grid.top; row <= lastRow; row++) {
    const rowCols = grid.filledColumns(row);
    const rowFacts = grid.filledFacts(row);
    for (let ci = 0; ci < rowCols.length; ci++) {
      const label = rowFacts[ci].label;
      const specs = rowFacts[ci].answer(named);
      for (let si = 0; si < specs.length; si++) {
        const spec = specs[si];
        // Each field is read once, at its first label (a field read is never undefined).
        if (header[spec.key] !== undefined) continue;
        header[spec.key] = readField(grid, spec, row, rowCols[ci], label, lastRow);
        break;
      }
    }
  }
  return header;
}

// The cells are read by text, address and value, not as GridCells: no object is made per cell asked.
function readField(grid: SheetGrid, spec: FieldSpec, row: number, col: number, label: string, lastRow: number): HeaderField {
  const labelAddress = grid.address(row, col);
  let valueCol = col + 1;
  while (valueCol <= grid.right && grid.address(row, valueCol) === labelAddress) valueCol++;
  if (spec.money) valueCol = amountColumn(grid, row, valueCol);
  const rightText = grid.text(row, valueCol);
  const rightIsLabel = rightText !== '' && grid.facts(row, valueCol).answer(KNOWN_LABEL);
  // The value under the label, but never the indicator table's own header row.
  const below = spec.below === true && (rightText === '' || rightIsLabel) && row < lastRow;
  const valueRow = below ? row + 1 : row;
  const at = below ? col : valueCol;
  // No value cell of its own: the field is empty, and a finding about it points at its label.
  const empty = !below && rightIsLabel;
  const text = empty ? '' : grid.text(valueRow, at);
  const field: HeaderField = { label: grid.text(row, col), labelCell: labelAddress, value: text, cell: empty ? labelAddress : grid.address(valueRow, at) };
  const year = spec.key === '年度预算金额' ? LABEL_YEAR.exec(label) : null;
  if (year) field.year = Number(year[1]);
  if (spec.money) {
    const stated = unitStated(label) ?? unitAbove(grid, row, valueCol);
    const amount = amountOf(empty ? '' : grid.value(valueRow, at), text, stated ?? inferUnit(text, spec.money), stated === null);
    if (amount) field.amount = amount;
  }
  return field;
}

/** An amount may stand one empty cell further right of its label (an unmerged gap in the form). */
function amountColumn(grid: SheetGrid, row: number, col: number): number {
  if (!grid.isEmpty(row, col) || col + 1 > grid.right) return col;
  return grid.text(row, col + 1) !== '' && typeof grid.value(row, col + 1) === 'number' ? col + 1 : col;
}

/**
 * A column header such as 预算金额（万元） a few rows above the value states its unit; when the amount
 * stands one column right of its header (an unmerged gap), the header one column left does.
 */
export function unitAbove(grid: SheetGrid, row: number, col: number): MoneyUnit | null {
  return unitAboveIn(grid, row, col) ?? unitAboveIn(grid, row, col - 1);
}

function unitAboveIn(grid: SheetGrid, row: number, col: number): MoneyUnit | null {
  const top = Math.max(grid.top, row - 4);
  for (let r = row - 1; r >= top; r--) {
    const facts = grid.facts(r, col);
    const unit = facts.text === '' ? null : facts.answer(UNIT_STATED);
    if (unit) return unit;
  }
  return null;
}

/**
 * No unit stated: amounts of ten thousand or more are 元 (a 万元 amount that large would be a
 * hundred million yuan); smaller ones follow the form's convention.
 */
function inferUnit(text: string, convention: MoneyUnit): MoneyUnit {
  const n = Number(text.replace(/[,\s]/g, ''));
  return Number.isFinite(n) && Math.abs(n) >= 10000 ? '元' : convention;
}
