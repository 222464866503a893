// Cross-sheet consistency: a 三级 indicator that appears on the department form and on a project form
// should carry the same target and sit under the same 一级/二级. A difference is one finding over the
// cells of every side (listed under each sheet, counted once). For a category, where the kind of the
// indicator says where it belongs (准确率 → 质量, 次数 → 数量), the finding says which side fits.
import type { Indicator, ParsedValue, SheetModel } from '../schema';
import { normaliseLabel } from '../vocabulary/label';
import { fittingCategory, fits } from '../meaning/nature';
import { sheetCell, soleDepartment } from './moneyText';
import { decimalEqual } from './nameFacts';
import type { Hit, Lang, Params, RuleDef, RuleFamily } from './types';

const TARGET_BASIS = {
  zh: '常识（同一指标在部门整体表与项目表中的目标应当一致）',
  en: 'common sense (one indicator has one target across forms)',
};
const CATEGORY_BASIS = {
  zh: '参照 财预〔2021〕101号（一级、二级指标体系）；常识（同一指标只有一个归类）',
  en: 'after 财预〔2021〕101号 (the 一级/二级 framework); common sense (one indicator, one category)',
};

const COLUMN_NAMES: Record<Lang, Record<string, string>> = {
  zh: { period: '实施周期指标值', annual: '年度指标值' },
  en: { period: 'period target', annual: 'annual target' },
};

const FORM_NAMES: Record<Lang, [string, string]> = { zh: ['部门整体表', '项目表'], en: ['the department form', 'the project form'] };

/** Param names numbered by side ("sheet0", "sheet1" …), each made once: findings and messages ask for them again and again. */
const SLOT_NAMES = new Map<string, string[]>();

function slot(name: string, i: number): string {
  let names = SLOT_NAMES.get(name);
  if (names === undefined) SLOT_NAMES.set(name, (names = []));
  return names[i] ?? (names[i] = `${name}${i}`);
}

/** "两张表" / "3张表" / "two forms" / "3 forms": how many sheets a message compares. */
function formCount(p: Params, lang: Lang): string {
  const n = Number(p.count);
  if (lang === 'zh') return n === 2 ? '两张表' : `${n}张表`;
  return n === 2 ? 'two forms' : `${n} forms`;
}

/** Each sheet's side, department first: "部门整体表「…」实施周期指标值（D50）为“>5%”、年度指标值（E50）为“>5%”". */
function targets(p: Params, lang: Lang): string {
  const out: string[] = [];
  for (let i = 0; i < Number(p.count); i++) {
    const form = FORM_NAMES[lang][p[slot('department', i)] === 1 ? 0 : 1];
    const values = String(p[slot('columns', i)])
      .split(',')
      .map((column) => {
        const name = COLUMN_NAMES[lang][column];
        const cell = p[slot(CELL_PARAM[column], i)];
        const value = p[slot(column, i)];
        return lang === 'zh' ? `${name}（${cell}）为“${value}”` : `${name} (${cell}) “${value}”`;
      });
    const sheet = p[slot('sheet', i)];
    out.push(lang === 'zh' ? `${form}「${sheet}」${values.join('、')}` : `${form} 「${sheet}」 has ${values.join(', ')}`);
  }
  return out.join(lang === 'zh' ? '；' : '; ');
}

export const CONSISTENCY_RULES: RuleDef[] = [
  {
    id: 'consistency.target-differs',
    family: 'consistency',
    severity: 'warning',
    basis: TARGET_BASIS,
    // The same words on both cells: either form may hold the target to change.
    message: {
      zh: (p) => `「${p.name}」在${formCount(p, 'zh')}中的指标值不同：${targets(p, 'zh')}`,
      en: (p) => `「${p.name}」 has different targets on ${formCount(p, 'en')}: ${targets(p, 'en')}`,
    },
    suggestion: {
      zh: () => '核对各表的指标值，统一为同一目标；如确实口径不同，请修改指标名称加以区分',
      en: () => 'Check the targets and make them the same; if they truly measure different things, rename one to say so',
    },
  },
  {
    id: 'consistency.category-differs',
    family: 'consistency',
    severity: 'warning',
    basis: CATEGORY_BASIS,
    message: {
      zh: (p) => `「${p.name}」在${formCount(p, 'zh')}中的归类不同：${filings(p, 'zh')}`,
      en: (p) => `「${p.name}」 is filed under different categories on ${formCount(p, 'en')}: ${filings(p, 'en')}`,
    },
    suggestion: {
      zh: (p) =>
        p.fit
          ? `「${p.name}」是${p.fitWhy}，按指标体系应归入「${p.fit}」，${p.fitting}的归类是对的：把${p.wrong}中的这一指标移到「${p.fit}」下`
          : '同一指标应归入相同的一级/二级指标：按指标体系（参照财预〔2021〕101号）选定一个归类，两张表统一',
      en: (p) =>
        p.fit
          ? `「${p.name}」 is ${p.fitWhyEn}, which the framework files under 「${p.fit}」, as ${p.fittingEn} does: move it there on ${p.wrongEn}`
          : 'One indicator belongs under one 一级/二级: choose one after the framework (财预〔2021〕101号) and use it on both forms',
    },
  },
];

