// The category tree: every canonical 一级 has an indicator, each 二级 sits under its own 一级, and
// every 二级 is one the framework knows.
import { toA1 } from '../a1';
import type { SheetRead } from '../layout/readSheet';
import type { Level1, Level2, Severity } from '../schema';
import { level2Of } from '../vocabulary';
import { suggester, suggestionText } from '../library';
import type { Hit, RuleDef } from './types';
import { FIRST_YEAR_OF_CURRENT_FRAMEWORK } from '../meaning/family';
import { FRAMEWORK, LEVEL1_EN } from './structureBasis';

const LEVEL1_ORDER: Array<{ level1: Level1; severity: Severity }> = [
  { level1: '成本指标', severity: 'warning' },
  { level1: '产出指标', severity: 'error' },
  { level1: '效益指标', severity: 'error' },
  { level1: '满意度指标', severity: 'warning' },
];

export const categoryRules: RuleDef[] = [
  {
    id: 'structure.missing-category',
    family: 'structure',
    severity: 'error',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `「${p.level1}」下没有填写任何三级指标`,
      en: (p) => `No indicator is given under ${p.level1En}`,
    },
    suggestion: {
      zh: (p) => `在「${p.level1}」下至少填写一个三级指标及其指标值${p.examples ? `，例如：${p.examples}` : ''}`,
      // The library's names are Chinese: the English line points to it rather than mixing them in.
      en: (p) => `Add at least one indicator with its targets under ${p.level1En}${p.examples ? '; the indicator library (指标库) lists fitting ones' : ''}`,
    },
  },
  {
    id: 'structure.wrong-parent',
    family: 'structure',
    severity: 'warning',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `二级指标「${p.level2}」属于「${p.parent}」，却填在了「${p.level1}」下`,
      en: (p) => `The second-level indicator 「${p.level2}」 belongs under 「${p.parent}」 but is filed under 「${p.level1}」`,
    },
    suggestion: {
      zh: (p) => `把「${p.level2}」及其三级指标移到「${p.parent}」下`,
      en: (p) => `Move 「${p.level2}」 and its indicators under 「${p.parent}」`,
    },
  },
  {
    id: 'structure.unknown-level2',
    family: 'structure',
    severity: 'warning',
    basis: FRAMEWORK,
    message: {
      zh: (p) => `“${p.text}”不是规定的二级指标名称`,
      en: (p) => `“${p.text}” is not one of the framework’s second-level indicators`,
    },
    suggestion: {
      zh: () => '改为规定的二级指标，如数量指标、质量指标、时效指标、经济效益指标、社会效益指标、生态效益指标、服务对象满意度指标等',
      en: () => 'Use a framework name such as 数量指标, 质量指标, 时效指标, 经济效益指标, 社会效益指标, 生态效益指标 or 服务对象满意度指标',
    },
  },
];

export function checkCategories(read: SheetRead): Hit[] {
  return missingCategories(read).concat(wrongParents(read), unknownLevel2(read));
}

/** Each canonical 二级's parent, looked up once: every row of every sheet asks. */
const PARENTS = new Map<Level2, Level1 | null>();
function parentOf(level2: Level2): Level1 | null {
  let parent = PARENTS.get(level2);
  if (parent === undefined) {
    parent = level2Of(level2)?.parent ?? null;
    PARENTS.set(level2, parent);
  }
  return parent;
}

/** The 一级 a 二级 proves present: its parent, and 成本指标 for the older framework's 产出/成本指标. */
function provenLevel1(level2: Level2): Level1[] {
  const parent = parentOf(level2);
  const found: Level1[] = parent ? [parent] : [];
  if (level2 === '成本指标') found.push('成本指标');
  return found;
}


/**
 * Where the form lists each 一级 without indicators: the first category row naming it, and the first
 * naming a 二级 that proves it. Found in one walk over the category rows.
 */
