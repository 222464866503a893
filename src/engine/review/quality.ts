// A form's quality score: how assessable its targets are, from the indicator table alone.
import { parseA1 } from '../a1';
import type { Finding, Indicator, ParsedValue, Quality, SheetModel } from '../schema';

/** Words that make a target unassessable when no number comes with them ("进一步提高", "效果良好"). */
const VAGUE = /(有所|进一步|逐步|不断|持续|明显|显著|大幅|较大|较好|良好|有效|稳步|一定|基本|积极|力争|尽量|努力|加强|提升|提高|改善|促进|推动|增强|优化)/;
/** Rules saying an indicator's annual and period targets disagree. */
const PERIOD_RULES = new Set(['value.missing-period', 'value.missing-annual', 'value.unit-mismatch', 'value.annual-over-period']);
const COST_LEVEL2 = new Set(['经济成本指标', '社会成本指标', '生态环境成本指标', '成本指标']);

export const SCORE_WEIGHTS = { quantified: 30, output: 5, benefit: 15, satisfaction: 10, vague: 10, units: 10, period: 5 } as const;

/** The line 质量评分 prints under its table. */
export const SCORE_METHOD =
  `评分（满分100）= 量化率×${SCORE_WEIGHTS.quantified} + 产出数量/质量/时效、成本各${SCORE_WEIGHTS.output}分 + 效益${SCORE_WEIGHTS.benefit}分 + 满意度${SCORE_WEIGHTS.satisfaction}分` +
  ` + ${SCORE_WEIGHTS.vague}×(1−模糊表述数/指标数) + ${SCORE_WEIGHTS.units}×(1−无单位数/量化指标数) + ${SCORE_WEIGHTS.period}×(1−年度与周期不一致数/指标数)；` +
  '每项指标取年度指标值（未填时取实施周期指标值）；没有指标的表为0分';

/** The target a reviewer reads first: the annual value, else the period value. */
export function mainTarget(indicator: Indicator): ParsedValue {
  return indicator.annual.kind !== 'empty' ? indicator.annual : indicator.period;
}

export function isVague(value: ParsedValue): boolean {
  return value.kind === 'qualitative' && !/\d/.test(value.raw) && VAGUE.test(value.raw);
}

function coverageOf(indicators: Indicator[]): Quality['coverage'] {
  const has = (test: (i: Indicator) => boolean) => indicators.some(test);
  return {
    数量: has((i) => i.level2 === '数量指标'),
    质量: has((i) => i.level2 === '质量指标'),
    时效: has((i) => i.level2 === '时效指标'),
    成本: has((i) => i.level1 === '成本指标' || (i.level2 !== null && COST_LEVEL2.has(i.level2))),
    效益: has((i) => i.level1 === '效益指标'),
    满意度: has((i) => i.level1 === '满意度指标'),
  };
}

function rowOf(cell: string): number | null {
  try {
    return parseA1(cell).row;
  } catch {
    return null;
  }
}

/** Indicator rows on which a period/annual rule fired (one indicator counts once). */
function periodMismatches(sheet: SheetModel, findings: Finding[]): number {
  const indicatorRows = new Set(sheet.indicators.map((i) => i.row));
  const rows = new Set<number>();
  for (const f of findings) {
    if (f.sheet !== sheet.name || !PERIOD_RULES.has(f.rule)) continue;
    const row = rowOf(f.cell);
    if (row !== null && indicatorRows.has(row)) rows.add(row);
  }
  return rows.size;
}

/** The quality figures and score of one form; `findings` are the workbook's (those of other sheets are ignored). */
export function qualityOf(sheet: SheetModel, findings: Finding[]): Quality {
  const indicators = sheet.indicators;
  const targets = indicators.map(mainTarget);
  const quantified = targets.filter((t) => t.kind === 'quantitative').length;
  const vague = targets.filter(isVague).length;
  const withoutUnit = targets.filter((t) => t.kind === 'quantitative' && t.number !== null && !t.unit).length;
  const periodMismatch = periodMismatches(sheet, findings);
  const coverage = coverageOf(indicators);
  const n = indicators.length;
  const quantifiedRate = n ? quantified / n : 0;
  const share = (part: number, whole: number) => (whole ? 1 - part / whole : 0);
  const w = SCORE_WEIGHTS;
  const raw = n
    ? quantifiedRate * w.quantified +
      [coverage.数量, coverage.质量, coverage.时效, coverage.成本].filter(Boolean).length * w.output +
      (coverage.效益 ? w.benefit : 0) +
      (coverage.满意度 ? w.satisfaction : 0) +
      share(vague, n) * w.vague +
      share(withoutUnit, quantified) * w.units +
      share(periodMismatch, n) * w.period
    : 0;
  return { indicators: n, quantified, quantifiedRate, coverage, vague, withoutUnit, periodMismatch, score: Math.round(raw) };
}
