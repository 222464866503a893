// STUB — the value-grammar helper replaces this file.
import type { Level1, Level2 } from './schema';

/** Full-width to ASCII, line breaks and spaces removed: the form in which labels are compared. */
export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The canonical 一级指标 a cell's text names, or null. */
export function level1Of(text: string): Level1 | null {
  const t = normaliseLabel(text);
  const all: Level1[] = ['成本指标', '产出指标', '效益指标', '满意度指标'];
  return all.find((l) => l === t) ?? null;
}

/** The canonical 二级指标 a cell's text names, with the 一级 it belongs to in the current framework, or null. */
export function level2Of(text: string): { level2: Level2; parent: Level1 } | null {
  void text;
  return null;
}
