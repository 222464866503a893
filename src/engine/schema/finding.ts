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
  /** Set when the workbook records this finding as ignored: the reason given. */
  ignored: z.string().optional(),
});

/** A finding the user chose to ignore, with why: kept in the workbook so a reviewer sees it. */
export const IgnoredFindingSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  rule: z.string(),
  reason: z.string(),
});

export type Severity = z.infer<typeof SeveritySchema>;
export type IgnoredFinding = z.infer<typeof IgnoredFindingSchema>;
export type Lang = z.infer<typeof LangSchema>;
export type Finding = z.infer<typeof FindingSchema>;
