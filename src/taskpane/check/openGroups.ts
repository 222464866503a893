// Which sheet groups of 问题列表 start open after a check: the findings should be in sight without
// a click, but opening all of them would bury the errors under the warnings.
import type { CheckSummary } from './summarize';

/** The sheets with errors; when none has one, the first sheet with any finding not ignored. */
export function defaultOpenSheets(summary: CheckSummary): string[] {
  const withErrors = summary.groups.filter((g) => g.counts.error > 0).map((g) => g.sheet);
  if (withErrors.length > 0) return withErrors;
  const first = summary.groups.find((g) => g.counts.error + g.counts.warning + g.counts.info > 0);
  return first ? [first.sheet] : [];
}
