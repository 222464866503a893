import type { SheetKind } from '../schema';
import type { SheetGrid } from './grid';

const DEPARTMENT_LABELS = /^(预算整体情况|年度重点工作任务|部门预算支出|部门整体(预算)?绩效目标(申报)?表?)/;
const PROJECT_LABELS = /^(项目(支出)?名称|实施周期|起始年度|项目绩效目标(申报)?表|项目支出绩效目标(申报)?表)$/;

/**
 * A sheet's kind by its content, never its name or position: department labels win over project
 * ones (a department form may mention 项目支出); a bare indicator table is a project form.
 */
export function detectKind(grid: SheetGrid, hasIndicatorTable: boolean): SheetKind {
  let project = false;
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (const col of grid.filledColumns(row)) {
      const label = grid.label(row, col);
      if (label.length > 40) continue;
      if (DEPARTMENT_LABELS.test(label)) return 'department';
      if (PROJECT_LABELS.test(label)) project = true;
    }
  }
  return project || hasIndicatorTable ? 'project' : 'other';
}
