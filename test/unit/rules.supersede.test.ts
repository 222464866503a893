// Which hits a more telling one makes redundant, whether the writing notes are few (each searches the
// hits) or many (a map of problem cells is made): both ways drop the same hits.
import { dropSuperseded } from '../../src/engine/rules/supersede';
import { allRules } from '../../src/engine/rules/run';
import type { Hit, RuleDef } from '../../src/engine/rules/types';

const RULES = new Map<string, RuleDef>(allRules().map((r) => [r.id, r]));

/** A word-operator note on F1…Fn; every even row also has a value error on its cell; every third an info. */
function hitsOn(rows: number): Hit[] {
  const hits: Hit[] = [];
  for (let row = 1; row <= rows; row++) {
    hits.push({ rule: 'value.word-operator', sheet: 'S', cell: `F${row}` });
    if (row % 2 === 0) hits.push({ rule: 'value.rate-over-100', sheet: 'S', cell: `F${row}` });
    if (row % 3 === 0) hits.push({ rule: 'value.rate-over-100', sheet: 'S', cell: `F${row}`, severity: 'info' });
  }
  // A problem on another sheet's cell of the same address does not drop the note.
  hits.push({ rule: 'value.rate-over-100', sheet: 'T', cell: 'F1' });
  return hits;
}

const notesKept = (hits: Hit[]) =>
  dropSuperseded(hits, RULES)
    .filter((h) => h.rule === 'value.word-operator')
    .map((h) => h.cell);

describe('dropSuperseded', () => {
  test('few notes: a note gives way to a warning or error on its cell, not to an info', () => {
    expect(notesKept(hitsOn(6))).toEqual(['F1', 'F3', 'F5']);
  });

  test('many notes: the same notes kept as with few', () => {
    const kept = notesKept(hitsOn(200));
    expect(kept).toHaveLength(100);
    expect(kept.every((cell) => Number(cell.slice(1)) % 2 === 1)).toBe(true);
  });

  test('a superseded rule gives way to its superseder on any cell it spans', () => {
    const hits: Hit[] = [
      { rule: 'meaning.change-without-baseline', sheet: 'S', cell: 'E5' },
      { rule: 'meaning.level-as-change', sheet: 'S', cell: 'D5', cells: ['D5', 'E5'] },
      { rule: 'meaning.change-without-baseline', sheet: 'S', cell: 'E6' },
    ];
    expect(dropSuperseded(hits, RULES).map((h) => `${h.rule} ${h.cell}`)).toEqual(['meaning.level-as-change D5', 'meaning.change-without-baseline E6']);
  });
});
