// The checks of meaning on a whole form: do its goals say what the year delivers (and do indicators
// measure it), do its outputs cover quality and timeliness, does its period fit the plan it cites?
import type { SheetRead } from '../layout/readSheet';
import type { HeaderField, Indicator, Level2 } from '../schema';
import type { Hit } from '../rules/types';
import { yearOf } from '../rules/projectFields';
import { memoByText } from '../memo';
import { pushAll } from '../rules/pushAll';

const OUTPUT_EXAMPLES: Partial<Record<Level2, string>> = {
  质量指标: '「检查结果准确率」≥95%、「验收合格率」100%',
  时效指标: '「按计划时间完成率」100%、「资金支付及时率」≥95%',
};

/** Text as compared for copying: no spaces, no punctuation, full width folded. */
const plain = memoByText((text: string): string => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, ''));

/** The numbers a text holds, as the goal check compares them ("95.0" and "95" alike); the same value texts recur in every sheet. */
const numbersIn = memoByText((text: string): readonly string[] => (text.normalize('NFKC').match(/\d+(\.\d+)?/g) ?? []).map((n) => String(Number(n))));

function field(read: SheetRead, key: string): HeaderField | null {
  const f = read.model.header[key];
  return f && isFilled(f.value) ? f : null;
}

/** Holds something other than a dash, once per text: every sheet asks it of the same header fields. */
const isFilled = memoByText((value: string): boolean => value.trim() !== '' && !/^[-—/／\\]+$/.test(value.trim()));

export function checkSheet(read: SheetRead, year: number | null): Hit[] {
  const hits: Hit[] = [];
  outputCoverage(read, hits);
  pushAll(hits, goalCopies(read, year));
  pushAll(hits, unmeasuredGoal(read));
  pushAll(hits, periodAgainstPlan(read));
  return hits;
}

/** 产出 with indicators but none under 质量 or 时效: one finding, on the empty 二级 rows where listed. */
function outputCoverage(read: SheetRead, hits: Hit[]): void {
  const indicators = read.model.indicators;
  let first: Indicator | null = null;
  let filed = false;
  let quality = false;
  let timeliness = false;
  for (let n = 0; n < indicators.length; n++) {
    const i = indicators[n];
    if (!isOutputFiling(i)) continue;
    if (first === null) first = i;
    if (i.level2 !== null) filed = true;
    if (i.level2 === '质量指标') quality = true;
    if (i.level2 === '时效指标') timeliness = true;
  }
  // Most forms have both: nothing more to work out.
  if (first === null || !filed || (quality && timeliness)) return;
  // The 二级 filed under 产出, in order of first appearance.
  const has: Level2[] = [];
  for (let n = 0; n < indicators.length; n++) {
    const level2 = indicators[n].level2;
    if (isOutputFiling(indicators[n]) && level2 !== null && !has.includes(level2)) has.push(level2);
  }
  const missing: Level2[] = [];
  if (!quality) missing.push('质量指标');
  if (!timeliness) missing.push('时效指标');
  // The empty 二级 rows listed for what is missing, in that order.
  const listed: string[] = [];
  for (let m = 0; m < missing.length; m++) {
    for (let c = 0; c < read.categories.length; c++) {
      const category = read.categories[c];
      if (category.level2 === missing[m] && category.cells.level2) listed.push(category.cells.level2);
    }
  }
  const anchor = listed[0] ?? first.cells.level2 ?? first.cells.level1 ?? first.cells.level3;
  if (!anchor) return;
  const cells = [anchor];
  for (let c = 0; c < listed.length; c++) if (listed[c] !== anchor) cells.push(listed[c]);
  hits.push({
    rule: 'meaning.output-lacks-quality-timeliness',
    sheet: read.model.name,
    cell: anchor,
    cells,
    params: {
      has: has.join('、'),
      hasEn: has.join(', '),
      missing: missing.join('、'),
      missingEn: missing.join(', '),
      unmeasured: !quality && !timeliness ? 'both' : !quality ? 'quality' : 'timeliness',
      examples: missing.map((l2) => OUTPUT_EXAMPLES[l2]).join('；'),
    },
  });
}

/** An indicator filed under 产出 (or under one of its 二级 with no 一级 given). */
function isOutputFiling(i: Indicator): boolean {
  return i.level1 === '产出指标' || (i.level1 === null && (i.level2 === '数量指标' || i.level2 === '质量指标' || i.level2 === '时效指标'));
}

