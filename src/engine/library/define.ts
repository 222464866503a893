// The data modules write one indicator per line as
//   名称|measure|unit|direction|example|反映…|type type …
// which keeps 300+ indicators readable and reviewable; `defineGroup` turns the lines into objects and
// the library validates them with its zod schema.
import type { Level1, Level2 } from '../schema';

export interface RawIndicator {
  id: string;
  name: string;
  level1: Level1;
  level2: Level2;
  measure: string;
  unit: string;
  direction: string;
  example: string;
  shows: string;
  types: string[];
}

export interface IndicatorGroup {
  level1: Level1;
  level2: Level2;
  /** Ids of ./sources entries the group is drawn from. */
  sources: string[];
  lines: string[];
}

const STEM = /指标$/;

export function expandGroup(group: IndicatorGroup): RawIndicator[] {
  const stem = group.level2.replace(STEM, '');
  return group.lines.map((line, i) => {
    const [name = '', measure = '', unit = '', direction = '', example = '', shows = '', types = ''] = line.split('|').map((p) => p.trim());
    return {
      id: `${stem}-${i + 1}`,
      name,
      level1: group.level1,
      level2: group.level2,
      measure,
      unit,
      direction,
      example,
      shows,
      types: types.split(/\s+/).filter(Boolean),
    };
  });
}
