// A form whose indicator table could not be found: say so, rather than pass a form nothing was checked in.
import type { SheetRead } from '../layout/readSheet';
import type { Hit, RuleDef } from './types';
import { FORM } from './structureBasis';

export const tableRules: RuleDef[] = [
  {
    id: 'structure.no-table',
    family: 'structure',
    severity: 'warning',
    basis: FORM,
    message: {
      zh: () => '本表未找到绩效指标表（含“一级指标”“二级指标”“三级指标”和指标值的表头），指标未能检查',
      en: () => 'No indicator table was found on this form (a header row naming 一级/二级/三级指标 and the targets), so no indicator was checked',
    },
    suggestion: {
      zh: () => '按表样填写绩效指标表；如表头写法特殊，请改为“一级指标、二级指标、三级指标、实施周期指标值、年度指标值”',
      en: () => 'Fill in the indicator table as the form has it; if its header is worded unusually, use 一级指标 / 二级指标 / 三级指标 / 实施周期指标值 / 年度指标值',
    },
  },
  {
    id: 'structure.unchecked',
    family: 'structure',
    severity: 'error',
    basis: { zh: '常识：未检查的表不能算作通过', en: 'common sense: a sheet that was not checked has not passed' },
    message: {
      zh: (p) => `本表未能检查（${p.reason}），其中的问题不会被发现`,
      en: (p) => `This sheet could not be checked (${p.reason}); problems in it would not be found`,
    },
    suggestion: {
      zh: () => '请检查本表是否有异常内容（如特殊数值、损坏的单元格），或把本表复制到新工作簿后再检查',
      en: () => 'Look for unusual content on this sheet (odd values, damaged cells), or copy it into a new workbook and check that',
    },
  },
];

/** A sheet the reader or a rule family failed on: said on the sheet's first cell. */
export function checkUnchecked(read: SheetRead): Hit[] {
  return read.unchecked === undefined ? [] : [{ rule: 'structure.unchecked', sheet: read.model.name, cell: 'A1', params: { reason: read.unchecked } }];
}

/** On the form's first cell (its title or first label). */
export function checkTable(read: SheetRead, firstCell: string): Hit[] {
  const sheet = read.model;
  if (sheet.kind === 'other' || sheet.table !== null) return [];
  return [{ rule: 'structure.no-table', sheet: sheet.name, cell: firstCell }];
}
