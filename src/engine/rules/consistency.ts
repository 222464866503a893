// Cross-sheet consistency (issue 4): a 三级 indicator that appears on the department form and on a
// project form should carry the same target and sit under the same 一级/二级. A different target is
// reported on the project sheet (the department form is usually the one agreed first), pointing back
// at the department's cell; a different category on both cells, since either may be misfiled.
import Big from 'big.js';
import type { Indicator, ParsedValue, SheetModel } from '../schema';
import { normaliseLabel } from '../vocabulary';
import { sheetCell, soleDepartment } from './moneyText';
import type { Hit, Lang, Params, RuleDef, RuleFamily } from './types';

const TARGET_BASIS = {
  zh: '常识（同一指标在部门整体表与项目表中的目标应当一致）',
  en: 'common sense (one indicator has one target across forms)',
};
const CATEGORY_BASIS = {
  zh: '财预〔2021〕101号（一级、二级指标体系）；常识（同一指标只有一个归类）',
  en: '财预〔2021〕101号 (the 一级/二级 framework); common sense (one indicator, one category)',
};

const COLUMN_NAMES: Record<Lang, Record<string, string>> = {
  zh: { period: '实施周期指标值', annual: '年度指标值' },
  en: { period: 'period target', annual: 'annual target' },
};

