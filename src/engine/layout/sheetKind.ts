import type { SheetKind } from '../schema';
import type { SheetGrid } from './grid';
import { textQuestion } from './textFacts';

const DEPARTMENT_LABELS = /^(预算整体情况|年度重点工作任务|部门预算支出|部门整体(预算)?绩效目标(申报)?表?)/;
const PROJECT_LABELS = /^(项目(支出)?名称|实施周期|起始年度|到期年度|项目类型|项目(等级|级次)|(省级|市级|县级|项目)?主管部门|用款单位|(\d{4}年度?|年度)预算(金额)?|设立依据|项目概述|项目(支出)?绩效目标(申报)?表)$/;

/** Which form a label belongs to: every cell of every sheet is asked (once per text, see FORM_LABEL). */
function formLabelOf(label: string): 'department' | 'project' | null {
  if (label.length > 40) return null;
  if (DEPARTMENT_LABELS.test(label)) return 'department';
  return PROJECT_LABELS.test(label) ? 'project' : null;
}

const FORM_LABEL = textQuestion((facts) => formLabelOf(facts.label));

/**
 * A sheet's kind by its content, never its name or position: department labels win over project
 * ones (a department form may mention 项目支出); a bare indicator table is a project form. Without a
 * table it takes two project labels: a list of projects with a 项目名称 column is not a form.
 */
export function detectKind(grid: SheetGrid, hasIndicatorTable: boolean): SheetKind {
  // Two different project labels are enough: the first one seen, and whether another followed.
  let firstProjectLabel: string | null = null;
  let twoProjectLabels = false;
  for (let row = grid.top; row <= grid.bottom; row++) {
    const filled = grid.filledFacts(row);
    for (let i = 0; i < filled.length; i++) {
      const facts = filled[i];
      const named = facts.answer(FORM_LABEL);
      if (named === 'department') return 'department';
      if (named !== 'project') continue;
      if (firstProjectLabel === null) firstProjectLabel = facts.label;
      else if (facts.label !== firstProjectLabel) twoProjectLabels = true;
    }
  }
  return hasIndicatorTable || twoProjectLabels ? 'project' : 'other';
}