/** The annual goal repeating the period goal; either goal copying the 设立依据. */
function goalCopies(read: SheetRead, year: number | null): Hit[] {
  const sheet = read.model.name;
  const annual = field(read, '年度目标');
  const period = field(read, '实施周期总目标');
  const basis = field(read, '设立依据');
  const hits: Hit[] = [];
  const same = annual && period && annual.cell !== period.cell && plain(annual.value) === plain(period.value);
  if (same) hits.push({ rule: 'meaning.goal-copies-period', sheet, cell: annual.cell, cells: [annual.cell, period.cell], params: { year: year ?? '本' } });
  if (!basis) return hits;
  copiesBasis(sheet, period, basis, '实施周期总目标', 'implementation-period goal', hits);
  copiesBasis(sheet, same ? null : annual, basis, '年度目标', 'annual goal', hits);
  return hits;
}

/** A goal that repeats most of the 设立依据 (or is repeated by it), appended to `hits`. */
function copiesBasis(sheet: string, goal: HeaderField | null, basis: HeaderField, zh: string, en: string, hits: Hit[]): void {
  if (!goal || goal.cell === basis.cell) return;
  const g = plain(goal.value);
  const b = plain(basis.value);
  const shorter = Math.min(g.length, b.length);
  if (shorter >= 15 && (b.includes(g) || g.includes(b)) && shorter / Math.max(g.length, b.length) >= 0.6) {
    hits.push({ rule: 'meaning.goal-copies-basis', sheet, cell: goal.cell, cells: [goal.cell, basis.cell], params: { goal: zh, goalEn: en } });
  }
}

const OUTPUT_QUANTITY = /(?:约|共|计|不少于|不低于)?(\d+(?:\.\d+)?)\s*(?:万|千)?(期|本|册|篇|份|次|场|项|个|件|人次|人|名|户|家|所|批|套|台|座|处|条|部|公里|亩|吨)(?![/／每])/g;

/** A clause of a goal that counts outputs: the clause as quoted, and the numbers of its outputs in order. */
interface CountedClause {
  text: string;
  numbers: string[];
}

/** The clauses of an annual goal that count outputs ("完成1本刊物…"), read once per goal text. */
const countedClauses = memoByText((goal: string): CountedClause[] => {
  const out: CountedClause[] = [];
  for (const clause of goal.normalize('NFKC').split(/[，,；;。]/)) {
    const numbers = [...clause.matchAll(OUTPUT_QUANTITY)].map((match) => String(Number(match[1])));
    if (numbers.length === 0) continue;
    const text = clause.trim();
    out.push({ text: text.length > 30 ? `${text.slice(0, 30)}…` : text, numbers });
  }
  return out;
});

/** Every number held by some indicator's target or name (each text's numbers read once, searched without a set per sheet). */
function allMeasured(numbers: string[], indicators: Indicator[]): boolean {
  for (let n = 0; n < numbers.length; n++) if (!measuredBy(numbers[n], indicators)) return false;
  return true;
}

function measuredBy(number: string, indicators: Indicator[]): boolean {
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    if (numbersIn(indicator.periodValue).includes(number) || numbersIn(indicator.annualValue).includes(number) || numbersIn(indicator.level3).includes(number)) return true;
  }
  return false;
}

/** Outputs the annual goal counts ("完成1本刊物…") whose number no indicator’s target or name holds. */
function unmeasuredGoal(read: SheetRead): Hit[] {
  const annual = field(read, '年度目标');
  if (!annual || read.model.indicators.length === 0) return [];
  const clauses = countedClauses(annual.value);
  if (clauses.length === 0) return [];
  // A clause is listed once, where any output it counts has a number no indicator holds.
  const items: string[] = [];
  for (let c = 0; c < clauses.length; c++) if (!allMeasured(clauses[c].numbers, read.model.indicators)) items.push(clauses[c].text);
  if (items.length === 0) return [];
  return [{ rule: 'meaning.goal-unmeasured', sheet: read.model.name, cell: annual.cell, params: { items: items.join('”“'), count: items.length } }];
}

const PLAN = /《([^《》]{2,80}?[（(]\s*(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年?\s*[)）][^《》]{0,30})》/;

/** The plan a 设立依据 cites with its years, read once per text. */
const planIn = memoByText((basis: string) => PLAN.exec(basis.normalize('NFKC')));

/** A project running past the end of the plan its 设立依据 cites (《…（2025-2027年）》). */
function periodAgainstPlan(read: SheetRead): Hit[] {
  const basis = field(read, '设立依据');
  const startField = field(read, '起始年度');
  const endField = field(read, '到期年度');
  const plan = basis ? planIn(basis.value) : null;
  if (!basis || !plan || !endField) return [];
  const [planStart, planEnd] = [Number(plan[2]), Number(plan[3])];
  const end = yearOf(endField.value);
  const start = startField ? yearOf(startField.value) : null;
  if (end === null || planEnd < planStart || end <= planEnd) return [];
  return [{
    rule: 'meaning.period-contradicts-plan',
    sheet: read.model.name,
    cell: endField.cell,
    cells: [endField.cell, basis.cell],
    params: { plan: plan[1], planStart, planEnd, start: start ?? '?', end },
  }];
}
