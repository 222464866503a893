// The department form's identities: 基本支出 + 项目支出 = 财政拨款 + 其他资金 = 省本级使用资金 + 拟用于对下转移支付资金.
import { parseA1 } from '../a1';
import type { SheetGrid } from '../layout/grid';
import type { HeaderField, MoneyUnit, SheetModel } from '../schema';
import type { BalanceRelation } from './relations';
import { cellTerm, missingTerm, type Term } from './terms';

const EXPENDITURE = ['基本支出', '项目支出'];
const SIDES = [
  { name: '收支平衡', residual: '财政拨款', others: ['其他资金'] },
  { name: '级次平衡', residual: '省本级使用资金', others: ['拟用于对下转移支付资金'] },
].map((side) => ({ ...side, relation: `${side.name}：${EXPENDITURE.join('+')} = ${[side.residual, ...side.others].join('+')}` }));

export function departmentRelations(grid: SheetGrid, sheet: SheetModel): BalanceRelation[] {
  if (sheet.kind !== 'department' || !EXPENDITURE.every((key) => sheet.header[key])) return [];
  const unit = statedUnit(sheet);
  const source = EXPENDITURE.map((key) => fieldTerm(grid, sheet.header[key], key, unit));
  const relations: BalanceRelation[] = [];
  for (const side of SIDES) {
    const residualField = sheet.header[side.residual];
    if (!residualField) continue;
    const residual = fieldTerm(grid, residualField, side.residual, unit);
    const others = side.others.filter((key) => sheet.header[key]).map((key) => fieldTerm(grid, sheet.header[key], key, unit));
    const parts = [residual, ...others];
    relations.push({
      kind: 'balance',
      origin: 'department',
      relation: side.relation,
      sourceLabel: '支出合计',
      source,
      parts,
      candidates: [residual],
    });
  }
  return relations;
}

/** The unit the form states for its amounts (预算金额（万元）); null when every amount's unit was guessed. */
function statedUnit(sheet: SheetModel): MoneyUnit | null {
  for (const field of Object.values(sheet.header)) if (field.amount && !field.amount.unitInferred) return field.amount.unit;
  return null;
}

function fieldTerm(grid: SheetGrid, field: HeaderField, key: string, formUnit: MoneyUnit | null): Term {
  // The reader points an empty field at the label to its right; that cell is not the amount's.
  const { row, col } = parseA1(field.cell);
  const target = grid.cell(row, col);
  if (field.value === '' && target.text !== '') return missingTerm(grid.name, key, formUnit);
  const amount = field.amount;
  const unit = amount && !amount.unitInferred ? amount.unit : formUnit ?? amount?.unit ?? null;
  return cellTerm(grid, field.cell, key, unit, formUnit === null);
}

