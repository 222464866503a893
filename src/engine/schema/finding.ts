import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export const LangSchema = z.enum(['zh', 'en']);

/** One problem, on one cell, in the language the report was made in. */
export const FindingSchema = z.object({
  sheet: z.string(),
  /** A1 address on `sheet`. */
  cell: z.string(),
  severity: SeveritySchema,
  /** Rule id, e.g. "value.missing-annual". */
  rule: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  /** What the rule rests on: a regulation, the form itself, or common sense. */
  basis: z.string().optional(),
  /** Other cells involved, as "Sheet!A1" or "A1" on the same sheet. */
  related: z.array(z.string()).optional(),
});

export type Severity = z.infer<typeof SeveritySchema>;
export type Lang = z.infer<typeof LangSchema>;
export type Finding = z.infer<typeof FindingSchema>;
