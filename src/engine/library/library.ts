// The library as one validated list, and look-ups by category and by words of the name.
import type { Level1, Level2 } from '../schema';
import { memoByText } from '../memo';
import { normaliseLabel } from '../vocabulary';
import { expandGroup, type IndicatorGroup } from './define';
import { BENEFIT_GROUPS } from './data/benefit';
import { COST_GROUPS } from './data/cost';
import { OUTPUT_GROUPS } from './data/output';
import { SATISFACTION_GROUPS } from './data/satisfaction';
import type { LibraryIndicator } from '../schema';

export const LIBRARY_GROUPS: readonly IndicatorGroup[] = [...COST_GROUPS, ...OUTPUT_GROUPS, ...BENEFIT_GROUPS, ...SATISFACTION_GROUPS];

/**
 * Every indicator. The lines are constant data, validated against LibrarySchema by
 * test/unit/library.data.test.ts rather than here: parsing them at load cost every process, and every
 * worker thread of a review, about 90 ms before its first file.
 */
export const LIBRARY: readonly LibraryIndicator[] = LIBRARY_GROUPS.flatMap(expandGroup) as LibraryIndicator[];

export function indicatorsOf(level1: Level1, level2?: Level2): LibraryIndicator[] {
  return [...libraryPart(level1, level2)];
}

/** The library's indicators of a category, filtered once per category: the rules ask for each sheet. */
const parts = new Map<string, readonly LibraryIndicator[]>();
export function libraryPart(level1: Level1, level2?: Level2): readonly LibraryIndicator[] {
  const key = `${level1}|${level2 ?? ''}`;
  let part = parts.get(key);
  if (!part) {
    part = LIBRARY.filter((i) => i.level1 === level1 && (level2 === undefined || i.level2 === level2));
    parts.set(key, part);
  }
  return part;
}

/** A name as compared: full-width folded, spaces and brackets' content kept, punctuation-insensitive. */
export const nameKey: (name: string) => string = memoByText((name) => normaliseLabel(name).replace(/[（）()「」“”"'、，,：:·\s]/g, ''));

/**
 * Indicators whose name holds every word of the query (words split on spaces; a word with no space
 * in it may also match across the name's characters in order, so 补助及时 finds 补助发放及时率).
 * Name matches come first, then matches in what the indicator shows.
 */
export function searchLibrary(query: string, limit = 30): LibraryIndicator[] {
  const words = query.normalize('NFKC').split(/\s+/).map(nameKey).filter(Boolean);
  if (words.length === 0) return [];
  const inName = (i: LibraryIndicator) => words.every((w) => nameKey(i.name).includes(w));
  const inOrder = (i: LibraryIndicator) => words.every((w) => subsequence(w, nameKey(i.name)));
  const inShows = (i: LibraryIndicator) => words.every((w) => nameKey(`${i.name}${i.shows}`).includes(w));
  const ranked = [...LIBRARY.filter(inName), ...LIBRARY.filter((i) => !inName(i) && inOrder(i)), ...LIBRARY.filter((i) => !inName(i) && !inOrder(i) && inShows(i))];
  return ranked.slice(0, limit);
}

function subsequence(needle: string, hay: string): boolean {
  if (needle.length < 2) return hay.includes(needle);
  let at = 0;
  for (const ch of hay) if (ch === needle[at]) at++;
  return at === needle.length;
}
