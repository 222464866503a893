// The layout family: rows that do not stand in the columns their table header names.
// Indexed loops and no sort copies: this runs per shifted row before V8 has optimised it, where for…of
// and Array.prototype.sort allocate.
import type { SheetRead } from '../layout/readSheet';
import type { Indicator, IndicatorCells } from '../schema';
import type { Hit, Params, RuleFamily } from './types';
import { FORM } from './structureBasis';
import { columnNumberOf, inColumn, inRow, rowOf } from './cellRef';

type Key = keyof IndicatorCells;
const KEYS: Key[] = ['level1', 'level2', 'level3', 'periodValue', 'annualValue'];
const KEY_NAME: Record<Key, { zh: string; en: string }> = {
  level1: { zh: '一级指标', en: 'the first-level indicator' },
  level2: { zh: '二级指标', en: 'the second-level indicator' },
  level3: { zh: '三级指标', en: 'the third-level indicator' },
  periodValue: { zh: '实施周期指标值', en: 'the implementation-period target' },
  annualValue: { zh: '年度指标值', en: 'the annual target' },
};

export const layoutFamily: RuleFamily = {
  name: 'layout',
  rules: [
    {
      id: 'layout.shifted',
      family: 'layout',
      severity: 'warning',
      basis: FORM,
      message: {
        zh: (p) => `${p.rows ? `第${p.rows}行` : '本行'}的内容不在表头所示的列：${p.zh}`,
        en: (p) => `${p.rows ? `Rows ${p.rows} do` : 'This row does'} not stand in the columns the header names: ${p.en}`,
      },
      suggestion: {
        zh: (p) => `把${p.rows ? '这几行' : '本行'}的内容移到表头所示的列（插入或删除单元格时常会错位）`,
        en: (p) => `Move ${p.rows ? 'these rows’' : 'the row’s'} cells into the columns the header names (inserting or deleting cells often shifts a row)`,
      },
    },
  ],
  check(ctx) {
    const hits: Hit[] = [];
    for (let r = 0; r < ctx.reads.length; r++) checkSheet(ctx.reads[r], hits);
    return hits;
  },
};

/**
 * One finding per shifted block: consecutive indicator rows displaced the same way (rows between them
 * that hold only a category label do not break a block). A row holding only a category label gets no
 * finding of its own: the empty category is reported already, and there is nothing to measure in it.
 */
function checkSheet(read: SheetRead, blocks: Hit[]): void {
  const indicators = read.model.indicators;
  // Most sheets have no shifted row: nothing to sort or split.
  if (!anyShifted(indicators)) return;
  let open: Hit | null = null;
  let openRow: Indicator = indicators[0];
  let openCode = 0;
  const byRow = byRowOrder(indicators);
  for (let i = 0; i < byRow.length; i++) {
    const indicator = byRow[i];
    const code = displacement(indicator);
    if (code === 0) {
      open = null;
      continue;
    }
    // Displaced the same way as the open block (the same fields, expected in the same columns): the block grows.
    if (open && sameDisplacement(openRow, openCode, indicator, code)) {
      const cells = open.cells as string[];
      for (let left = code; left > 0; left >>= 3) cells.push(indicator.cells[KEYS[(left & 7) - 1]] as string);
      (open.params as Params).rows = `${rowOf(open.cell)}–${indicator.row}`;
      continue;
    }
    open = shiftedHit(read.model.name, indicator, code);
    openRow = indicator;
    openCode = code;
    blocks.push(open);
  }
}

function anyShifted(indicators: Indicator[]): boolean {
  for (let i = 0; i < indicators.length; i++) if (indicators[i].shifted) return true;
  return false;
}

/** The indicators by row: as the reader lists them where already in order (the usual case), else a sorted copy. */
function byRowOrder(indicators: Indicator[]): Indicator[] {
  for (let i = 1; i < indicators.length; i++) {
    if (indicators[i].row < indicators[i - 1].row) return [...indicators].sort((a, b) => a.row - b.row);
  }
  return indicators;
}

/**
 * A row's own cells that stand outside the columns the header names, left to right, as one number:
 * each field's index in KEYS plus one, three bits per field, the leftmost field in the lowest bits
 * (0: none). A number, not a list of objects: every shifted row is asked.
 */
function displacement(indicator: Indicator): number {
  if (!indicator.shifted || !indicator.expected) return 0;
  let fields = 0;
  for (let k = 0; k < KEYS.length; k++) if (misplaced(indicator, KEYS[k])) fields |= 1 << k;
  let code = 0;
  for (let digit = 1; fields !== 0; digit <<= 3) {
    // The leftmost field left; among fields in one column the first in KEYS, as a stable sort by column lists them.
    let next = -1;
    let nextColumn = 0;
    for (let k = 0; k < KEYS.length; k++) {
      if ((fields & (1 << k)) === 0) continue;
      const column = columnNumberOf(indicator.cells[KEYS[k]] as string);
      if (next === -1 || column < nextColumn) {
        next = k;
        nextColumn = column;
      }
    }
    fields &= ~(1 << next);
    code += (next + 1) * digit;
  }
  return code;
}

/** A field of the row standing outside the column the header names (cells carried down from rows above, the merged 一级 / 二级, are not this row's to move). */
function misplaced(indicator: Indicator, key: Key): boolean {
  const cell = indicator.cells[key];
  const column = (indicator.expected as Record<string, string | undefined>)[key];
  return cell !== undefined && column !== undefined && inRow(cell, indicator.row) && !inColumn(cell, column);
}

/** The same fields out of place, each expected in the same column: the message would read the same. */
function sameDisplacement(a: Indicator, aCode: number, b: Indicator, bCode: number): boolean {
  if (aCode !== bCode) return false;
  const aExpected = a.expected as Record<string, string | undefined>;
  const bExpected = b.expected as Record<string, string | undefined>;
  for (let left = aCode; left > 0; left >>= 3) {
    const key = KEYS[(left & 7) - 1];
    if (aExpected[key] !== bExpected[key]) return false;
  }
  return true;
}

/** The finding on a row's misplaced cells (some, so that saying which column is wrong is no guess). */
function shiftedHit(sheet: string, indicator: Indicator, code: number): Hit {
  const expected = indicator.expected as Record<string, string>;
  let zh = '';
  let en = '';
  const cellList: string[] = [];
  for (let left = code; left > 0; left >>= 3) {
    const key = KEYS[(left & 7) - 1];
    const said = belongsIn(key, expected[key]);
    zh = zh ? zh + '、' + said.zh : said.zh;
    en = en ? en + ', ' + said.en : said.en;
    cellList.push(indicator.cells[key] as string);
  }
  return { rule: 'layout.shifted', sheet, cell: cellList[0], cells: cellList, params: { zh, en } };
}

/** "一级指标应在C列" / "the first-level indicator belongs in column C", made once per field and column. */
const BELONGS_IN = new Map<Key, Map<string, { zh: string; en: string }>>();

function belongsIn(key: Key, column: string): { zh: string; en: string } {
  let byColumn = BELONGS_IN.get(key);
  if (byColumn === undefined) BELONGS_IN.set(key, (byColumn = new Map()));
  let said = byColumn.get(column);
  if (said === undefined) byColumn.set(column, (said = { zh: `${KEY_NAME[key].zh}应在${column}列`, en: `${KEY_NAME[key].en} belongs in column ${column}` }));
  return said;
}