/** "部门整体表「…」（C39）归入「产出指标/质量指标」；项目表「…」（D19）归入「产出指标/数量指标」", department first. */
function filings(p: Params, lang: Lang): string {
  const out: string[] = [];
  for (let i = 0; i < Number(p.count); i++) {
    const form = FORM_NAMES[lang][p[slot('department', i)] === 1 ? 0 : 1];
    const sheet = p[slot('sheet', i)];
    const cell = p[slot('cell', i)];
    const category = p[slot('category', i)];
    out.push(lang === 'zh' ? `${form}「${sheet}」（${cell}）归入「${category}」` : `${form} 「${sheet}」 (${cell}) files it under 「${category}」`);
  }
  return out.join(lang === 'zh' ? '；' : '; ');
}

function key(indicator: Indicator): string {
  return normaliseLabel(indicator.level3);
}

/** Two targets say the same: equal operator (none = "="), number and unit, or the same canonical text. */
export function sameTarget(a: ParsedValue, b: ParsedValue): boolean {
  // The same text reads the same: most project targets copy the department's word for word.
  if (a === b || a.raw === b.raw) return true;
  if (a.kind === 'quantitative' && b.kind === 'quantitative' && a.measures === 1 && b.measures === 1 && a.number !== null && b.number !== null) {
    return (a.operator ?? '=') === (b.operator ?? '=') && decimalEqual(a.number, b.number) && (a.unit ?? '') === (b.unit ?? '') && a.direction === b.direction;
  }
  return normaliseLabel(a.canonical) === normaliseLabel(b.canonical);
}

type Column = 'period' | 'annual';

/** The param naming a side's cell of a column ("periodCell0"), without the number. */
const CELL_PARAM: Record<string, string> = { period: 'periodCell', annual: 'annualCell' };

/** A project indicator whose target differs from the department's, and in which columns. */
interface TargetDiff {
  sheet: SheetModel;
  indicator: Indicator;
  columns: Column[];
}

function cellOf(i: Indicator, column: Column): string {
  return ((column === 'period' ? i.cells.periodValue : i.cells.annualValue) ?? i.cells.level3) as string;
}

function targetDiff(sheet: SheetModel, here: Indicator, there: Indicator): TargetDiff | null {
  const period = differs(here.period, there.period);
  const annual = differs(here.annual, there.annual);
  if (!period && !annual) return null;
  return { sheet, indicator: here, columns: period && annual ? ['period', 'annual'] : period ? ['period'] : ['annual'] };
}

/** Two filled targets that say different things (an empty side is a missing value, the value rules' finding). */
function differs(a: ParsedValue, b: ParsedValue): boolean {
  return a.kind !== 'empty' && b.kind !== 'empty' && !sameTarget(a, b);
}

/** Params for one side of a target difference: its sheet, columns, cells and values. */
function side(p: Params, i: number, sheet: SheetModel, indicator: Indicator, columns: Column[], department: boolean): void {
  p[slot('department', i)] = department ? 1 : 0;
  p[slot('sheet', i)] = sheet.name;
  p[slot('columns', i)] = columns.join(',');
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    p[slot(CELL_PARAM[column], i)] = cellOf(indicator, column);
    p[slot(column, i)] = indicator[column].raw.trim();
  }
}

/** One finding over every side of a target difference, on the department's cell first. */
function targetHit(department: SheetModel, there: Indicator, diffs: TargetDiff[]): Hit {
  const columns = (['period', 'annual'] as const).filter((c) => diffs.some((d) => d.columns.includes(c)));
  const params: Params = { name: there.level3, count: diffs.length + 1 };
  side(params, 0, department, there, columns, true);
  diffs.forEach((d, i) => side(params, i + 1, d.sheet, d.indicator, d.columns, false));
  const own = columns.map((column) => cellOf(there, column));
  const others = diffs.flatMap((d) => d.columns.map((column) => sheetCell(d.sheet.name, cellOf(d.indicator, column))));
  return { rule: 'consistency.target-differs', sheet: department.name, cell: own[0], cells: [...own, ...others], params };
}

interface Filing {
  sheet: SheetModel;
  indicator: Indicator;
  cell: string;
}

const categoryOf = (i: Indicator) => `${i.level1}/${i.level2}`;

