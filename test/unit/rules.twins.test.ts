import { readWorkbook } from '../../src/engine/layout/readSheet';
import { checkIndicator } from '../../src/engine/meaning/checkIndicators';
import { checkTarget } from '../../src/engine/rules/valueChecks';
import { pushTargetHits } from '../../src/engine/rules/twins';
import type { Hit } from '../../src/engine/rules/types';
import type { Indicator } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { parseValueText } from '../../src/engine/values/parse';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';

// Targets holding the same text are checked once (pushTargetHits' shortcut); the hits must be those of
// checking both and merging, which is what happens when each target has its own parse.
const indicators = readWorkbook(specToSnapshot(seedWorkbookSpec())).sheets.flatMap((s) => s.model.indicators);

function withTargets(indicator: Indicator, text: string): Indicator {
  return { ...indicator, periodValue: text, annualValue: text, period: parseValueText(text), annual: parseValueText(text) };
}

/** The same indicator with one parse shared by both targets, as the reader gives it: the shortcut's case. */
function shared(indicator: Indicator): Indicator {
  return { ...indicator, annual: indicator.period };
}

function valueHits(indicator: Indicator): Hit[] {
  const hits: Hit[] = [];
  pushTargetHits(hits, indicator, checkTarget, 'Sheet', undefined);
  return hits;
}

function meaningHits(indicator: Indicator): Hit[] {
  const hits: Hit[] = [];
  checkIndicator({ sheet: 'Sheet', oldFramework: false, year: 2026 }, indicator, hits);
  return hits;
}

const TEXTS = ['≥120%', '95', '减少10%', '提高', '2万', 'XX%', '≥3次，≤5天', '100%', '≤10个工作日'];

describe('twin targets', () => {
  it('the seed reads every twin with one shared parse', () => {
    const twins = indicators.filter((i) => i.periodValue === i.annualValue);
    expect(twins.length).toBeGreaterThan(0);
    expect(twins.every((i) => i.period === i.annual)).toBe(true);
  });

  it.each(TEXTS)('checked once give the hits of both checked and merged: %s', (text) => {
    for (const indicator of indicators) {
      const apart = withTargets(indicator, text);
      expect(apart.period).not.toBe(apart.annual);
      expect(valueHits(shared(apart))).toEqual(valueHits(apart));
      expect(meaningHits(shared(apart))).toEqual(meaningHits(apart));
    }
  });

  it('some of those twins have hits spanning both cells', () => {
    const spanning = TEXTS.flatMap((text) => indicators.flatMap((i) => [...valueHits(shared(withTargets(i, text))), ...meaningHits(shared(withTargets(i, text)))]))
      .filter((hit) => hit.params?.target === '实施周期和年度指标值');
    expect(spanning.length).toBeGreaterThan(10);
    expect(spanning.every((hit) => hit.cells?.length === 2)).toBe(true);
  });
});
