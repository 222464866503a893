// The cells a plan wrote, as the success message names them: "E5、E8" on one sheet, with the sheet
// name when the plan spans sheets; a long plan is cut short (the table below lists every row).
import type { Change } from '../../engine/schema';

const MAX_NAMED = 8;

export function cellList(plan: Pick<Change, 'sheet' | 'cell'>[], separator: string, more: string): string {
  const oneSheet = new Set(plan.map((c) => c.sheet)).size <= 1;
  const names = plan.map((c) => (oneSheet ? c.cell : `${c.sheet}!${c.cell}`));
  const shown = names.slice(0, MAX_NAMED).join(separator);
  return names.length > MAX_NAMED ? `${shown}${more}` : shown;
}
