// 一级 and 二级 indicator names (财预〔2021〕101号 and older forms) and the variants forms write them in.
import type { Level1, Level2 } from '../schema';
import { memoByText } from '../memo';
import { normaliseLabel } from './label';

/** A leading enumeration before a category name: 一、产出指标, 1.产出指标, (一)产出指标. */
const ENUMERATION = /^(\(?[一二三四五六七八九十]+[)、.]|\(?[0-9]+[)、.])/;
/** Level names end in 指标, in 值 (山东: 产出值, 数量值), or in nothing (产出, 经济效益). */
const LEVEL_SUFFIX = /(指标|值)$/;
/** A note after the name: 产出指标（50分）, 数量指标(权重20%), 数量指标(0-20)分, 产出指标30分. */
const TRAILING_NOTE = /(\([^()]*\)分?|[0-9.]+分)$/;

function stem(text: string): string {
  return normaliseLabel(text).replace(TRAILING_NOTE, '').replace(ENUMERATION, '').replace(LEVEL_SUFFIX, '');
}

const LEVEL1_STEMS = new Map<string, Level1>(Object.entries({
  成本: '成本指标',
  产出: '产出指标',
  效益: '效益指标',
  满意度: '满意度指标',
}) as Array<[string, Level1]>);

// A Map, not an object literal: a cell reading "constructor" must not find Object.prototype's.
const LEVEL2_STEMS = new Map<string, { level2: Level2; parent: Level1 }>(Object.entries({
  经济成本: { level2: '经济成本指标', parent: '成本指标' },
  社会成本: { level2: '社会成本指标', parent: '成本指标' },
  生态环境成本: { level2: '生态环境成本指标', parent: '成本指标' },
  生态成本: { level2: '生态环境成本指标', parent: '成本指标' },
  环境成本: { level2: '生态环境成本指标', parent: '成本指标' },
  数量: { level2: '数量指标', parent: '产出指标' },
  质量: { level2: '质量指标', parent: '产出指标' },
  时效: { level2: '时效指标', parent: '产出指标' },
  // Older forms list 成本指标 as a 二级 under 产出指标.
  成本: { level2: '成本指标', parent: '产出指标' },
  经济效益: { level2: '经济效益指标', parent: '效益指标' },
  社会效益: { level2: '社会效益指标', parent: '效益指标' },
  生态效益: { level2: '生态效益指标', parent: '效益指标' },
  生态环境效益: { level2: '生态效益指标', parent: '效益指标' },
  可持续影响: { level2: '可持续影响指标', parent: '效益指标' },
  服务对象满意度: { level2: '服务对象满意度指标', parent: '满意度指标' },
  社会公众或服务对象满意度: { level2: '服务对象满意度指标', parent: '满意度指标' },
  社会公众满意度: { level2: '服务对象满意度指标', parent: '满意度指标' },
}) as Array<[string, { level2: Level2; parent: Level1 }]>);

for (const entry of LEVEL2_STEMS.values()) Object.freeze(entry);

interface LevelsNamed {
  level1: Level1 | null;
  level2: Readonly<{ level2: Level2; parent: Level1 }> | null;
}

// Remembered, both levels at once: every rule asks again whether the same cells name a level.
const levelsNamed = memoByText((text): LevelsNamed => {
  const named = stem(text);
  return { level1: LEVEL1_STEMS.get(named) ?? null, level2: LEVEL2_STEMS.get(named) ?? null };
});

function levelsOf(text: string): LevelsNamed {
  return levelsNamed(typeof text === 'string' ? text : String(text ?? ''));
}

/** The canonical 一级指标 a cell names (产出指标, 产出, 产 出 指 标, 产出值, 产出指标(必填)), or null. */
export function level1Of(text: string): Level1 | null {
  return levelsOf(text).level1;
}

/**
 * The canonical 二级指标 a cell names, with the 一级 it belongs to, or null. 成本指标 reads as the older
 * 产出 二级. The answer is shared between callers, so it is frozen.
 */
export function level2Of(text: string): Readonly<{ level2: Level2; parent: Level1 }> | null {
  return levelsOf(text).level2;
}
