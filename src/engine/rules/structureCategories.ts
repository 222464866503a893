// The category tree: every canonical 一级 has an indicator, each 二级 sits under its own 一级, and
// every 二级 is one the framework knows.
// Indexed loops and bit masks: this runs per indicator and category row, mostly in V8's interpreter
// tier, where for-of and spreads allocate.
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
  const hits = missingCategories(read);
  // Each row is visited once: wrong parents go straight in, unknown 二级 (listed after them) are kept aside.
  const unknown: Hit[] = [];
  categoryRowHits(read, read.model.indicators, hits, unknown);
  categoryRowHits(read, read.categories, hits, unknown);
  return unknown.length ? hits.concat(unknown) : hits;
}

/** Each 一级's bit (its place in LEVEL1_ORDER): which 一级 a sheet has is a small mask, not a set. */
const LEVEL1_BIT = Object.fromEntries(LEVEL1_ORDER.map(({ level1 }, i) => [level1, 1 << i])) as Readonly<Record<Level1, number>>;

/**
 * The 一级 each canonical 二级 proves present, as LEVEL1_BIT bits, looked up once (every row of
 * every sheet asks): its parent, and 成本指标 for the older framework's 产出/成本指标.
 */
const PROVEN = new Map<Level2, number>();
function provenBits(level2: Level2): number {
  let bits = PROVEN.get(level2);
  if (bits === undefined) {
    const parent = parentOf(level2);
    bits = (parent ? LEVEL1_BIT[parent] : 0) | (level2 === '成本指标' ? LEVEL1_BIT['成本指标'] : 0);
    PROVEN.set(level2, bits);
  }
  return bits;
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

/**
 * Where the form lists a 一级 without indicators: the first category row naming it, else the first
 * naming a 二级 that proves it.
 */
function listedCell(read: SheetRead, level1: Level1): string | undefined {
  const bit = LEVEL1_BIT[level1];
  let asLevel2: string | undefined;
  const { categories } = read;
  for (let i = 0; i < categories.length; i++) {
    const c = categories[i];
    if (c.level1 === level1 && c.cells.level1) return c.cells.level1;
    if (asLevel2 === undefined && c.level2 && c.cells.level2 && (provenBits(c.level2) & bit) !== 0) asLevel2 = c.cells.level2;
  }
  return asLevel2;
}

/** The cell of each missing 一级 (by its place in LEVEL1_ORDER), reused by every sheet. */
const MISSING_CELL: string[] = ['', '', '', ''];

function missingCategories(read: SheetRead): Hit[] {
  const { model } = read;
  const hits: Hit[] = [];
  if (!model.table) return hits;
  let present = 0;
  const { indicators } = model;
  for (let i = 0; i < indicators.length; i++) {
    const { level1, level2 } = indicators[i];
    if (level1) present |= LEVEL1_BIT[level1];
    if (level2) present |= provenBits(level2);
    // A row with no category at all cannot tell which 一级 it fills: judging the sheet would be a guess.
    if (!level1 && !level2) return hits;
  }
  const table = model.table;
  const headerCol = table.columns.level1 ?? table.columns.level2 ?? table.columns.level3;
  // Missing 一级 as bits of their place in LEVEL1_ORDER (LEVEL1_BIT), each with its cell.
  let missing = 0;
  for (let i = 0; i < LEVEL1_ORDER.length; i++) {
    const { level1 } = LEVEL1_ORDER[i];
    if ((present & LEVEL1_BIT[level1]) !== 0) continue;
    missing |= 1 << i;
    MISSING_CELL[i] = listedCell(read, level1) ?? toA1(table.headerRow, headerCol);
  }
  if (missing === 0) return hits;
  const suggest = suggester(model);
  // One finding per cell and rule: 一级 the form does not list all fall on the header cell and share it.
  for (let i = 0; i < LEVEL1_ORDER.length; i++) {
    if ((missing & (1 << i)) === 0) continue;
    let sharing = 0;
    for (let j = 0; j < LEVEL1_ORDER.length; j++) if ((missing & (1 << j)) !== 0 && MISSING_CELL[j] === MISSING_CELL[i]) sharing |= 1 << j;
    // Given once, by the first 一级 on its cell.
    if ((sharing & ((1 << i) - 1)) !== 0) continue;
    hits.push(missingHit(model.name, MISSING_CELL[i], sharing, suggest));
  }
  return hits;
}

/** The finding for the missing 一级 of `sharing` (bits of their places in LEVEL1_ORDER) on one cell. */
function missingHit(sheet: string, cell: string, sharing: number, suggest: ReturnType<typeof suggester>): Hit {
  let severity: Severity = 'warning';
  let level1 = '';
  let level1En = '';
  // Fitting indicators from the library (指标库), chosen by the project's type; a 一级 with none is left out.
  let examples = '';
  for (let i = 0; i < LEVEL1_ORDER.length; i++) {
    if ((sharing & (1 << i)) === 0) continue;
    const name = LEVEL1_ORDER[i].level1;
    if (LEVEL1_ORDER[i].severity === 'error') severity = 'error';
    level1 += (level1 ? '」「' : '') + name;
    level1En += (level1En ? ', ' : '') + LEVEL1_EN[name];
    const fitting = suggestionText(suggest(name));
    if (fitting) examples += (examples ? '；' : '') + fitting;
  }
  return { rule: 'structure.missing-category', sheet, cell, severity, params: { level1, level1En, examples } };
}

function isWrongParent(level1: Level1 | null, level2: Level2 | null, oldFramework: boolean): Level1 | null {
  if (!level1 || !level2) return null;
  if (level2 === '成本指标' && (level1 === '产出指标' || level1 === '成本指标')) return null;
  // Before 2021 satisfaction was a 二级 of 效益 (社会公众或服务对象满意度指标).
  if (oldFramework && level2 === '服务对象满意度指标' && level1 === '效益指标') return null;
  const parent = parentOf(level2);
  return parent && parent !== level1 ? parent : null;
}

type CategoryRows = ReadonlyArray<SheetRead['model']['indicators'][number] | SheetRead['categories'][number]>;

/** structure.wrong-parent hits of the rows into `wrong`, structure.unknown-level2 hits into `unknown`. */
function categoryRowHits(read: SheetRead, rows: CategoryRows, wrong: Hit[], unknown: Hit[]): void {
  const oldFramework = read.year !== null && read.year < FIRST_YEAR_OF_CURRENT_FRAMEWORK;
  const sheet = read.model.name;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row.cells.level2) continue;
    if (row.level2 === null) {
      if (row.level2Raw.trim() !== '') unknown.push({ rule: 'structure.unknown-level2', sheet, cell: row.cells.level2, params: { text: row.level2Raw.trim() } });
      continue;
    }
    const parent = isWrongParent(row.level1, row.level2, oldFramework);
    if (!parent) continue;
    wrong.push({
      rule: 'structure.wrong-parent',
      sheet,
      cell: row.cells.level2,
      params: { level2: row.level2Raw || (row.level2 as string), level1: row.level1Raw || (row.level1 as string), parent },
      ...(row.cells.level1 ? { related: [row.cells.level1] } : {}),
    });
  }
}
