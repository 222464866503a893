import { z } from 'zod';

export const ValueKindSchema = z.enum(['quantitative', 'qualitative', 'empty', 'invalid']);
/** Canonical comparison operators; "=" only where the cell wrote one. */
export const OperatorSchema = z.enum(['≥', '≤', '>', '<', '=']);
export const DirectionSchema = z.enum(['increase', 'decrease']);

/** A normalisation the parser applied, so findings can say what was written and what it means. */
export const NormalisationSchema = z.enum([
  'full-width', // ０-９ ％ ＞ … turned into their ASCII/canonical forms
  'word-operator', // 大于等于 / 不低于 / 以上 / 以内 / 不超过 … turned into an operator
  'ascii-operator', // >= <= turned into ≥ ≤
  'whitespace', // spaces or line breaks inside the value removed
]);

/** One target value (实施周期指标值 or 年度指标值) parsed by the value grammar (DESIGN.md §2). */
export const ParsedValueSchema = z.object({
  raw: z.string(),
  /** The canonical spelling, e.g. "≥90%" for "不低于90％"; equals `raw` trimmed when nothing changed. */
  canonical: z.string(),
  kind: ValueKindSchema,
  operator: OperatorSchema.nullable(),
  /** The number as written, exact (a decimal string such as "40.9"), or null. */
  number: z.string().nullable(),
  unit: z.string().nullable(),
  direction: DirectionSchema.nullable(),
  normalisations: z.array(NormalisationSchema),
  /** How many number+unit measures the cell holds; more than one means two targets in one cell. */
  measures: z.number().int().min(0),
  /** Why the value is invalid (kind "invalid"), in a few words of English for logs and rules. */
  problem: z.string().nullable(),
  /** A note in brackets after a quantity, as written ("含" of "≥90%（含）"); absent when there is none. */
  note: z.string().optional(),
});

export type ValueKind = z.infer<typeof ValueKindSchema>;
export type Operator = z.infer<typeof OperatorSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type Normalisation = z.infer<typeof NormalisationSchema>;
export type ParsedValue = z.infer<typeof ParsedValueSchema>;
