// The seed with a few cells changed, and a rule's findings on one sheet: how the rule tests state a
// case in the seed's own layout (its rows, its columns) without building a workbook by hand.
import { checkWorkbook } from '../../src/engine/check';
import type { Finding, Lang, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { clearCell, setCell } from '../../src/sample/variants';

export function findings(spec: WorkbookSpec, lang: Lang = 'zh'): Finding[] {
  return checkWorkbook(specToSnapshot(spec), { lang }).findings;
}

export function of(list: Finding[], rule: string, sheet: string): Finding[] {
  return list.filter((f) => f.rule === rule && f.sheet === sheet);
}

/** The seed with cells of one sheet set ('' clears a cell). */
export function seedWith(sheet: string, cells: Record<string, string>, spec: WorkbookSpec = seedWorkbookSpec()): WorkbookSpec {
  let out = spec;
  for (const [cell, value] of Object.entries(cells)) out = value === '' ? clearCell(out, sheet, cell) : setCell(out, sheet, cell, value);
  return out;
}

/** The rule's findings on a sheet as [cell, severity], with the first one's zh and en finding. */
export function fire(spec: WorkbookSpec, rule: string, sheet: string) {
  const zh = of(findings(spec), rule, sheet);
  const en = of(findings(spec, 'en'), rule, sheet);
  return { cells: zh.map((f) => [f.cell, f.severity]), zh: zh[0], en: en[0], all: zh };
}
