// The short-cut scores suggestions use must be exactly the scores of the full inference (with its
// evidence), in the same order, on every sheet of the seed and its variants.
import { checkWorkbook } from '../../src/engine/check';
import { inferProjectTypes } from '../../src/engine/library';
import { projectTypeScores } from '../../src/engine/library/projectTypes';
import type { SheetModel } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { fixtureSpecs, FIXTURE_NAMES } from '../fixtures/workbooks';

const models: SheetModel[] = FIXTURE_NAMES.flatMap((name) => checkWorkbook(specToSnapshot(fixtureSpecs[name]()), { lang: 'zh' }).model.sheets);

describe('projectTypeScores', () => {
  it('reads some types on the seed (the comparison below is not vacuous)', () => {
    expect(models.filter((m) => projectTypeScores(m).length > 0).length).toBeGreaterThan(10);
  });

  it.each(models.map((m, i) => [i, m.name, m] as const))('sheet %i (%s): the same types and scores as inferProjectTypes', (_i, _name, model) => {
    expect(projectTypeScores(model)).toEqual(inferProjectTypes(model).map(({ type, score }) => ({ type, score })));
  });
});
