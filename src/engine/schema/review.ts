import { z } from 'zod';
import { SheetKindSchema } from './model';
import { ReportSchema } from './report';

/** The four points a finance bureau's review of performance targets covers (财预〔2021〕101号 审核内容). */
export const ReviewPointSchema = z.enum(['完整性', '相关性', '适当性', '可行性']);

/** A form's verdict: 退回 with errors, 修改后通过 with warnings only, 通过 otherwise; 无法读取 for a file that could not be read. */
export const VerdictSchema = z.enum(['退回', '修改后通过', '通过', '无法读取']);

/** The figures behind a form's quality score (0–100), each a count over the form's indicators. */
export const QualitySchema = z.object({
  indicators: z.number().int().min(0),
  /** Indicators whose target (年度, else 实施周期) is a number with its unit or operator. */
  quantified: z.number().int().min(0),
  /** 量化率: quantified ÷ indicators, 0–1 (0 when there is no indicator). */
  quantifiedRate: z.number().min(0).max(1),
  /** Which dimensions of the framework the form covers with at least one indicator. */
  coverage: z.object({
    数量: z.boolean(),
    质量: z.boolean(),
    时效: z.boolean(),
    成本: z.boolean(),
    效益: z.boolean(),
    满意度: z.boolean(),
  }),
  /** Qualitative targets in words that cannot be assessed (有所提高, 进一步加强 …). */
  vague: z.number().int().min(0),
  /** Numeric targets written without a unit ("3", "≥95"). */
  withoutUnit: z.number().int().min(0),
  /** Indicators whose annual and period targets disagree (one missing, other unit, annual above a multi-year period). */
  periodMismatch: z.number().int().min(0),
  score: z.number().int().min(0).max(100),
});

export const SeverityCountsSchema = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  info: z.number().int().min(0),
});

/** One row of 汇总: a form (department or project sheet) of a file, or a file that could not be read. */
export const FormReviewSchema = z.object({
  file: z.string(),
  /** "" for a file that could not be read or holds no form. */
  sheet: z.string(),
  kind: SheetKindSchema,
  /** 用款单位 (else 主管部门) of a project form; 部门名称 of a department form. */
  unit: z.string(),
  /** 项目名称, or "部门整体" for a department form. */
  project: z.string(),
  /** The form's amount in 元 as an exact decimal string: 年度预算金额, or 基本支出 + 项目支出 of a department. */
  amountYuan: z.string().nullable(),
  verdict: VerdictSchema,
  counts: SeverityCountsSchema,
  /** Findings the workbook records as ignored (with a reason): listed, not counted. */
  ignored: z.number().int().min(0),
  quality: QualitySchema.nullable(),
  /** Why a file could not be read, or that it holds no form. */
  note: z.string().optional(),
});

export const YoyKindSchema = z.enum(['new-project', 'indicator-dropped', 'target-lowered', 'values-unchanged']);

/** One 同比 observation: this year's form against last year's form of the same project. */
export const YoyItemSchema = z.object({
  kind: YoyKindSchema,
  file: z.string(),
  sheet: z.string(),
  project: z.string(),
  unit: z.string(),
  /** The cell on this year's sheet, when there is one (a lowered target). */
  cell: z.string().optional(),
  previousFile: z.string().optional(),
  previousSheet: z.string().optional(),
  message: z.string(),
});

/** `review --json`: the per-file reports (as `check --json`), the 汇总 rows and the 同比 items. */
export const ReviewReportSchema = z.object({
  forms: z.array(FormReviewSchema),
  reports: z.array(ReportSchema),
  unreadable: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Files left out on purpose: 审核意见 workbooks written by an earlier review. */
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Present when --previous was given. */
  yoy: z.array(YoyItemSchema).optional(),
  scoreMethod: z.string(),
});

export type ReviewPoint = z.infer<typeof ReviewPointSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Quality = z.infer<typeof QualitySchema>;
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;
export type FormReview = z.infer<typeof FormReviewSchema>;
export type YoyKind = z.infer<typeof YoyKindSchema>;
export type YoyItem = z.infer<typeof YoyItemSchema>;
export type ReviewReport = z.infer<typeof ReviewReportSchema>;
