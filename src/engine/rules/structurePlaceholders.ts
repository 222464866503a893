// Template placeholders left in the table: rows the reader skipped (指标2:, ……) and names or values
// that are, or start with, a placeholder.
import type { SheetRead } from '../layout/readSheet';
import type { Hit, RuleDef } from './types';
import { FORM } from './structureBasis';
import { hasNumberedPrefix, isPlaceholderText, stripPlaceholderPrefix } from './structurePlaceholderText';

export const placeholderRules: RuleDef[] = [
  {
    id: 'structure.placeholder',
    family: 'structure',
    severity: 'warning',
    basis: FORM,
    message: {
      zh: (p) => (p.prefixed ? `三级指标名称前留有表样的编号“${p.prefix}”` : `表样的占位内容“${p.text}”没有替换或删除`),
      en: (p) =>
        p.prefixed ? `The indicator name still starts with the template’s numbering “${p.prefix}”` : `The template placeholder “${p.text}” was left in`,
    },
    suggestion: {
      zh: (p) => (p.prefixed ? `去掉编号，写成“${p.fixed}”` : '填写实际内容，或删除这一行'),
      en: (p) => (p.prefixed ? `Drop the numbering: “${p.fixed}”` : 'Fill in the real content or delete the row'),
    },
  },
];

export function checkPlaceholders(read: SheetRead): Hit[] {
  const sheet = read.model.name;
  const hits: Hit[] = [];
  const rule = 'structure.placeholder';
  for (const row of read.placeholders) {
    if (row.cell) hits.push({ rule, sheet, cell: row.cell, params: { text: row.text.trim(), prefixed: 0 } });
  }
  for (const indicator of read.model.indicators) {
    const name = indicator.level3.trim();
    if (indicator.cells.level3 && hasNumberedPrefix(name)) {
      const fixed = stripPlaceholderPrefix(name).trim();
      const prefix = name.slice(0, name.length - stripPlaceholderPrefix(name).length).trim();
      hits.push({ rule, sheet, cell: indicator.cells.level3, params: { text: name, prefixed: 1, prefix, fixed } });
    } else if (indicator.cells.level3 && isPlaceholderText(name)) {
      hits.push({ rule, sheet, cell: indicator.cells.level3, params: { text: name, prefixed: 0 } });
    }
    const targets = [
      [indicator.periodValue, indicator.cells.periodValue],
      [indicator.annualValue, indicator.cells.annualValue],
    ] as const;
    for (const [text, cell] of targets) {
      if (cell && isPlaceholderText(text)) hits.push({ rule, sheet, cell, params: { text: text.trim(), prefixed: 0 } });
    }
  }
  return hits;
}
