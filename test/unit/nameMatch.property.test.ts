// nameMatchScore against a plain reading of its rule (containment, else the longest common run of
// characters), on random names from a small alphabet so that runs and containments are common.
import fc from 'fast-check';
import { nameCore, nameMatchScore } from '../../src/engine/rules/moneyKeyTasks';

const MIN_CONTAINED = 4;
const MIN_COMMON = 6;

function longestRunNaive(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      best = Math.max(best, k);
    }
  }
  return best;
}

function expected(a: string, b: string): number {
  const x = nameCore(a);
  const y = nameCore(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= MIN_CONTAINED && long.includes(short)) return 1000 + short.length;
  const run = longestRunNaive(x, y);
  return run >= MIN_COMMON ? run : 0;
}

const name = fc.array(fc.constantFrom('网', '站', '运', '行', '监', '测', '经', '费', '工', '作', '、', ' '), { maxLength: 20 }).map((chars) => chars.join(''));

test('nameMatchScore: containment first, else the longest common run (from 6 characters)', () => {
  fc.assert(fc.property(name, name, (a, b) => nameMatchScore(a, b) === expected(a, b)), { numRuns: 3000 });
});
