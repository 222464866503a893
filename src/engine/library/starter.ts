// A new sheet's starting indicators for a project type: at least one under every 二级 a project form
// must fill, the type's own indicators first, 通用 ones where the type has none.
import type { Level2, LibraryIndicator, ProjectType } from '../schema';
import { indicatorsOf, LIBRARY } from './library';

/** The 二级 every project sheet fills (社会成本, 生态环境成本, 生态效益 only where they apply). */
export const REQUIRED_LEVEL2: readonly Level2[] = ['经济成本指标', '数量指标', '质量指标', '时效指标', '社会效益指标', '服务对象满意度指标'];
/** 二级 offered only when the type has an indicator of its own there. */
const OPTIONAL_LEVEL2: readonly Level2[] = ['经济效益指标'];
const PER_REQUIRED = 2;

/**
 * The type's indicators under a 二级: those made for it (the type listed first) before those it shares
 * with others (场地租赁费用 is a 会议 one a 培训 may use), each in the library's order.
 */
function ownOf(level2: Level2, type: ProjectType, primaryOnly = false): LibraryIndicator[] {
  const level1 = LIBRARY.find((i) => i.level2 === level2)?.level1;
  if (!level1) return [];
  const own = indicatorsOf(level1, level2).filter((i) => (primaryOnly ? i.types[0] === type : i.types.includes(type)));
  return [...own.filter((i) => i.types[0] === type), ...own.filter((i) => i.types[0] !== type)];
}

/** The starting set for `type`, in the order of the form's table. */
export function starterSet(type: ProjectType): LibraryIndicator[] {
  const chosen: LibraryIndicator[] = [];
  for (const level2 of [...REQUIRED_LEVEL2, ...OPTIONAL_LEVEL2]) {
    const required = REQUIRED_LEVEL2.includes(level2);
    // An optional 二级 only where the indicator is first of all the type's (挽回经济损失 is a 监测 one).
    const own = required ? ownOf(level2, type).slice(0, PER_REQUIRED) : ownOf(level2, type, true).slice(0, 1);
    if (own.length === 0 && required) own.push(...ownOf(level2, '通用').slice(0, 1));
    chosen.push(...own);
  }
  const order = new Map(LIBRARY.map((i, n) => [i.id, n]));
  return chosen.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Library indicators by id, in the given order; unknown ids are left out. */
export function indicatorsById(ids: readonly string[]): LibraryIndicator[] {
  const byId = new Map(LIBRARY.map((i) => [i.id, i]));
  return ids.map((id) => byId.get(id)).filter((i): i is LibraryIndicator => i !== undefined);
}
