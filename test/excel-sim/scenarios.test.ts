import { SCENARIOS } from './scenarios';

// Issue 13's scenarios, each a real adapter run on the simulated Excel; all but floor-1.7 failed before the fixes.
describe('the adapter on the simulated Excel', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(name, async () => {
      await expect(scenario()).resolves.toBeUndefined();
    });
  }
});
