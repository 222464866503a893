import type { CellValue } from '../engine/schema';
import { HostError } from './workbookHost';

/**
 * The rules every host applies before writing a plan (compare-and-set): each target once, no formula
 * in it, and still holding the value the plan was made from. Hosts read the targets their own way
 * and ask `refusalFor`; the first refusal stops the whole write.
 */
export interface GuardedWrite {
  sheet: string;
  cell: string;
  expected: CellValue;
  value: CellValue;
}

/** A refusal for the first target that appears twice in the plan (cells compared without $ and case). */
export function duplicateTarget(writes: GuardedWrite[]): HostError | null {
  const seen = new Set<string>();
  for (const write of writes) {
    const key = `${write.sheet}!${write.cell.replace(/\$/g, '').toUpperCase()}`;
    if (seen.has(key)) return refusal(write, '在计划中出现两次', 'appears twice in the plan');
    seen.add(key);
  }
  return null;
}

/** Why this target must not be written now, or null: it holds a formula, or no longer holds `expected`. */
export function refusalFor(write: GuardedWrite, current: { value: unknown; formula: unknown }): HostError | null {
  if (typeof current.formula === 'string' && current.formula.startsWith('=')) {
    return refusal(write, `含公式 ${current.formula}`, `holds a formula ${current.formula}`);
  }
  if (!sameCellValue(current.value, write.expected)) {
    const now = show(current.value);
    const was = show(write.expected);
    return refusal(write, `已被修改（现为 ${now}，检查时为 ${was}）`, `has changed (now ${now}, was ${was} when checked)`);
  }
  return null;
}

/** Values compared as Excel holds them: numbers exactly, text without surrounding spaces. */
function sameCellValue(current: unknown, expected: CellValue): boolean {
  if (typeof expected === 'string') {
    const text = current === null || current === undefined ? '' : current;
    return typeof text === 'string' && text.trim() === expected.trim();
  }
  return current === expected;
}

export function refusal(write: GuardedWrite, zh: string, en: string): HostError {
  return new HostError(`${write.sheet}!${write.cell} ${zh}，未写入任何单元格`, `${write.sheet}!${write.cell} ${en}; nothing was written`);
}

function show(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '（空）';
  return typeof value === 'string' ? `“${value}”` : String(value);
}
