// What the browser should show, computed in Node by the same engine on the same workbooks: the tests
// then compare the page with these numbers rather than with copies of them.
import { checkWorkbook } from '../../src/engine/check';
import { cellsOfFinding, sheetsOfFinding } from '../../src/engine/findingCells';
import type { ColumnOverride, Finding, Severity, WorkbookSnapshot } from '../../src/engine/schema';

export interface ExpectedCheck {
  counts: Record<Severity, number>;
  /** The verdict as the summary shows it: 可以提交 / 无错误，请复核 N 条警告 / 需修改. */
  verdict: string;
  /** Per sheet, as the summary prints it: "错误 0 · 警告 3 · 提示 1" or "无问题". */
  sheetLines: [string, string][];
  /** "Sheet!A1" → the most severe finding there: what the grid fills. */
  highlights: Record<string, Severity>;
  findings: Finding[];
  /** Per sheet, its counts. */
  sheetCounts: Record<string, Record<Severity, number>>;
  /** The sheets with findings, in workbook order: the groups of 问题列表. */
  groupSheets: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function expectedCheck(snapshot: WorkbookSnapshot, columnRoles: ColumnOverride[] = []): ExpectedCheck {
  const { findings } = checkWorkbook(snapshot, { lang: 'zh', columnRoles });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const perSheet = new Map<string, Record<Severity, number>>(snapshot.sheets.map((s) => [s.name, { error: 0, warning: 0, info: 0 }]));
  const highlights: Record<string, Severity> = {};
  for (const f of findings) {
    counts[f.severity] += 1;
    // Listed (and counted) under every sheet it touches; every cell of it is highlighted.
    for (const sheet of sheetsOfFinding(f)) perSheet.get(sheet)![f.severity] += 1;
    for (const { sheet, cell } of cellsOfFinding(f)) {
      const key = `${sheet}!${cell}`;
      if (highlights[key] === undefined || RANK[f.severity] < RANK[highlights[key]]) highlights[key] = f.severity;
    }
  }
  const line = (c: Record<Severity, number>) =>
    c.error + c.warning + c.info === 0 ? '无问题' : `错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}`;
  return {
    counts,
    verdict: counts.error > 0 ? '需修改' : counts.warning > 0 ? `无错误，请复核 ${counts.warning} 条警告` : '可以提交',
    sheetLines: [...perSheet].map(([sheet, c]) => [sheet, line(c)]),
    highlights,
    findings,
    sheetCounts: Object.fromEntries(perSheet),
    groupSheets: [...perSheet].filter(([, c]) => c.error + c.warning + c.info > 0).map(([sheet]) => sheet),
  };
}
