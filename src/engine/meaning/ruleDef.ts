import type { RuleDef } from '../rules/types';

/** A rule of the meaning family: always a warning (what a reviewer would question, not a certainty). */
export const meaningRule = (id: string, basis: RuleDef['basis'], message: RuleDef['message'], suggestion: RuleDef['suggestion']): RuleDef => ({
  id: `meaning.${id}`,
  family: 'meaning',
  severity: 'warning',
  basis,
  message,
  suggestion,
});
