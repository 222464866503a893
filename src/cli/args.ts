import { COMMANDS, commandSpec } from './commands';

/** Command-line arguments: positional files and `--flag value` / `--switch` options. */
export interface ParsedArgs {
  /** A name from COMMANDS, or 'help' / 'version'. */
  command: string;
  files: string[];
  options: Record<string, string | true>;
  /** With `help`: the command whose help was asked for (`check -h`, `help check`). */
  helpFor?: string;
}

/** Switches every command understands, and their one-letter forms. */
const GLOBAL_SWITCHES = ['help', 'version'];
const SHORT: Record<string, string> = { h: 'help', v: 'version' };

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
  let command = 'check';
  let named = false;
  if (args[0] === 'help' || args[0] === 'version') {
    const word = args.shift() as string;
    if (word === 'version') return { command: 'version', files: [], options: {} };
    const about = args[0] && commandSpec(args[0]) ? args[0] : undefined;
    return { command: 'help', files: [], options: {}, ...(about ? { helpFor: about } : {}) };
  }
  if (args[0] !== undefined && commandSpec(args[0])) {
    command = args.shift() as string;
    named = true;
  }
  const known = commandSpec(command) ?? COMMANDS[0];
  const files: string[] = [];
  const options: Record<string, string | true> = {};
  while (args.length) {
    const arg = args.shift() as string;
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    // -h and -v, never a file name; any other single-dash word is a mistake, named as one.
    const short = /^-([^-])$/.exec(arg)?.[1];
    if (!arg.startsWith('--') && !(short && SHORT[short])) throw new UsageError(`未知选项 ${arg}`, `unknown option ${arg}`);
    const [name, inline] = short ? [SHORT[short]] : arg.slice(2).split(/=(.*)/s, 2);
    // A typing mistake (--jsn, --bogus) is named as such, before asking it for a value.
    if (known.switches.includes(name) || GLOBAL_SWITCHES.includes(name)) options[name] = true;
    else if (!known.values.includes(name)) throw new UsageError(`未知选项 --${name}`, `unknown option --${name}`);
    else if (inline !== undefined) options[name] = inline;
    else if (args.length && !args[0].startsWith('--')) options[name] = args.shift() as string;
    else throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
  }
  if (options.help) return { command: 'help', files, options, ...(named ? { helpFor: command } : {}) };
  if (options.version) return { command: 'version', files, options };
  return { command, files, options };
}
