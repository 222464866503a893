// The indicator library's model (src/engine/library): one common indicator under its 一级 / 二级, with how it is measured
// and the project types it fits. The data modules (src/engine/library/data) are validated against these schemas.
import { z } from 'zod';
import { Level1Schema, Level2Schema } from './model';

/** Project types the library knows; 通用 fits every project. */
export const ProjectTypeSchema = z.enum([
  '通用',
  '会议',
  '培训',
  '补助补贴',
  '慰问帮扶',
  '信息化运维',
  '宣传出版',
  '调研课题',
  '监测评估',
  '保险保费',
  '设备购置',
  '工程建设',
  '专项检查',
  '购买服务',
]);
export type ProjectType = z.infer<typeof ProjectTypeSchema>;
/** The types a user can choose for a new sheet (通用 is the fallback, not a choice). */
export const CHOOSABLE_TYPES = ProjectTypeSchema.options.filter((t) => t !== '通用');

/** rate: a percentage; count: a number of things; time: days, months, a date; amount: money; qualitative: a phrase. */
export const LibraryMeasureSchema = z.enum(['rate', 'count', 'time', 'amount', 'qualitative']);
export const LibraryDirectionSchema = z.enum(['≥', '≤', '=']);

export const LibraryIndicatorSchema = z.object({
  /** Stable id: level2 stem + running number, e.g. "经济成本-3". */
  id: z.string().min(1),
  name: z.string().min(2).max(40),
  level1: Level1Schema,
  level2: Level2Schema,
  measure: LibraryMeasureSchema,
  /** "%", "次", "元/人", "天"; "" for qualitative indicators. */
  unit: z.string(),
  direction: LibraryDirectionSchema,
  /** A typical target as a form writes it: ≥95%, ≤5个工作日, 按规定标准发放. */
  example: z.string().min(1),
  /** What the indicator shows (反映…). */
  shows: z.string().min(4),
  types: z.array(ProjectTypeSchema).min(1),
});
export type LibraryIndicator = z.infer<typeof LibraryIndicatorSchema>;

export const LibrarySchema = z
  .array(LibraryIndicatorSchema)
  .refine((list) => new Set(list.map((i) => i.id)).size === list.length, { message: 'duplicate id' })
  .refine((list) => new Set(list.map((i) => `${i.level2}|${i.name}`)).size === list.length, { message: 'duplicate name within a 二级' });

export const LibrarySourceSchema = z.object({ id: z.string(), title: z.string(), issuer: z.string(), note: z.string() });
export type LibrarySource = z.infer<typeof LibrarySourceSchema>;
