// The engine keeps a few tables and scratch arrays across calls (to allocate less per check): they
// must never carry anything from one sheet or one check into the next.
import { checkWorkbook } from '../../src/engine/check';
import { suggester, suggestIndicators } from '../../src/engine/library';
import type { SheetRead } from '../../src/engine/layout/readSheet';
import type { LibraryIndicator, SheetModel, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { setCell } from '../../src/sample/variants';

const check = (spec: WorkbookSpec) => checkWorkbook(specToSnapshot(spec), { lang: 'zh' });
const names = (list: LibraryIndicator[]) => list.map((i) => i.name);

const seed = check(seedWorkbookSpec());
const projects = seed.model.sheets.filter((s) => s.kind === 'project');

describe('structure.duplicate across sheets and checks', () => {
  const [first, second] = projects;
  const [a, b] = first.indicators;
  // The first sheet's first name, written again on its second row and on the second sheet.
  let spec = setCell(seedWorkbookSpec(), first.name, b.cells.level3!, a.level3);
  spec = setCell(spec, second.name, second.indicators[0].cells.level3!, a.level3);

  it('finds a name given twice on one sheet, not a name another sheet also gives', () => {
    const duplicates = check(spec).findings.filter((f) => f.rule === 'structure.duplicate');
    expect(duplicates.map((f) => [f.sheet, f.cell, f.related])).toEqual([[first.name, b.cells.level3, [a.cells.level3]]]);
  });

  it('gives the same findings when the same workbook is checked again, and none once fixed', () => {
    expect(check(spec).findings).toEqual(check(spec).findings);
    expect(check(seedWorkbookSpec()).findings.filter((f) => f.rule === 'structure.duplicate')).toEqual([]);
  });
});

describe('the table of names seen, bounded', () => {
  const readOf = (names: string[]) =>
    ({ model: { name: 'S', indicators: names.map((level3, i) => ({ level3, periodValue: '1', annualValue: '1', cells: { level3: `C${i + 1}` } })) } }) as unknown as SheetRead;

  it('keeps every name of the sheet being checked when it reaches its bound', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { checkIndicators } = require('../../src/engine/rules/structureIndicators') as typeof import('../../src/engine/rules/structureIndicators');
      // One name short of the bound: the next sheet's names take it over the bound as it is walked.
      checkIndicators(readOf(Array.from({ length: 19_999 }, (_, i) => `项目${i}完成率`)));
      const duplicates = checkIndicators(readOf(['培训人数', '培训天数', '培训人数'])).filter((h) => h.rule === 'structure.duplicate');
      expect(duplicates.map((h) => h.cell)).toEqual(['C3']);
    });
  });
});

describe('suggestions of sheets asked in turn', () => {
  const a = projects.find((m) => m.name === '援派干部经费') as SheetModel;
  // The same project name with other words: what the sheet is about is read again, not remembered by name.
  const b: SheetModel = { ...a, header: { ...a.header, 设立依据: { ...a.header['设立依据'], value: '举办业务培训班，开展专家咨询和课题调研' } } };

  it('suggests for each sheet what it would suggest alone', () => {
    let alone: string[][] = [];
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/engine/library') as typeof import('../../src/engine/library');
      alone = [names(fresh.suggestIndicators(b, '效益指标')), names(fresh.suggestIndicators(a, '效益指标'))];
    });
    const inTurn = [names(suggestIndicators(a, '效益指标')), names(suggestIndicators(b, '效益指标'))];
    expect(inTurn).toEqual([alone[1], alone[0]]);
    // Not vacuous: the words make a difference.
    expect(inTurn[0]).not.toEqual(inTurn[1]);
  });

  it('keeps each suggester to its own sheet when they are used in turn', () => {
    const forA = suggester(a);
    const forB = suggester(b);
    const asked = [names(forA('效益指标')), names(forB('效益指标')), names(forA('成本指标')), names(forB('满意度指标'))];
    expect(asked).toEqual([
      names(suggestIndicators(a, '效益指标')),
      names(suggestIndicators(b, '效益指标')),
      names(suggestIndicators(a, '成本指标')),
      names(suggestIndicators(b, '满意度指标')),
    ]);
  });
});
