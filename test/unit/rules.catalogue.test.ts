import { allRules } from '../../src/engine/rules/run';
import { ruleTitle } from '../../src/engine/rules/titles';

describe('the rule catalogue', () => {
  it('gives every rule a short title in Chinese and English', () => {
    const untitled = allRules().filter((r) => ruleTitle(r.id, 'zh') === r.id || ruleTitle(r.id, 'en') === r.id);
    expect(untitled.map((r) => r.id)).toEqual([]);
  });

  it('states a basis for every rule in both languages', () => {
    for (const rule of allRules()) {
      expect({ id: rule.id, zh: rule.basis.zh.length > 0, en: rule.basis.en.length > 0 }).toEqual({ id: rule.id, zh: true, en: true });
    }
  });
});
