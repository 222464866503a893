// Template placeholders left in the table: rows the reader skipped (指标2:, ……) and names or values
// that are, or start with, a placeholder.
import type { SheetRead } from '../layout/readSheet';
import type { Hit, RuleDef } from './types';
import { pushAll } from './pushAll';
import { mergeTwin } from './twins';
import { FORM } from './structureBasis';
import { isPlaceholderText, namePlaceholder, NUMBERED_NAME, PLACEHOLDER_NAME, stripPlaceholderPrefix } from './structurePlaceholderText';

export const placeholderRules: RuleDef[] = [
  {
    id: 'structure.placeholder',
    family: 'structure',
    severity: 'warning',
    basis: FORM,
    message: {
      zh: (p) =>
        p.prefixed
          ? `${Number(p.count) > 1 ? `${p.count}个` : ''}三级指标名称前留有表样的编号“${p.prefix}”`
          : Number(p.count) > 1
            ? `表样的${p.count}行占位内容（“${p.text}”）没有替换或删除`
            : `表样的占位内容“${p.text}”没有替换或删除`,
      en: (p) =>
        p.prefixed
          ? `${Number(p.count) > 1 ? `${p.count} indicator names still start` : 'The indicator name still starts'} with the template’s numbering “${p.prefix}”`
          : Number(p.count) > 1
            ? `${p.count} template placeholder rows (“${p.text}”) were left in`
            : `The template placeholder “${p.text}” was left in`,
    },
    suggestion: {
      zh: (p) => (p.prefixed ? `去掉编号，如写成“${p.fixed}”` : Number(p.count) > 1 ? '填写实际内容，或删除这些行' : '填写实际内容，或删除这一行'),
      en: (p) => (p.prefixed ? `Drop the numbering, e.g. “${p.fixed}”` : Number(p.count) > 1 ? 'Fill in the real content or delete the rows' : 'Fill in the real content or delete the row'),
    },
  },
];

export function checkPlaceholders(read: SheetRead): Hit[] {
  const sheet = read.model.name;
  const hits: Hit[] = [];
  const rule = 'structure.placeholder';
  // The template's leftover rows are one problem, however many there are; so is its numbering.
  if (read.placeholders.length) {
    const rows = read.placeholders.filter((row) => row.cell);
    if (rows.length) {
      const texts = [...new Set(rows.map((row) => row.text.trim()))].join('”“');
      hits.push({ rule, sheet, cell: rows[0].cell as string, cells: rows.map((row) => row.cell as string), params: { text: texts, prefixed: 0, count: rows.length } });
    }
  }
  const { indicators } = read.model;
  // One walk over the indicators: numbered names are gathered (their one finding comes first), the
  // other findings kept aside until then.
  let numbered: string[] | null = null;
  let firstNumbered = '';
  let others: Hit[] | null = null;
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    const name = indicator.level3.trim();
    const cell = indicator.cells.level3;
    const placeholder = cell ? namePlaceholder(name) : 0;
    if (cell && placeholder === NUMBERED_NAME) {
      if (numbered === null) {
        numbered = [];
        firstNumbered = name;
      }
      numbered.push(cell);
    } else if (cell && placeholder === PLACEHOLDER_NAME) {
      (others ??= []).push({ rule, sheet, cell, params: { text: name, prefixed: 0 } });
    }
    // Most forms write the same target twice: it is asked about once.
    const periodMark = isPlaceholderText(indicator.periodValue);
    const annualMark = indicator.annualValue === indicator.periodValue ? periodMark : isPlaceholderText(indicator.annualValue);
    const period = periodMark ? placeholderHit(sheet, indicator.periodValue, indicator.cells.periodValue) : null;
    const annual = annualMark ? placeholderHit(sheet, indicator.annualValue, indicator.cells.annualValue) : null;
    if (period === null && annual === null) continue;
    others ??= [];
    // "XX%" left in both targets is one placeholder to replace, not two.
    if (period !== null && annual !== null && indicator.periodValue.trim() === indicator.annualValue.trim()) pushAll(others, mergeTwin([period], [annual]));
    else if (period !== null && annual !== null) others.push(period, annual);
    else others.push((period ?? annual) as Hit);
  }
  if (numbered !== null) {
    const name = firstNumbered;
    const fixed = stripPlaceholderPrefix(name).trim();
    const prefix = name.slice(0, name.length - stripPlaceholderPrefix(name).length).trim();
    hits.push({ rule, sheet, cell: numbered[0], cells: numbered, params: { text: name, prefixed: 1, prefix, fixed, count: numbered.length } });
  }
  if (others !== null) pushAll(hits, others);
  return hits;
}

/** A target left as the template's placeholder (isPlaceholderText), where it has a cell; else null. */
function placeholderHit(sheet: string, text: string, cell: string | undefined): Hit | null {
  return cell ? { rule: 'structure.placeholder', sheet, cell, params: { text: text.trim(), prefixed: 0 } } : null;
}
