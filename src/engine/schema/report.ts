import { z } from 'zod';
import { FindingSchema, NoteSchema } from './finding';
import { HeaderFieldSchema, IndicatorSchema, SheetKindSchema, TableLayoutSchema } from './model';
import { ChangeSchema } from './plan';

/** The indicator as the CLI's JSON report shows it (the model's fields minus parser internals). */
export const ReportIndicatorSchema = IndicatorSchema.pick({
  level1: true,
  level2: true,
  level3: true,
  periodValue: true,
  annualValue: true,
  row: true,
  cells: true,
  shifted: true,
});

export const ReportSheetSchema = z.object({
  name: z.string(),
  kind: SheetKindSchema,
  header: z.record(z.string(), HeaderFieldSchema),
  indicators: z.array(ReportIndicatorSchema),
  /** Where the indicator table is and how each column was read (role, header/content, confidence). */
  table: TableLayoutSchema.pick({ headerRow: true, firstRow: true, lastRow: true, foundBy: true, roles: true }).nullable().optional(),
});

export const ReportSchema = z.object({
  file: z.string(),
  sheets: z.array(ReportSheetSchema),
  findings: z.array(FindingSchema),
  /** Read facts that ask for nothing (see NoteSchema). */
  notes: z.array(NoteSchema),
  changes: z.array(ChangeSchema),
});

export const ReportListSchema = z.union([ReportSchema, z.array(ReportSchema)]);

export type ReportIndicator = z.infer<typeof ReportIndicatorSchema>;
export type ReportSheet = z.infer<typeof ReportSheetSchema>;
export type Report = z.infer<typeof ReportSchema>;
