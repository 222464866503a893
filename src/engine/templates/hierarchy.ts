// The indicator tree a new project sheet lists, row by row (财预〔2021〕101号).
import type { Level1, Level2 } from '../schema';

export interface Level1Group {
  level1: Level1;
  level2: readonly Level2[];
}

/** Every canonical 一级 with its 二级, in the order the forms list them. Older 二级 are read, not offered. */
export const CANONICAL_TREE: readonly Level1Group[] = [
  { level1: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
  { level1: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标'] },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
];

export const LEVEL1_NAMES: readonly Level1[] = CANONICAL_TREE.map((g) => g.level1);

export function level2NamesOf(level1: Level1): readonly Level2[] {
  return CANONICAL_TREE.find((g) => g.level1 === level1)?.level2 ?? [];
}

export const ALL_LEVEL2_NAMES: readonly Level2[] = CANONICAL_TREE.flatMap((g) => g.level2);
