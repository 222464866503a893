// The unit an indicator’s name promises, and whether a value’s unit keeps that promise.
import { memoByText } from '../memo';
import { coreName } from '../rules/valueNames';

/** Families of units: a value in one family cannot answer a name that asks for another. */
const FAMILIES: Array<{ family: string; units: RegExp }> = [
  { family: 'people', units: /^(万|千)?(人|名|位)$/ },
  { family: 'attendances', units: /^(万|千)?人次$/ },
  { family: 'households', units: /^(万|千)?(户|家庭)$/ },
  { family: 'events', units: /^(万|千)?(次|场|场次|期|批|批次|轮|趟|届)$/ },
  { family: 'money', units: /^(元|万元|亿元|千元)$/ },
  { family: 'time', units: /^(个)?(工作日|自然日|天|日|小时|周|个月|月|年)$/ },
  { family: 'percent', units: /^(%|％|个百分点|百分点)$/ },
];

/** What a name’s ending says it counts: 培训人数 → people, 检查次数 → events, 补助金额 → money. */
const NAME_MEASURES: Array<{ ending: RegExp; family: string; unit: string }> = [
  { ending: /人数$/, family: 'people', unit: '人' },
  { ending: /人次$/, family: 'attendances', unit: '人次' },
  { ending: /户数$/, family: 'households', unit: '户' },
  { ending: /(次数|场次|场数|期数|批次)$/, family: 'events', unit: '次' },
  { ending: /(金额|资金|费用|成本|经费|单价)$/, family: 'money', unit: '元' },
  { ending: /(天数|时长|用时|时限)$/, family: 'time', unit: '天' },
];

export function unitFamily(unit: string): string | null {
  return FAMILIES.find((f) => f.units.test(unit))?.family ?? null;
}

/** A unit written in the name's brackets: 保险密度（元）, 完成率(%) → "元", "%". */
export function bracketUnit(name: string): string | null {
  const match = /[（(]\s*([^（）()]{1,6})\s*[)）]\s*$/.exec(name.trim());
  if (!match) return null;
  const unit = match[1].replace('％', '%');
  return unitFamily(unit) !== null || /^(个|件|项|份|家|所|公里|亩|吨)$/.test(unit) ? unit : null;
}

/** The unit the name asks for (from its brackets or its ending), or null where it does not say. */
export function nameUnit(name: string): { unit: string; family: string | null; exact: boolean } | null {
  const bracket = bracketUnit(name);
  if (bracket) return { unit: bracket, family: unitFamily(bracket), exact: true };
  const core = coreName(name);
  const measure = NAME_MEASURES.find((m) => m.ending.test(core));
  return measure ? { unit: measure.unit, family: measure.family, exact: false } : null;
}

/** The unit a magnitude-only value most likely lacks, from the name: 承保农房户数 → 户. */
export function likelyUnit(name: string): string | null {
  const counted = /(户|人|次|个|件|家|项|份|场|所|套|台|名)$/.exec(coreName(name));
  return nameUnit(name)?.unit ?? counted?.[1] ?? null;
}

/** "％" as "%", "个工作日" as "工作日": units compared as the same. */
export function normaliseUnit(unit: string): string {
  return unit.replace('％', '%').replace(/^个(?=工作日|月)/, '');
}

/** What a value's unit is, once per unit: a bare magnitude (万, 千), its spelling compared, its family. */
export const valueUnit = memoByText((unit: string) => ({
  magnitude: /^[万亿千百]+$/.test(unit),
  normalised: normaliseUnit(unit),
  family: unitFamily(unit),
}));
