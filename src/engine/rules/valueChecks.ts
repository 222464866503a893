// The value rules' checks, per target and per pair of targets; each returns hits for one indicator.
import type { Indicator, SheetModel } from '../schema';
import type { Hit } from './types';
import { yearOf } from './projectFields';
import { isPlaceholderText } from './structurePlaceholderText';
import { decimalGreater, nameFacts, percentFacts, type NameFacts, type PercentFacts } from './nameFacts';
import { coreName, isCountUnit, isTimeUnit } from './valueNames';
import { targetParams, type Target } from './valueTargets';
import { obviousFix, problemWords } from './valueUnparseable';

// Each check appends its hits to `out`: one indicator's checks make no arrays where nothing fires.

/** missing-period / missing-annual: one target given, the other's cell empty. */
export function missingTarget(sheet: string, indicator: Indicator, out: Hit[]): void {
  const name = indicator.level3.trim();
  const period = indicator.periodValue.trim();
  const annual = indicator.annualValue.trim();
  if (name === '' || (period === '') === (annual === '')) return;
  if (period === '' && indicator.cells.periodValue) {
    out.push({ rule: 'value.missing-period', sheet, cell: indicator.cells.periodValue, params: { name, other: annual } });
  } else if (annual === '' && indicator.cells.annualValue) {
    out.push({ rule: 'value.missing-annual', sheet, cell: indicator.cells.annualValue, params: { name, other: period } });
  }
}

/** A hit of a single-target rule on one target; its params name the indicator, the target and its text. */
function targetHit(sheet: string, indicator: Indicator, target: Target, rule: string, extra: Record<string, string | number> = {}, severity?: Hit['severity']): Hit {
  // Object.assign onto the fresh params rather than spreads: this runs before the engine has optimised it.
  const hit: Hit = { rule, sheet, cell: target.cell, params: Object.assign(targetParams(indicator, target), extra) };
  if (severity) hit.severity = severity;
  return hit;
}

/** Every single-target rule on one target (a TargetCheck: the second argument is unused). */
export function checkTarget(sheet: string, _unused: undefined, indicator: Indicator, target: Target, hits: Hit[]): void {
  const v = target.value;
  const name = indicator.level3;
  if (v.kind === 'invalid') {
    const words = problemWords(v.problem);
    hits.push(targetHit(sheet, indicator, target, 'value.unparseable', { problemZh: words.zh, problemEn: words.en, fixed: obviousFix(target.text, v.problem) ?? '' }));
    return;
  }
  if (v.kind === 'qualitative') {
    const facts = nameFacts(name);
    if (facts.asksForQuantity && !isPlaceholderText(target.text)) hits.push(targetHit(sheet, indicator, target, 'value.qualitative-for-quantity', { rate: facts.rate ? 1 : 0 }));
    return;
  }
  if (v.kind !== 'quantitative') return;
  if (v.measures >= 2) {
    hits.push(targetHit(sheet, indicator, target, 'value.two-measures', { count: v.measures, parts: splitSuggestion(target.text) }));
    return;
  }
  if (v.normalisations.length > 0 && beyondWhitespace(v.normalisations) && v.canonical !== target.text) {
    hits.push(targetHit(sheet, indicator, target, 'value.word-operator', { canonical: v.canonical, ...howWritten(v.normalisations) }));
  }
  const facts = nameFacts(name);
  const percent = v.unit === '%' && v.number !== null && v.direction === null ? percentFacts(v.number) : null;
  if (percent) percentHits(sheet, indicator, target, percent, facts, hits);
  if (facts.rate && isTimeUnit(v.unit)) {
    hits.push(targetHit(sheet, indicator, target, 'value.rate-as-time', { canonical: v.canonical, deadlineName: deadlineName(name) }));
  }
}

/** Some normalisation other than spaces: the text is written otherwise than its canonical form. */
function beyondWhitespace(normalisations: string[]): boolean {
  for (let i = 0; i < normalisations.length; i++) if (normalisations[i] !== 'whitespace') return true;
  return false;
}

