// Whether a form can go: one rule for every host and report. An error must be fixed; a warning asks
// for a review; info asks for nothing.
export type Readiness = 'ready' | 'review' | 'needsWork';

export function readinessOf(counts: { error: number; warning: number }): Readiness {
  if (counts.error > 0) return 'needsWork';
  return counts.warning > 0 ? 'review' : 'ready';
}
