/** Command-line arguments: positional files and `--flag value` / `--switch` options. */
export interface ParsedArgs {
  command: 'check' | 'new-project' | 'example' | 'library' | 'help' | 'review';
  files: string[];
  options: Record<string, string | true>;
}

/** The options each command understands: those that take a value, and switches that do not. */
const OPTIONS: Record<ParsedArgs['command'], { values: string[]; switches: string[] }> = {
  check: { values: ['json', 'out', 'lang'], switches: ['rebalance'] },
  'new-project': { values: ['out', 'name', 'into', 'amount', 'start', 'end', 'unit', 'from', 'sheet', 'year', 'type', 'without'], switches: [] },
  example: { values: ['out'], switches: [] },
  library: { values: ['type', 'level'], switches: [] },
  help: { values: [], switches: [] },
  review: { values: ['out', 'json', 'copies', 'lang'], switches: [] },
};
const GLOBAL_SWITCHES = ['help'];

export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export function parseArgs(argv: string[]): ParsedArgs {
  const args = [...argv];
  let command: ParsedArgs['command'] = 'check';
  if (['check', 'new-project', 'example', 'library', 'help', 'review'].includes(args[0])) {
    command = args.shift() as ParsedArgs['command'];
  }
  const known = OPTIONS[command];
  const files: string[] = [];
  const options: Record<string, string | true> = {};
  while (args.length) {
    const arg = args.shift() as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    // A typing mistake (--jsn, --bogus) is named as such, before asking it for a value.
    if (known.switches.includes(name) || GLOBAL_SWITCHES.includes(name)) options[name] = true;
    else if (!known.values.includes(name)) throw new UsageError(`未知选项 --${name}`, `unknown option --${name}`);
    else if (inline !== undefined) options[name] = inline;
    else if (args.length && !args[0].startsWith('--')) options[name] = args.shift() as string;
    else throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  }
  if (options.help) command = 'help';
  return { command, files, options };
}
