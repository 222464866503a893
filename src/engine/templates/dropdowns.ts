// The indicator table's dropdowns and input messages, for a generated sheet and for a copied one.
import { columnLetters, rangeToA1 } from '../a1';
import type { DataValidationSpec, InputPromptSpec, Level1 } from '../schema';
import { level2Of } from '../vocabulary';
import { ALL_LEVEL2_NAMES, LEVEL1_NAMES, level2NamesOf } from './hierarchy';

/** Where the table's columns are (1-based) and which rows it spans. */
export interface DropdownTable {
  level1?: number;
  level2?: number;
  level3: number;
  period?: number;
  annual?: number;
  firstRow: number;
  lastRow: number;
}

/** A row of the table with the 一级 it belongs to (null when not a canonical name) and its 二级 as written. */
export interface LevelRow {
  row: number;
  level1: Level1 | null;
  level2Raw: string;
}

/** Excel shows at most 32 characters of a prompt's title and 255 of its message. */
export const VALUE_PROMPT = {
  title: '指标值的写法',
  message:
    '符号＋数字＋单位，或一句定性描述。例：≥90%、<1%、2项、≥10场次、≤5天（“5天内”请写作“≤5天”）、按规定标准发放。实施周期指标值和当年度指标值都要填写。',
};

export const LEVEL3_PROMPT = {
  title: '三级指标',
  message: '填写指标名称（如 补贴发放人数、补助发放及时率），数值写在右边的指标值列。一个二级指标下有多项时，在本组内插入行。',
};

export const LEVEL1_PROMPT = { title: '一级指标', message: `从下拉列表选择：${LEVEL1_NAMES.join('、')}。` };

function level2Prompt(level1: Level1 | null, names: readonly string[]): { title: string; message: string } {
  if (level1 === null) return { title: '二级指标', message: `从下拉列表选择二级指标，并与本行的一级指标对应：${names.join('、')}。` };
  return {
    title: '二级指标',
    message: `本组属于“${level1}”，下拉列表只列出它的二级指标：${names.join('、')}。改动一级指标时，请把本行移到对应的组。`,
  };
}

function columnRange(col: number, top: number, bottom: number): string {
  return rangeToA1({ top, left: col, bottom, right: col });
}

/** Consecutive rows of the same 一级, carrying a row's 一级 down to the rows below it. */
function runsByLevel1(table: DropdownTable, rows: readonly LevelRow[]): Array<{ top: number; bottom: number; level1: Level1 | null; raw: Set<string> }> {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const runs: Array<{ top: number; bottom: number; level1: Level1 | null; raw: Set<string> }> = [];
  let current: Level1 | null = null;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const entry = byRow.get(row);
    if (entry && entry.level1 !== null) current = entry.level1;
    const last = runs[runs.length - 1];
    if (last && last.level1 === current) last.bottom = row;
    else runs.push({ top: row, bottom: row, level1: current, raw: new Set() });
    const raw = entry?.level2Raw.trim() ?? '';
    // A name the form already uses stays valid in its list (经济效益 as well as 经济效益指标).
    if (raw !== '' && level2Of(raw) && !raw.includes(',')) runs[runs.length - 1].raw.add(raw);
  }
  return runs;
}

/**
 * 一级 cells: the four 一级. 二级 cells: the 二级 of the group's 一级 (a literal list per group, which
 * both hosts write without defined names); a group with no known 一级 gets every 二级. 三级 and value
 * cells get an input message.
 */
export function tableDropdowns(table: DropdownTable, rows: readonly LevelRow[]): { validations: DataValidationSpec[]; prompts: InputPromptSpec[] } {
  const validations: DataValidationSpec[] = [];
  const prompts: InputPromptSpec[] = [];
  if (table.lastRow < table.firstRow) return { validations, prompts };
  if (table.level1 !== undefined) {
    validations.push({
      range: columnRange(table.level1, table.firstRow, table.lastRow),
      list: [...LEVEL1_NAMES],
      allowBlank: true,
      prompt: LEVEL1_PROMPT,
    });
  }
  if (table.level2 !== undefined) {
    for (const run of runsByLevel1(table, rows)) {
      const canonical = run.level1 ? level2NamesOf(run.level1) : ALL_LEVEL2_NAMES;
      const names = [...new Set<string>([...canonical, ...run.raw])];
      validations.push({
        range: columnRange(table.level2, run.top, run.bottom),
        list: names,
        allowBlank: true,
        prompt: level2Prompt(run.level1, canonical),
      });
    }
  }
  prompts.push({ range: columnRange(table.level3, table.firstRow, table.lastRow), ...LEVEL3_PROMPT });
  const targets = [table.period, table.annual].filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  if (targets.length === 2 && targets[1] === targets[0] + 1) {
    prompts.push({ range: `${columnLetters(targets[0])}${table.firstRow}:${columnLetters(targets[1])}${table.lastRow}`, ...VALUE_PROMPT });
  } else {
    for (const col of targets) prompts.push({ range: columnRange(col, table.firstRow, table.lastRow), ...VALUE_PROMPT });
  }
  return { validations, prompts };
}
