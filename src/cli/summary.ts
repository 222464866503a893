import type { CheckResult } from '../engine/check';
import type { Change, Finding, Lang } from '../engine/schema';
import { cliStrings } from './messages';

/** The readable per-workbook summary the CLI prints: readiness, counts, findings per sheet, changes. */
export function formatSummary(file: string, result: CheckResult, lang: Lang, changes: Change[]): string {
  const s = cliStrings(lang);
  const lines: string[] = [];
  const count = (severity: Finding['severity']) => result.findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const forms = result.model.sheets.filter((sheet) => sheet.kind !== 'other');
  lines.push(`${file}: ${errors ? s.notReady : s.ready} — ${s.counts(errors, count('warning'), count('info'))}`);
  if (forms.length === 0) lines.push(`  ${s.noForms}`);
  for (const sheet of result.model.sheets) {
    const findings = result.findings.filter((f) => f.sheet === sheet.name);
    if (sheet.kind === 'other' && findings.length === 0) continue;
    lines.push(`  ${s.sheet(sheet.name, s.kinds[sheet.kind], sheet.indicators.length)}`);
    for (const f of findings) {
      lines.push(`    ${f.cell.padEnd(6)} ${s.severity[f.severity]}  ${f.message}`);
      if (f.suggestion) lines.push(`           ${s.fix}: ${f.suggestion}`);
    }
  }
  if (changes.length) {
    lines.push(`  ${s.changes(changes.length)}`);
    for (const c of changes) lines.push(`  ${s.change(`${c.sheet}!${c.cell}`, String(c.before), String(c.after), c.reason)}`);
  }
  return lines.join('\n');
}