/** A 三级 filed under another 一级/二级 on a project sheet than on the department sheet, or null. */
function categoryFiling(sheet: SheetModel, here: Indicator, there: Indicator): Filing | null {
  // Only known categories are compared: an unknown name is the structure rules' finding.
  if (!here.level1 || !here.level2 || !there.level1 || !there.level2 || !here.cells.level3 || !there.cells.level3) return null;
  if (here.level1 === there.level1 && here.level2 === there.level2) return null;
  return { sheet, indicator: here, cell: here.cells.level3 };
}

/**
 * One finding over the department's cell and every project cell that files the indicator otherwise.
 * Where the indicator's kind says where it belongs, the finding stands on the first side that does
 * not fit and says which side does; otherwise on the department's cell, with a neutral fix.
 */
function categoryHit(department: SheetModel, there: Indicator, projects: Filing[]): Hit {
  const sides: Filing[] = [{ sheet: department, indicator: there, cell: there.cells.level3 as string }];
  for (let i = 0; i < projects.length; i++) sides.push(projects[i]);
  const p: Params = { name: there.level3, count: sides.length };
  for (let i = 0; i < sides.length; i++) {
    const f = sides[i];
    p[slot('department', i)] = i === 0 ? 1 : 0;
    p[slot('sheet', i)] = f.sheet.name;
    p[slot('cell', i)] = f.cell;
    p[slot('category', i)] = categoryOf(f.indicator);
  }
  const fit = fittingCategory(there);
  const fitting: Filing[] = [];
  const wrong: Filing[] = [];
  if (fit) for (let i = 0; i < sides.length; i++) (fits(fit, sides[i].indicator.level1, sides[i].indicator.level2) ? fitting : wrong).push(sides[i]);
  const decided = fit !== null && fitting.length > 0 && wrong.length > 0;
  if (decided) {
    p.fit = fit.level2 ? `${fit.level1}/${fit.level2}` : fit.level1;
    p.fitWhy = fit.zh;
    p.fitWhyEn = fit.en;
    p.fitting = formNames(fitting, department, 'zh');
    p.fittingEn = formNames(fitting, department, 'en');
    p.wrong = formNames(wrong, department, 'zh');
    p.wrongEn = formNames(wrong, department, 'en');
  }
  const first = decided ? wrong[0] : sides[0];
  // The first side's own cell, then every other side's (named with its sheet where that differs).
  const cells = [first.cell];
  for (let i = 0; i < sides.length; i++) {
    const f = sides[i];
    if (f !== first) cells.push(f.sheet === first.sheet ? f.cell : sheetCell(f.sheet.name, f.cell));
  }
  return { rule: 'consistency.category-differs', sheet: first.sheet.name, cell: first.cell, cells, params: p };
}

/** The forms of a list of filings, for the fix: "部门整体表、项目表「…」". */
function formNames(list: Filing[], department: SheetModel, lang: Lang): string {
  if (list.length === 0) return '';
  let names = formName(list[0], department, lang);
  for (let i = 1; i < list.length; i++) names += (lang === 'zh' ? '、' : ', ') + formName(list[i], department, lang);
  return names;
}

/** "部门整体表" / "项目表「…」", for the fix. */
function formName(f: Filing, department: SheetModel, lang: Lang): string {
  if (f.sheet === department) return FORM_NAMES[lang][0];
  return lang === 'zh' ? `项目表「${f.sheet.name}」` : `the project form 「${f.sheet.name}」`;
}

function listUnder<T>(map: Map<Indicator, T[]>, key: Indicator, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

function check(sheets: SheetModel[]): Hit[] {
  // With several department forms it is not known which one a project belongs to: say nothing.
  const department = soleDepartment(sheets);
  if (!department) return [];
  const byName = new Map<string, Indicator>();
  // Indexed loops: this runs once per call, before the engine has optimised it, where for…of costs an iterator.
  for (let i = 0; i < department.indicators.length; i++) {
    const indicator = department.indicators[i];
    const name = key(indicator);
    if (name && !byName.has(name)) byName.set(name, indicator);
  }
  const hits: Hit[] = [];
  const misfiled = new Map<Indicator, Filing[]>();
  const differing = new Map<Indicator, TargetDiff[]>();
  for (let s = 0; s < sheets.length; s++) {
    const sheet = sheets[s];
    if (sheet.kind !== 'project') continue;
    for (let i = 0; i < sheet.indicators.length; i++) {
      const here = sheet.indicators[i];
      const there = byName.get(key(here));
      if (!there) continue;
      const diff = targetDiff(sheet, here, there);
      if (diff) listUnder(differing, there, diff);
      const filing = categoryFiling(sheet, here, there);
      if (filing) listUnder(misfiled, there, filing);
    }
  }
  for (const [there, diffs] of differing) hits.push(targetHit(department, there, diffs));
  for (const [there, filings] of misfiled) hits.push(categoryHit(department, there, filings));
  return hits;
}

export const consistencyFamily: RuleFamily = {
  name: 'consistency',
  rules: CONSISTENCY_RULES,
  check: ({ model }) => check(model.sheets),
};
