import { z } from 'zod';

/** A cell's raw value as Excel's `range.values` gives it: "" for an empty cell. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * One sheet as a host read it. All grids have the same shape: the used range, whose top-left cell is
 * `origin` (1-based row and column on the sheet). `text` is what Excel displays (`1` formatted `0%`
 * is "100%"), `values` the raw values, `formulas` "=…" for formula cells and "" otherwise,
 * `numberFormats` the cells' format codes ("General" when none). `merges` are A1 ranges on the sheet.
 */
export const SheetSnapshotSchema = z.object({
  name: z.string(),
  origin: z.object({ row: z.number().int().min(1), col: z.number().int().min(1) }),
  text: z.array(z.array(z.string())),
  values: z.array(z.array(CellValueSchema)),
  formulas: z.array(z.array(z.string())),
  numberFormats: z.array(z.array(z.string())),
  merges: z.array(z.string()),
});

export const WorkbookSnapshotSchema = z.object({
  sheets: z.array(SheetSnapshotSchema),
});

export type CellValue = z.infer<typeof CellValueSchema>;
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;