function differences(p: Params, lang: Lang): string {
  return String(p.columns)
    .split(',')
    .map((column) => {
      const name = COLUMN_NAMES[lang][column];
      const here = p[`${column}Here`];
      const there = p[`${column}There`];
      return lang === 'zh' ? `${name}本表为“${here}”，部门整体表为“${there}”` : `${name} "${here}" here, "${there}" on the department form`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

export const CONSISTENCY_RULES: RuleDef[] = [
  {
    id: 'consistency.target-differs',
    family: 'consistency',
    severity: 'warning',
    basis: TARGET_BASIS,
    message: {
      zh: (p) => `“${p.name}”在部门整体表“${p.department}”（${p.departmentCell}）中也有，但指标值不同：${differences(p, 'zh')}`,
      en: (p) => `"${p.name}" also appears on the department form "${p.department}" (${p.departmentCell}) with a different target: ${differences(p, 'en')}`,
    },
    suggestion: {
      zh: () => '核对两张表的指标值，统一为同一目标；如两者确实口径不同，请修改指标名称加以区分',
      en: () => 'check both targets and make them the same; if they truly measure different things, rename one to say so',
    },
  },
  {
    id: 'consistency.category-differs',
    family: 'consistency',
    severity: 'warning',
    basis: CATEGORY_BASIS,
    // The same words on both cells: either form may be the misfiled one.
    message: {
      zh: (p) => `“${p.name}”在两张表中的归类不同：${filings(p, 'zh')}`,
      en: (p) => `"${p.name}" is filed under different categories on two forms: ${filings(p, 'en')}`,
    },
    suggestion: {
      zh: () => '同一指标应归入相同的一级/二级指标：核对哪张表的归类符合财预〔2021〕101号的指标体系，并改正另一张',
      en: () => 'one indicator belongs under one 一级/二级: check which form follows the 财预〔2021〕101号 framework and correct the other',
    },
  },
];

/** "部门整体表“…”（C39）归入 产出指标 / 质量指标；项目表“…”（D19）归入 产出指标 / 数量指标", department first. */
function filings(p: Params, lang: Lang): string {
  const out: string[] = [];
  for (let i = 0; i < Number(p.count); i++) {
    const department = p[`department${i}`] === 1;
    const [sheet, cell, category] = [p[`sheet${i}`], p[`cell${i}`], p[`category${i}`]];
    out.push(
      lang === 'zh'
        ? `${department ? '部门整体表' : '项目表'}“${sheet}”（${cell}）归入 ${category}`
        : `on the ${department ? 'department' : 'project'} form "${sheet}" (${cell}) under ${category}`,
    );
  }
  return out.join(lang === 'zh' ? '；' : '; ');
}

function key(indicator: Indicator): string {
  return normaliseLabel(indicator.level3);
}

/** Two targets say the same: equal operator (none = "="), number and unit, or the same canonical text. */
export function sameTarget(a: ParsedValue, b: ParsedValue): boolean {
  if (a.kind === 'quantitative' && b.kind === 'quantitative' && a.measures === 1 && b.measures === 1 && a.number !== null && b.number !== null) {
    return (a.operator ?? '=') === (b.operator ?? '=') && new Big(a.number).eq(b.number) && (a.unit ?? '') === (b.unit ?? '') && a.direction === b.direction;
  }
  return normaliseLabel(a.canonical) === normaliseLabel(b.canonical);
}

function targetHit(sheet: SheetModel, here: Indicator, department: SheetModel, there: Indicator): Hit | null {
  const columns: Array<'period' | 'annual'> = [];
  for (const column of ['period', 'annual'] as const) {
    const a = here[column];
    const b = there[column];
    // An empty side is a missing value (value rules), not a different one.
    if (a.kind === 'empty' || b.kind === 'empty') continue;
    if (!sameTarget(a, b)) columns.push(column);
  }
  if (columns.length === 0) return null;
  const cellOf = (i: Indicator, column: 'period' | 'annual') => (column === 'period' ? i.cells.periodValue : i.cells.annualValue) ?? i.cells.level3;
  const cell = cellOf(here, columns[0]) as string;
  const departmentCell = cellOf(there, columns[0]) as string;
  const params: Params = { name: here.level3, department: department.name, departmentCell, columns: columns.join(',') };
  for (const column of columns) {
    params[`${column}Here`] = here[column].raw.trim();
    params[`${column}There`] = there[column].raw.trim();
  }
  const related = columns.map((column) => sheetCell(department.name, cellOf(there, column) as string));
  if (columns.length > 1) related.push(cellOf(here, columns[1]) as string);
  return { rule: 'consistency.target-differs', sheet: sheet.name, cell, params, related };
}

interface Filing {
  sheet: SheetModel;
  indicator: Indicator;
  cell: string;
}

const categoryOf = (i: Indicator) => `${i.level1} / ${i.level2}`;

/** A 三级 filed under another 一级/二级 on a project sheet than on the department sheet, or null. */
function categoryFiling(sheet: SheetModel, here: Indicator, there: Indicator): Filing | null {
  // Only known categories are compared: an unknown name is the structure rules' finding.
  if (!here.level1 || !here.level2 || !there.level1 || !there.level2 || !here.cells.level3 || !there.cells.level3) return null;
  if (here.level1 === there.level1 && here.level2 === there.level2) return null;
  return { sheet, indicator: here, cell: here.cells.level3 };
}

/**
 * One finding on each cell of a category difference, each pointing at the other: the department's
 * cell lists every project sheet that files the indicator otherwise.
 */
function categoryHits(department: SheetModel, there: Indicator, projects: Filing[]): Hit[] {
  const departmentCell = there.cells.level3 as string;
  const params = (filed: Filing[]): Params => {
    const p: Params = { name: there.level3, count: filed.length + 1 };
    [{ sheet: department, indicator: there, cell: departmentCell }, ...filed].forEach((f, i) => {
      p[`department${i}`] = i === 0 ? 1 : 0;
      p[`sheet${i}`] = f.sheet.name;
      p[`cell${i}`] = f.cell;
      p[`category${i}`] = categoryOf(f.indicator);
    });
    return p;
  };
  const rule = 'consistency.category-differs';
  const hits: Hit[] = projects.map((f) => ({
    rule,
    sheet: f.sheet.name,
    cell: f.cell,
    params: { ...params([f]), name: f.indicator.level3 },
    related: [sheetCell(department.name, departmentCell)],
  }));
  hits.push({ rule, sheet: department.name, cell: departmentCell, params: params(projects), related: projects.map((f) => sheetCell(f.sheet.name, f.cell)) });
  return hits;
}

function check(sheets: SheetModel[]): Hit[] {
  // With several department forms it is not known which one a project belongs to: say nothing.
  const department = soleDepartment(sheets);
  if (!department) return [];
  const byName = new Map<string, Indicator>();
  for (const indicator of department.indicators) if (key(indicator) && !byName.has(key(indicator))) byName.set(key(indicator), indicator);
  const hits: Hit[] = [];
  const misfiled = new Map<Indicator, Filing[]>();
  for (const sheet of sheets) {
    if (sheet.kind !== 'project') continue;
    for (const here of sheet.indicators) {
      const there = byName.get(key(here));
      if (!there) continue;
      const target = targetHit(sheet, here, department, there);
      if (target) hits.push(target);
      const filing = categoryFiling(sheet, here, there);
      if (filing) misfiled.set(there, [...(misfiled.get(there) ?? []), filing]);
    }
  }
  for (const [there, filings] of misfiled) hits.push(...categoryHits(department, there, filings));
  return hits;
}

export const consistencyFamily: RuleFamily = {
  name: 'consistency',
  rules: CONSISTENCY_RULES,
  check: ({ model }) => check(model.sheets),
};
