import type { CheckResult } from '../engine/check';
import { cellsOfFinding, sheetsOfFinding } from '../engine/findingCells';
import { readinessOf, type Readiness } from '../engine/readiness';
import type { Change, Finding, Lang, WorkbookSnapshot } from '../engine/schema';
import { changeValueText } from './changeValues';
import { cliStrings } from './messages';

/**
 * The readable per-workbook summary the CLI prints: readiness (ready when there is no error),
 * counts by severity, then per sheet each finding's cell, severity, reason and fix, then changes
 * (amounts shown as the reasons show them, with the cell's decimals from `snapshot`).
 * A workbook without any form says so instead of calling itself ready.
 */
export function formatSummary(file: string, result: CheckResult, lang: Lang, changes: Change[], snapshot?: WorkbookSnapshot): string {
  const s = cliStrings(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const lines: string[] = [];
  // Findings the workbook records as ignored (with a reason) are listed, but do not count.
  const active = result.findings.filter((f) => f.ignored === undefined);
  const ignoredCount = result.findings.length - active.length;
  const count = (severity: Finding['severity']) => active.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const counts = s.counts(errors, count('warning'), count('info')) + (ignoredCount ? s.ignoredCount(ignoredCount) : '');
  const forms = result.model.sheets.filter((sheet) => sheet.kind !== 'other');
  if (forms.length === 0) lines.push(`${file}${colon}${s.noForms}${result.findings.length ? ` — ${counts}` : ''}`);
  else lines.push(`${file}${colon}${verdictWords(s, readinessOf({ error: errors, warning: count('warning') }), count('warning'))} — ${counts}`);
  for (const sheet of result.model.sheets) {
    // A problem spanning sheets is listed under each sheet it touches (and counted once above).
    const findings = result.findings.filter((f) => sheetsOfFinding(f).includes(sheet.name));
    if (sheet.kind === 'other' && findings.length === 0) continue;
    const title = s.sheet(sheet.name, s.kinds[sheet.kind], sheet.indicators.length);
    lines.push(findings.length ? `  ${title}` : `  ${title}${colon}${s.sheetClean}`);
    for (const f of findings) {
      lines.push(`    ${f.sheet === sheet.name ? f.cell.padEnd(6) : `${f.sheet}!${f.cell}`} ${s.severity[f.severity]}  ${f.message}`);
      const cells = cellList(f, sheet.name);
      if (cells.length > 1) lines.push(`    ${''.padEnd(6)} ${s.cells(cells)}`);
      if (f.ignored !== undefined) lines.push(`    ${''.padEnd(6)} ${s.ignored(f.ignored)}`);
      else if (f.suggestion) lines.push(`    ${''.padEnd(6)} ${s.fix}${f.suggestion}`);
    }
  }
  if (result.notes.length) {
    lines.push(`  ${s.notes}`);
    for (const note of result.notes) lines.push(`    ${note.sheet}!${note.cell}  ${note.message}`);
  }
  if (changes.length) {
    lines.push(`  ${s.changes(changes.length)}`);
    for (const c of changes) {
      const [before, after] = [c.before, c.after].map((v) => changeValueText(v, snapshot, c.sheet, c.cell));
      lines.push(`  ${s.change(`${c.sheet}!${c.cell}`, before, after, c.reason)}`);
    }
  }
  return lines.join('\n');
}

/** The finding's cells as seen from one sheet: "D54", "E54", or "Other!C25" for cells elsewhere. */
function cellList(finding: CheckResult['findings'][number], sheet: string): string[] {
  return cellsOfFinding(finding).map((ref) => (ref.sheet === sheet ? ref.cell : `${ref.sheet}!${ref.cell}`));
}

function verdictWords(s: ReturnType<typeof cliStrings>, readiness: Readiness, warnings: number): string {
  if (readiness === 'needsWork') return s.notReady;
  return readiness === 'review' ? s.review(warnings) : s.ready;
}
