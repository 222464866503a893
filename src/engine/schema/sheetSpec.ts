import { z } from 'zod';
import { CellValueSchema } from './snapshot';

/**
 * A sheet described as data, for writing: the generator's test workbooks, the project template and
 * the sandbox's in-memory workbook all use it, and each host turns it into real cells.
 */
export const CellStyleSchema = z.object({
  bold: z.boolean().optional(),
  wrap: z.boolean().optional(),
  hAlign: z.enum(['left', 'center', 'right']).optional(),
  vAlign: z.enum(['top', 'middle', 'bottom']).optional(),
  /** Fill colour "#RRGGBB"; absent means No Fill. */
  fill: z.string().optional(),
  fontColor: z.string().optional(),
  fontSize: z.number().optional(),
  border: z.boolean().optional(),
});

export const CellSpecSchema = z.object({
  value: CellValueSchema,
  formula: z.string().optional(),
  numFmt: z.string().optional(),
  style: CellStyleSchema.optional(),
});

export const DataValidationSpecSchema = z.object({
  /** A1 range on the sheet, bounded (never a whole column). */
  range: z.string(),
  /** A list of allowed values, or a formula source such as "=INDIRECT($B5)". */
  list: z.union([z.array(z.string()), z.string()]),
  allowBlank: z.boolean(),
  prompt: z.object({ title: z.string(), message: z.string() }).optional(),
});

/** An input message on cells that take any value (no dropdown), shown when a cell is selected. */
export const InputPromptSpecSchema = z.object({
  /** A1 range on the sheet, bounded. */
  range: z.string(),
  title: z.string(),
  message: z.string(),
});

export const SheetSpecSchema = z.object({
  name: z.string(),
  /** Non-empty cells by A1 address. */
  cells: z.record(z.string(), CellSpecSchema),
  merges: z.array(z.string()),
  /** Column widths in characters, by column letter. */
  columnWidths: z.record(z.string(), z.number()),
  /** Row heights in points, by row number; rows not listed have the default height. */
  rowHeights: z.record(z.string(), z.number()).optional(),
  printArea: z.string().optional(),
  validations: z.array(DataValidationSpecSchema),
  /** Input messages without a list (the template's value cells); hosts without data validation skip them. */
  prompts: z.array(InputPromptSpecSchema).optional(),
});

export const WorkbookSpecSchema = z.object({
  sheets: z.array(SheetSpecSchema),
});

export type CellStyle = z.infer<typeof CellStyleSchema>;
export type CellSpec = z.infer<typeof CellSpecSchema>;
export type DataValidationSpec = z.infer<typeof DataValidationSpecSchema>;
export type InputPromptSpec = z.infer<typeof InputPromptSpecSchema>;
export type SheetSpec = z.infer<typeof SheetSpecSchema>;
export type WorkbookSpec = z.infer<typeof WorkbookSpecSchema>;