function listedCells(read: SheetRead): { asLevel1: Map<Level1, string>; asLevel2: Map<Level1, string> } {
  const asLevel1 = new Map<Level1, string>();
  const asLevel2 = new Map<Level1, string>();
  for (const c of read.categories) {
    if (c.level1 && c.cells.level1 && !asLevel1.has(c.level1)) asLevel1.set(c.level1, c.cells.level1);
    if (c.level2 && c.cells.level2) for (const level1 of provenLevel1(c.level2)) if (!asLevel2.has(level1)) asLevel2.set(level1, c.cells.level2);
  }
  return { asLevel1, asLevel2 };
}

function missingCategories(read: SheetRead): Hit[] {
  const { model } = read;
  if (!model.table) return [];
  const present = new Set<Level1>();
  for (const indicator of model.indicators) {
    if (indicator.level1) present.add(indicator.level1);
    if (indicator.level2) for (const level1 of provenLevel1(indicator.level2)) present.add(level1);
    // A row with no category at all cannot tell which 一级 it fills: judging the sheet would be a guess.
    if (!indicator.level1 && !indicator.level2) return [];
  }
  const table = model.table;
  const headerCol = table.columns.level1 ?? table.columns.level2 ?? table.columns.level3;
  // One finding per cell and rule: 一级 the form does not list all fall on the header cell and share it.
  const byCell = new Map<string, { names: Level1[]; severity: Severity }>();
  let listed: ReturnType<typeof listedCells> | null = null;
  for (const { level1, severity } of LEVEL1_ORDER) {
    if (present.has(level1)) continue;
    listed ??= listedCells(read);
    const cell = listed.asLevel1.get(level1) ?? listed.asLevel2.get(level1) ?? toA1(table.headerRow, headerCol);
    const entry = byCell.get(cell) ?? { names: [], severity };
    entry.names.push(level1);
    if (severity === 'error') entry.severity = 'error';
    byCell.set(cell, entry);
  }
  const suggest = suggester(model);
  return [...byCell].map(([cell, { names, severity }]) => ({
    rule: 'structure.missing-category',
    sheet: model.name,
    cell,
    severity,
    params: {
      level1: names.join('」「'),
      level1En: names.map((n) => LEVEL1_EN[n]).join(', '),
      // Fitting indicators from the library (指标库), chosen by the project's type.
      examples: names.map((n) => suggestionText(suggest(n))).filter(Boolean).join('；'),
    },
  }));
}

function isWrongParent(level1: Level1 | null, level2: Level2 | null, oldFramework: boolean): Level1 | null {
  if (!level1 || !level2) return null;
  if (level2 === '成本指标' && (level1 === '产出指标' || level1 === '成本指标')) return null;
  // Before 2021 satisfaction was a 二级 of 效益 (社会公众或服务对象满意度指标).
  if (oldFramework && level2 === '服务对象满意度指标' && level1 === '效益指标') return null;
  const parent = parentOf(level2);
  return parent && parent !== level1 ? parent : null;
}

function wrongParents(read: SheetRead): Hit[] {
  const hits: Hit[] = [];
  const oldFramework = read.year !== null && read.year < FIRST_YEAR_OF_CURRENT_FRAMEWORK;
  for (const rows of [read.model.indicators, read.categories]) for (const row of rows) {
    const parent = isWrongParent(row.level1, row.level2, oldFramework);
    if (!parent || !row.cells.level2) continue;
    hits.push({
      rule: 'structure.wrong-parent',
      sheet: read.model.name,
      cell: row.cells.level2,
      params: { level2: row.level2Raw || (row.level2 as string), level1: row.level1Raw || (row.level1 as string), parent },
      ...(row.cells.level1 ? { related: [row.cells.level1] } : {}),
    });
  }
  return hits;
}

function unknownLevel2(read: SheetRead): Hit[] {
  const hits: Hit[] = [];
  const sheet = read.model.name;
  for (const rows of [read.model.indicators, read.categories]) for (const row of rows) {
    if (row.level2 === null && row.level2Raw.trim() !== '' && row.cells.level2) {
      hits.push({ rule: 'structure.unknown-level2', sheet, cell: row.cells.level2, params: { text: row.level2Raw.trim() } });
    }
  }
  return hits;
}
