import { checkWorkbook } from '../../src/engine/check';
import type { WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';

/** The rebalance plan of a generated workbook and the balance findings that came with it. */
export function plan(spec: WorkbookSpec, lang: 'zh' | 'en' = 'zh') {
  const result = checkWorkbook(specToSnapshot(spec), { lang });
  return { changes: result.plan, findings: result.findings.filter((f) => f.rule.startsWith('balance.')) };
}
