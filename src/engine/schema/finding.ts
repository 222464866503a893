import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export const LangSchema = z.enum(['zh', 'en']);

/** One problem, in the language the report was made in: on one cell, or on several (`cells`). */
export const FindingSchema = z.object({
  sheet: z.string(),
  /** A1 address on `sheet`: the first cell of the problem. */
  cell: z.string(),
  /**
   * Every cell of a problem that spans several (a period and an annual value, a shifted block, both
   * sides of a cross-sheet pair), `cell` first: "A1" on `sheet`, "Sheet!A1" on another sheet.
   * Absent when the problem is on `cell` alone.
   */
  cells: z.array(z.string()).optional(),
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

/**
 * A fact the reader established that asks nothing of the user (the unit a form's convention gives an
 * amount, what the key tasks add up to): shown in the summary, never highlighted or counted.
 */
export const NoteSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  rule: z.string(),
  message: z.string(),
  related: z.array(z.string()).optional(),
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
export type Note = z.infer<typeof NoteSchema>;
