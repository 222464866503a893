// Precision and recall of the findings on the seed against a reviewer's list written from the forms
// (test/fixtures/reviewerList.ts). A finding is right when it names a problem on the list that no
// earlier finding named; a problem is found when some finding covers one of its cells.
import { checkWorkbook } from '../../src/engine/check';
import { cellsOfFinding, resolveCellRef } from '../../src/engine/findingCells';
import type { Finding } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { SEED_REVIEWER_LIST, type ReviewerProblem } from '../fixtures/reviewerList';

const findings = checkWorkbook(specToSnapshot(seedWorkbookSpec()), { lang: 'zh' }).findings;

function covers(finding: Finding, problem: ReviewerProblem): boolean {
  const wanted = new Set(problem.cells.map((c) => resolveCellRef(c, problem.sheet)).map((r) => `${r.sheet}!${r.cell}`));
  return cellsOfFinding(finding).some((r) => wanted.has(`${r.sheet}!${r.cell}`));
}

/** Each finding matched to the first listed problem it covers that no other finding took yet. */
function match(list: ReviewerProblem[]): { right: Finding[]; wrong: Finding[]; found: Set<ReviewerProblem> } {
  const found = new Set<ReviewerProblem>();
  const right: Finding[] = [];
  const wrong: Finding[] = [];
  for (const finding of findings) {
    const problem = list.find((p) => !found.has(p) && covers(finding, p));
    if (problem) {
      found.add(problem);
      right.push(finding);
    } else wrong.push(finding);
  }
  return { right, wrong, found };
}

describe('the seed against a reviewer’s list', () => {
  const { right, wrong, found } = match(SEED_REVIEWER_LIST);

  test('precision: at least 90 % of the findings each name a distinct problem on the list', () => {
    expect(wrong.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
    expect(right.length / findings.length).toBeGreaterThanOrEqual(0.9);
  });

  test('recall: at least 85 % of the listed problems are found, and the misses are the ones the list marks', () => {
    expect(found.size / SEED_REVIEWER_LIST.length).toBeGreaterThanOrEqual(0.85);
    const missed = SEED_REVIEWER_LIST.filter((p) => !found.has(p));
    expect(missed.map((p) => p.problem)).toEqual(SEED_REVIEWER_LIST.filter((p) => p.missed).map((p) => p.problem));
  });

  test('no error on a valid cell: every error is on the list', () => {
    for (const f of findings.filter((x) => x.severity === 'error')) expect(right).toContain(f);
  });
});