/** The rules on a percentage: a satisfaction or a share within its range, a bare rate with its bound. */
function percentHits(sheet: string, indicator: Indicator, target: Target, percent: PercentFacts, facts: NameFacts, hits: Hit[]): void {
  const v = target.value;
  const raising = v.operator === null || v.operator === '≥' || v.operator === '=' || v.operator === '>';
  const over = percent.over100 || (percent.is100 && v.operator === '>');
  if (facts.satisfaction && raising) {
    if (over) hits.push(targetHit(sheet, indicator, target, 'value.satisfaction-range', { over: 1 }));
    else if (percent.under80) hits.push(targetHit(sheet, indicator, target, 'value.satisfaction-range', { over: 0 }, 'warning'));
  } else if (raising && facts.rateBound) {
    // An error only where the name is certainly a share of a whole; other rates get a warning.
    const certain = facts.rateBound === 'certain';
    if (over) hits.push(targetHit(sheet, indicator, target, 'value.rate-over-100', { certain: certain ? 1 : 0 }, certain ? undefined : 'warning'));
  }
  // Only where the kind of indicator leaves the direction open: 准确率 99% can only be a floor.
  if (v.operator === null && percent.positive && percent.under100 && facts.needsBound) {
    hits.push(targetHit(sheet, indicator, target, 'value.missing-operator', { canonical: `≥${v.number}%`, canonicalLow: `≤${v.number}%` }));
  }
}

/** unit-mismatch and annual-over-period: the two targets compared. */
export function checkPair(model: SheetModel, indicator: Indicator, out: Hit[]): void {
  const p = indicator.period;
  const a = indicator.annual;
  // Cheap rejections first: most pairs are not two single quantities.
  if (p.kind !== 'quantitative' || a.kind !== 'quantitative' || p.measures !== 1 || a.measures !== 1) return;
  // Both hold a quantity, so both texts are filled: each is a target where it has a cell (as pushTargetHits reads them).
  const periodCell = indicator.cells.periodValue;
  const annualCell = indicator.cells.annualValue;
  if (!periodCell || !annualCell) return;
  const name = indicator.level3.trim();
  if (p.unit !== null && a.unit !== null && p.unit !== a.unit) {
    out.push({ rule: 'value.unit-mismatch', sheet: model.name, cell: annualCell, params: { name, periodUnit: p.unit, annualUnit: a.unit }, related: [periodCell] });
    return;
  }
  if (p.number === null || a.number === null || p.direction || a.direction || p.unit !== a.unit) return;
  if (!isCountUnit(a.unit)) return;
  const facts = nameFacts(name);
  if (facts.rate || !facts.cumulative) return;
  // Ceilings (≤ 3 次) are not cumulative goals; only plain or floor targets are compared.
  if (p.operator === '≤' || p.operator === '<' || a.operator === '≤' || a.operator === '<') return;
  const years = projectYears(model);
  if (!years || years.start >= years.end) return;
  if (!decimalGreater(a.number, p.number)) return;
  out.push({
    rule: 'value.annual-over-period',
    sheet: model.name,
    cell: annualCell,
    params: { name, annual: indicator.annualValue.trim(), period: indicator.periodValue.trim(), start: years.start, end: years.end },
    related: [periodCell],
  });
}

function projectYears(model: SheetModel): { start: number; end: number } | null {
  const start = yearOf(model.header['起始年度']?.value ?? '');
  const end = yearOf(model.header['到期年度']?.value ?? '');
  return start !== null && end !== null ? { start, end } : null;
}

function howWritten(normalisations: string[]): { howZh: string; howEn: string } {
  if (normalisations.includes('word-operator')) return { howZh: '用文字表示比较关系', howEn: 'states the comparison in words' };
  if (normalisations.includes('ascii-operator')) return { howZh: '用“>=”“<=”代替了“≥”“≤”', howEn: 'uses “>=” / “<=” instead of “≥” / “≤”' };
  return { howZh: '用了全角字符', howEn: 'uses full-width characters' };
}

/** 民兵点验310人次，入队训练61人次 → 「民兵点验」310人次；「入队训练」61人次 */
function splitSuggestion(text: string): string {
  return text
    .split(/[，,；;、\s]+/)
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.search(/[0-9≥≤><=]/);
      return at > 0 ? `「${part.slice(0, at)}」${part.slice(at)}` : part;
    })
    .join('；');
}

/** 公报投递（发布）及时率 → 公报投递（发布）时限 */
function deadlineName(name: string): string {
  const core = coreName(name);
  const trimmed = name.trim();
  const stem = trimmed.endsWith('及时率') ? trimmed.slice(0, -3) : trimmed.endsWith('率') ? trimmed.slice(0, -1) : core;
  return `${stem.replace(/(及时|按时)$/, '')}时限`;
}
