// A column role the user set that no longer fits the sheet: the reader read that column itself, and
// the user is told so rather than left to believe their choice still holds.
import type { StaleRole } from '../layout/columnOverrides';
import type { SheetRead } from '../layout/readSheet';
import type { ColumnOverride } from '../schema';
import type { Hit, RuleDef } from './types';

const ROLE_NAMES: Record<ColumnOverride['role'], { zh: string; en: string }> = {
  level1: { zh: '一级指标', en: 'level 1' },
  level2: { zh: '二级指标', en: 'level 2' },
  level3: { zh: '三级指标', en: 'indicator name' },
  period: { zh: '实施周期指标值', en: 'period target' },
  annual: { zh: '年度指标值', en: 'annual target' },
  operator: { zh: '比较符号', en: 'operator' },
  unit: { zh: '计量单位', en: 'unit' },
  extra: { zh: '不是指标列', en: 'not an indicator column' },
};

export const roleRules: RuleDef[] = [
  {
    id: 'structure.column-role-stale',
    family: 'structure',
    severity: 'warning',
    basis: { zh: '常识：表格改动后，原来的设定可能不再适用', en: 'common sense: after the table changed, an earlier setting may no longer apply' },
    message: {
      zh: (p) => `您为${p.column}列设定的“${p.roleZh}”未使用：${p.whyZh}，已按自动识别读取该列`,
      en: (p) => `The role you set for column ${p.column} (${p.roleEn}) was not used: ${p.whyEn}; the column was read automatically`,
    },
    suggestion: {
      zh: () => '请在任务窗格“读取方式”中重新核对该列的含义，需要时重新设定',
      en: () => 'Check what the column holds under “How the tables were read” in the task pane, and set it again if needed',
    },
  },
];

export function checkStaleRoles(read: SheetRead): Hit[] {
  if (!read.staleRoles?.length) return [];
  return read.staleRoles.map(({ override, cell, reason, now }) => ({
    rule: 'structure.column-role-stale',
    sheet: read.model.name,
    cell,
    params: {
      column: override.column,
      roleZh: ROLE_NAMES[override.role].zh,
      roleEn: ROLE_NAMES[override.role].en,
      ...why(reason, override.header ?? '', now),
    },
  }));
}

function why(reason: StaleRole['reason'], was: string, now: string): { whyZh: string; whyEn: string } {
  if (reason === 'no-names') return { whyZh: '按此设定，本表将没有三级指标（指标名称）列', whyEn: 'with it, no column would hold the indicator names' };
  if (reason === 'no-table') return { whyZh: '本表已找不到包含该列的指标表', whyEn: 'no indicator table on this sheet spans that column any more' };
  if (reason === 'empty') return { whyZh: '该列现在没有内容', whyEn: 'the column is now empty' };
  return {
    whyZh: `该列表头已由“${was || '（无）'}”变为“${now || '（无）'}”`,
    whyEn: `its header changed from “${was || '(none)'}” to “${now || '(none)'}”`,
  };
}
