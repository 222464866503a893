// `npm run test:excel-sim [-- --json]`: runs issue 13's scenarios on the simulated Excel, prints one
// line per scenario, and with --json ends with {"scenarios": {"<name>": "pass" | "fail", …}}.
// Exit code 1 when any scenario fails.
import { SCENARIOS } from './scenarios';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const results: Record<string, 'pass' | 'fail'> = {};
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    try {
      await scenario();
      results[name] = 'pass';
      console.log(`pass  ${name}`);
    } catch (error) {
      results[name] = 'fail';
      console.log(`FAIL  ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (json) console.log(JSON.stringify({ scenarios: results }));
  if (Object.values(results).includes('fail')) process.exitCode = 1;
}

void main();
