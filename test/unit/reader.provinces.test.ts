import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { provinceExamples } from '../fixtures/provinces';

describe.each(provinceExamples().map((e) => [e.name, e] as const))('province example %s', (_name, example) => {
  const { model } = checkWorkbook(specToSnapshot(example.spec), { lang: 'zh' });
  const sheet = model.sheets[0];

  it('reads the form kind and the project name', () => {
    expect(sheet.kind).toBe(example.expected.kind);
    expect(sheet.header['项目名称']?.value).toBe(example.expected.projectName);
  });

  it('reads every indicator with its canonical levels, name and target', () => {
    const got = sheet.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      value: i.periodValue || i.annualValue,
    }));
    const want = example.expected.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      value: i.composed ?? i.values.filter((v) => v !== '')[0] ?? '',
    }));
    expect(got).toEqual(want);
  });

  it('keeps the split parts of a composed target', () => {
    const composed = example.expected.indicators.filter((i) => i.composed !== undefined);
    for (const want of composed) {
      const got = sheet.indicators.find((i) => i.level3 === want.level3);
      expect(got?.parts?.filter((p) => p !== '')).toEqual(want.values.filter((v) => v !== ''));
    }
  });
});
