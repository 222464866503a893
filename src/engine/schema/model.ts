import { z } from 'zod';
import { ParsedValueSchema } from './value';

/** Canonical 一级指标 (财预〔2021〕101号). */
export const Level1Schema = z.enum(['成本指标', '产出指标', '效益指标', '满意度指标']);
/** Canonical 二级指标, including those of older forms (产出/成本指标, 效益/可持续影响指标). */
export const Level2Schema = z.enum([
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
]);

export const SheetKindSchema = z.enum(['department', 'project', 'other']);

/** A1 address on the indicator's own sheet, e.g. "D27". */
export const A1Schema = z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/);

export const IndicatorCellsSchema = z.object({
  level1: A1Schema.optional(),
  level2: A1Schema.optional(),
  level3: A1Schema.optional(),
  periodValue: A1Schema.optional(),
  annualValue: A1Schema.optional(),
});

/** The columns a row was expected to use, by the table header; set on rows re-anchored by content. */
export const ExpectedColumnsSchema = z.object({
  level1: z.string().optional(),
  level2: z.string().optional(),
  level3: z.string().optional(),
  periodValue: z.string().optional(),
  annualValue: z.string().optional(),
});

export const IndicatorSchema = z.object({
  /** Canonical names; null where the cell's text is not a known category (the raw text is kept). */
  level1: Level1Schema.nullable(),
  level2: Level2Schema.nullable(),
  level1Raw: z.string(),
  level2Raw: z.string(),
  level3: z.string(),
  /** Displayed text of the targets; "" when empty. A one-target layout puts it in annualValue. */
  periodValue: z.string(),
  annualValue: z.string(),
  period: ParsedValueSchema,
  annual: ParsedValueSchema,
  /** The sheet row (1-based). */
  row: z.number().int().min(1),
  cells: IndicatorCellsSchema,
  /** True when the row did not fit the header and was re-anchored by content. */
  shifted: z.boolean(),
  expected: ExpectedColumnsSchema.optional(),
  /** Cells in columns that are not targets (备注, 权重, 分值, 指标值内容 …): header text → displayed text. */
  extra: z.record(z.string(), z.string()).optional(),
  /** For split layouts (指标值类型 / 目标值 / 度量单位), the parts the value was composed of, in order. */
  parts: z.array(z.string()).optional(),
});

/** The category rows of the table: every 一级/二级 the form lists, with or without indicators. */
export const CategoryRowSchema = z.object({
  level1: Level1Schema.nullable(),
  level2: Level2Schema.nullable(),
  level1Raw: z.string(),
  level2Raw: z.string(),
  row: z.number().int().min(1),
  cells: IndicatorCellsSchema,
});

export const MoneyUnitSchema = z.enum(['万元', '元']);

/** An amount read exactly: `value` is a decimal string ("6336.55"), never a binary float. */
export const AmountSchema = z.object({
  value: z.string(),
  unit: MoneyUnitSchema,
  /** True when no header or label stated the unit and it was inferred from the magnitude. */
  unitInferred: z.boolean(),
});

export const HeaderFieldSchema = z.object({
  /** The label as written in the form, e.g. "2026年预算金额". */
  label: z.string(),
  labelCell: A1Schema,
  /** The displayed text of the value cell ("" when empty). */
  value: z.string(),
  cell: A1Schema,
  /** For money fields whose value cell holds a number (or text that is a number). */
  amount: AmountSchema.optional(),
  /** For 年度预算金额: the year its label names. */
  year: z.number().int().optional(),
});

export const KeyTaskSchema = z.object({
  name: z.string(),
  content: z.string(),
  /** Displayed text of the 拟投入的资金 cell. */
  amountText: z.string(),
  amount: AmountSchema.optional(),
  goal: z.string(),
  row: z.number().int().min(1),
  cells: z.object({ name: A1Schema, content: A1Schema.optional(), amount: A1Schema.optional(), goal: A1Schema.optional() }),
});

/** How the reader took one column of the indicator table, how that was decided and how sure it is. */
export const ColumnRoleSchema = z.object({
  /** 1-based sheet column. */
  col: z.number().int().min(1),
  /** The column's letters (C), for people. */
  column: z.string(),
  /** tree: one column holding 一级, 二级 and the indicator names in turn. */
  role: z.enum(['label', 'level1', 'level2', 'level3', 'tree', 'period', 'annual', 'operator', 'unit', 'extra']),
  /** header: its header word alone; content: what its cells hold; header+content: both agree; user: the user's choice. */
  source: z.enum(['header', 'content', 'header+content', 'user']),
  confidence: z.number().min(0).max(1),
  /** The header cell's text, when the table has one. */
  header: z.string().optional(),
});

/** A column's role as the user set it, saved with the workbook and used by every later check. */
export const ColumnOverrideSchema = z.object({
  sheet: z.string().min(1),
  /** Column letters, e.g. "C". */
  column: z.string().regex(/^[A-Z]{1,3}$/),
  /** extra: the column holds none of the table's parts (a note, a description, a weight). */
  role: z.enum(['level1', 'level2', 'level3', 'period', 'annual', 'operator', 'unit', 'extra']),
  /** The column's header text when the role was set ("" when the table had no header row): the role holds while it is unchanged. */
  header: z.string().optional(),
});

/** Where the indicator table sits and what each of its columns holds (1-based sheet columns). */
export const TableLayoutSchema = z.object({
  headerRow: z.number().int().min(1),
  firstRow: z.number().int().min(1),
  lastRow: z.number().int().min(1),
  columns: z.object({
    label: z.number().int().optional(),
    level1: z.number().int().optional(),
    level2: z.number().int().optional(),
    level3: z.number().int(),
    periodValue: z.number().int().optional(),
    annualValue: z.number().int().optional(),
    /** Split layouts: operator, number and unit columns composing one target. */
    operator: z.number().int().optional(),
    unit: z.number().int().optional(),
    /** Columns that are not targets, by header text. */
    extra: z.record(z.string(), z.number().int()).optional(),
  }),
  /** Each column's role with how it was decided; found by content when no header row named the table. */
  foundBy: z.enum(['header', 'content']).optional(),
  roles: z.array(ColumnRoleSchema).optional(),
});

export const SheetModelSchema = z.object({
  name: z.string(),
  kind: SheetKindSchema,
  /** Header fields by canonical label (部门名称, 基本支出, 项目名称, 年度预算金额 …). */
  header: z.record(z.string(), HeaderFieldSchema),
  keyTasks: z.array(KeyTaskSchema),
  table: TableLayoutSchema.nullable(),
  categories: z.array(CategoryRowSchema),
  indicators: z.array(IndicatorSchema),
});

export const WorkbookModelSchema = z.object({
  sheets: z.array(SheetModelSchema),
});

export type Level1 = z.infer<typeof Level1Schema>;
export type Level2 = z.infer<typeof Level2Schema>;
export type SheetKind = z.infer<typeof SheetKindSchema>;
export type IndicatorCells = z.infer<typeof IndicatorCellsSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type CategoryRow = z.infer<typeof CategoryRowSchema>;
export type MoneyUnit = z.infer<typeof MoneyUnitSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type HeaderField = z.infer<typeof HeaderFieldSchema>;
export type KeyTask = z.infer<typeof KeyTaskSchema>;
export type TableLayout = z.infer<typeof TableLayoutSchema>;
export type TableColumnRole = z.infer<typeof ColumnRoleSchema>;
export type ColumnOverride = z.infer<typeof ColumnOverrideSchema>;
export type SheetModel = z.infer<typeof SheetModelSchema>;
export type WorkbookModel = z.infer<typeof WorkbookModelSchema>;
