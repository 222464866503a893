// Each indicator row has a 三级 name and at least one target, and no 三级 name is given twice on a sheet.
import type { SheetRead } from '../layout/readSheet';
import { memoByText } from '../memo';
import { normaliseLabel } from '../vocabulary';
import type { Hit, RuleDef } from './types';
import { COMMON, FORM } from './structureBasis';
import { stripPlaceholderPrefix } from './structurePlaceholderText';

export const indicatorRules: RuleDef[] = [
  {
    id: 'structure.no-name',
    family: 'structure',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `本行填了指标值“${p.value}”，但没有填写三级指标名称`,
      en: (p) => `This row gives the target “${p.value}” but no third-level indicator name`,
    },
    suggestion: {
      zh: () => '在此格填写三级指标名称，或删除这一行的指标值',
      en: () => 'Enter the indicator name here, or remove the targets of this row',
    },
  },
  {
    id: 'structure.no-value',
    family: 'structure',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `三级指标「${p.name}」没有填写指标值`,
      en: (p) => `The indicator 「${p.name}」 has no target`,
    },
    suggestion: {
      zh: () => '填写指标值（如“≥90%”“≤5天”“100人次”），或删除这个指标',
      en: () => 'Enter its target (e.g. “≥90%”, “≤5天”, “100人次”) or delete the indicator',
    },
  },
  {
    id: 'structure.duplicate',
    family: 'structure',
    severity: 'warning',
    basis: COMMON,
    message: {
      zh: (p) => `三级指标「${p.name}」在本表中重复出现（第一次在${p.first}）`,
      en: (p) => `The indicator 「${p.name}」 appears twice on this sheet (first at ${p.first})`,
    },
    suggestion: {
      zh: () => '删除重复的一行，或改名以区分两个指标',
      en: () => 'Delete the repeated row, or rename one of the two so they differ',
    },
  },
];

export function checkIndicators(read: SheetRead): Hit[] {
  const sheet = read.model.name;
  const hits: Hit[] = [];
  const check = ++checks;
  // Bounded between sheets, never while one is walked (a name seen earlier on it must stay known).
  if (FIRST_NAMED.size >= 20_000) FIRST_NAMED.clear();
  const { indicators } = read.model;
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    const name = indicator.level3.trim();
    const nameCell = indicator.cells.level3;
    if (!nameCell) continue;
    const period = indicator.periodValue.trim();
    const annual = indicator.annualValue.trim();
    if (name === '') {
      hits.push({ rule: 'structure.no-name', sheet, cell: nameCell, params: { value: period || annual } });
      continue;
    }
    if (period === '' && annual === '') {
      hits.push({ rule: 'structure.no-value', sheet, cell: nameCell, params: { name } });
    }
    const key = duplicateKey(name);
    const first = FIRST_NAMED.get(key);
    if (first === undefined || first.check !== check) {
      if (first) {
        first.check = check;
        first.cell = nameCell;
      } else FIRST_NAMED.set(key, { check, cell: nameCell });
    } else {
      hits.push({ rule: 'structure.duplicate', sheet, cell: nameCell, params: { name, first: first.cell }, related: [first.cell] });
    }
  }
  return hits;
}

/**
 * The cell of the first indicator of each name key in the sheet being checked (entries of earlier
 * checks have an older `check`): one table reused by every check instead of a Map per sheet.
 */
const FIRST_NAMED = new Map<string, { check: number; cell: string }>();
let checks = 0;

/** Names compare without spaces, width differences, a 指标1: prefix or closing punctuation. */
const duplicateKey: (name: string) => string = memoByText((name) => normaliseLabel(stripPlaceholderPrefix(name)).replace(/[。．.，,；;：:]+$/, ''));
