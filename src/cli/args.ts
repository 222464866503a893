/** Command-line arguments: positional files and `--flag value` / `--switch` options. */
export interface ParsedArgs {
  command: 'check' | 'new-project' | 'example' | 'help';
  files: string[];
  options: Record<string, string | true>;
}

const SWITCHES = new Set(['rebalance', 'help', 'version']);

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
  if (args[0] === 'check' || args[0] === 'new-project' || args[0] === 'example' || args[0] === 'help') {
    command = args.shift() as ParsedArgs['command'];
  }
  const files: string[] = [];
  const options: Record<string, string | true> = {};
  while (args.length) {
    const arg = args.shift() as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (SWITCHES.has(name)) options[name] = true;
    else if (inline !== undefined) options[name] = inline;
    else if (args.length && !args[0].startsWith('--')) options[name] = args.shift() as string;
    else throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  }
  if (options.help) command = 'help';
  return { command, files, options };
}
