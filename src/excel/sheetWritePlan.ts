import { columnNumber, parseA1, parseRange, rangeToA1 } from '../engine/a1';
import type { CellStyle, CellValue, SheetSpec } from '../engine/schema';
import { HostError } from '../host/workbookHost';
import { asLiteral } from './compareAndSet';

/** A SheetSpec laid out as the few bulk writes Excel takes in one batch. */
export interface SheetWritePlan {
  /** Bounding range of the spec's cells, or null for a spec without cells. */
  address: string | null;
  /** Formulas where the spec has one, literal values elsewhere, "" for gaps. */
  formulas: CellValue[][];
  numberFormats: string[][];
  styles: { address: string; style: CellStyle }[];
  /** Column letter → width in points (Excel's unit), from widths in characters. */
  columnWidths: { column: string; points: number }[];
  validations: { range: string; source: string; allowBlank: boolean; prompt?: { title: string; message: string } }[];
  prompts: { range: string; title: string; message: string }[];
}

/** Excel's limits: a list source of at most 255 characters, prompt titles 32, prompt messages 255. */
const MAX_LIST_SOURCE = 255;
const MAX_PROMPT_TITLE = 32;
const MAX_PROMPT_MESSAGE = 255;

export function planSheetWrite(spec: SheetSpec): SheetWritePlan {
  checkSheetName(spec.name);
  const addresses = Object.keys(spec.cells);
  let address: string | null = null;
  let formulas: CellValue[][] = [];
  let numberFormats: string[][] = [];
  if (addresses.length > 0) {
    const refs = addresses.map((a) => parseA1(a));
    const top = Math.min(...refs.map((r) => r.row));
    const left = Math.min(...refs.map((r) => r.col));
    const bottom = Math.max(...refs.map((r) => r.row));
    const right = Math.max(...refs.map((r) => r.col));
    address = rangeToA1({ top, left, bottom, right });
    formulas = grid(bottom - top + 1, right - left + 1, '' as CellValue);
    numberFormats = grid(bottom - top + 1, right - left + 1, 'General');
    addresses.forEach((a, index) => {
      const cell = spec.cells[a];
      const { row, col } = refs[index];
      formulas[row - top][col - left] = cell.formula
        ? cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`
        : asLiteral(cell.value);
      numberFormats[row - top][col - left] = cell.numFmt ?? 'General';
    });
  }
  const styles = addresses
    .filter((a) => spec.cells[a].style && Object.keys(spec.cells[a].style as CellStyle).length > 0)
    .map((a) => ({ address: a, style: spec.cells[a].style as CellStyle }));
  const columnWidths = Object.entries(spec.columnWidths).map(([column, chars]) => {
    if (!/^[A-Za-z]{1,3}$/.test(column) || columnNumber(column) > 16384) {
      throw new HostError(`列宽的列名“${column}”无效`, `Column "${column}" in the column widths is not a column`);
    }
    return { column: column.toUpperCase(), points: charsToPoints(chars) };
  });
  const validations = spec.validations.map((v) => {
    parseRange(v.range);
    const source = Array.isArray(v.list) ? listSource(v.list, v.range) : v.list;
    if (source.length > MAX_LIST_SOURCE) {
      throw new HostError(
        `${v.range} 的下拉列表超过 ${MAX_LIST_SOURCE} 个字符，Excel 不接受`,
        `The dropdown list of ${v.range} is over ${MAX_LIST_SOURCE} characters, which Excel refuses`,
      );
    }
    if (v.prompt) checkPromptLength(v.range, v.prompt);
    return { range: v.range, source, allowBlank: v.allowBlank, prompt: v.prompt };
  });
  const prompts = (spec.prompts ?? []).map((p) => {
    parseRange(p.range);
    checkPromptLength(p.range, p);
    return p;
  });
  return { address, formulas, numberFormats, styles, columnWidths, validations, prompts };
}

function checkPromptLength(range: string, prompt: { title: string; message: string }): void {
  if (prompt.title.length > MAX_PROMPT_TITLE || prompt.message.length > MAX_PROMPT_MESSAGE) {
    throw new HostError(
      `${range} 的输入提示太长（标题至多 ${MAX_PROMPT_TITLE} 字，内容至多 ${MAX_PROMPT_MESSAGE} 字）`,
      `The input message of ${range} is too long (title ≤ ${MAX_PROMPT_TITLE}, message ≤ ${MAX_PROMPT_MESSAGE} characters)`,
    );
  }
}

/** Excel's sheet-name rules; the engine checks them too, this keeps the adapter safe on its own. */
export function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new HostError(
      `工作表名称“${name}”无效：1–31 个字符，不含 [ ] : * ? / \\，不以 ' 开头或结尾`,
      `Sheet name "${name}" is invalid: 1–31 characters, none of [ ] : * ? / \\, no leading or trailing '`,
    );
  }
}

/** Width in characters of the default font (7 px each plus 5 px padding at 96 dpi) → points. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function listSource(items: string[], range: string): string {
  const bad = items.find((item) => item.includes(','));
  if (bad !== undefined) {
    throw new HostError(
      `${range} 的下拉项“${bad}”含逗号，Excel 的列表不能表示`,
      `Dropdown item "${bad}" of ${range} contains a comma, which an Excel list cannot hold`,
    );
  }
  return items.join(',');
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
}
