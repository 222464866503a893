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
];

/** On the form's first cell (its title or first label). */
export function checkTable(read: SheetRead, firstCell: string): Hit[] {
  const sheet = read.model;
  if (sheet.kind === 'other' || sheet.table !== null) return [];
  return [{ rule: 'structure.no-table', sheet: sheet.name, cell: firstCell }];
}
