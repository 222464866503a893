// How the money, project and consistency rules write amounts, units and cell references.
import Big from 'big.js';
import { memoByText } from '../memo';
import type { Lang, MoneyUnit, SheetModel } from '../schema';

/**
 * "6336.55" → "6,336.55", "1952150" → "1,952,150.00", "264.5262" → "264.5262": grouped thousands,
 * at least two decimals and never fewer than the exact value needs (amounts are never rounded away).
 */
export const formatAmount: (value: string) => string = memoByText(grouped);

function grouped(value: string): string {
  const exact = new Big(value);
  const decimals = Math.max(2, (/\.(\d+)$/.exec(exact.abs().toFixed()) ?? ['', ''])[1].length);
  const [whole, fraction] = exact.abs().toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${exact.lt(0) ? '-' : ''}${grouped}.${fraction}`;
}

const UNIT_NAMES: Record<Lang, Record<MoneyUnit, string>> = {
  zh: { 万元: '万元', 元: '元' },
  en: { 万元: '(10k yuan)', 元: 'yuan' },
};

export function unitName(unit: string, lang: Lang): string {
  return UNIT_NAMES[lang][unit as MoneyUnit] ?? unit;
}

/** "6,336.55万元" / "6,336.55 (10k yuan)": Chinese sets no space between a number and its unit. */
export function money(value: string | number, unit: string | number, lang: Lang): string {
  return `${formatAmount(String(value))}${lang === 'zh' ? '' : ' '}${unitName(String(unit), lang)}`;
}

/** A cell on another sheet, as findings' `related` lists it. */
export function sheetCell(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/**
 * A cell that holds only a dash or slash says "nothing here" (as 项目概述 "-" does in the seed):
 * the rules treat it as empty rather than as a wrong value.
 */
export const isBlankMark: (text: string) => boolean = memoByText((text) => /^[\s\-—–－‐/／\\、]*$/.test(text.normalize('NFKC')));

/** Exactly one department form: cross-sheet rules need to know which department the projects belong to. */
export function soleDepartment(sheets: SheetModel[]): SheetModel | null {
  const departments = sheets.filter((s) => s.kind === 'department');
  return departments.length === 1 ? departments[0] : null;
}
