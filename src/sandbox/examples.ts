// The workbooks the sandbox can open without a file: the seed, and test workbooks built from it in
// the browser (the end-to-end tests load them with ?example=<name>).
import type { WorkbookSpec } from '../engine/schema';
import { seedWorkbookSpec } from '../sample/seedSpec';
import { mergedVariant, setCell } from '../sample/variants';

export const EXAMPLE_NAMES = ['seed', 'unbalanced', 'merged'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** The department sheet of the seed, whose 项目支出 (C6) the unbalanced example changes. */
export const DEPARTMENT_SHEET = '部门整体预算绩效目标申报表';

export function isExampleName(name: string | null | undefined): name is ExampleName {
  return (EXAMPLE_NAMES as readonly string[]).includes(name ?? '');
}

export function exampleSpec(name: ExampleName): WorkbookSpec {
  const seed = seedWorkbookSpec();
  switch (name) {
    case 'seed':
      return seed;
    case 'unbalanced':
      // 项目支出 567.61 → 600: 基本支出 + 项目支出 no longer equals the funding totals (6,904.16).
      return setCell(seed, DEPARTMENT_SHEET, 'C6', { ...seed.sheets[0].cells.C6, value: 600 });
    case 'merged':
      return mergedVariant(seed);
  }
}
