import { parseArgs, UsageError } from './args';
import { commandSpec, commandUsage, usage, VERSION } from './commands';
import { runCheck } from './checkCommand';
import { InputError } from './inputErrors';
import type { Io } from './io';
import { OutputError } from './outputErrors';
import { runExample, runNewProject } from './newProjectCommand';
import { runReview } from './reviewCommand';
import { runLibrary } from './libraryCommand';

/** The whole usage text (`budget-check --help`). */
export const USAGE = usage();

/** Runs one command line; returns the exit code. Expected failures print one line, never a stack trace. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    // Nothing to do: say how to use it (and that nothing was checked).
    if (argv.length === 0) {
      io.out(USAGE);
      return 2;
    }
    // review parses its own line: --previous takes several paths.
    if (argv[0] === 'review' && !argv.some((a) => a === '--help' || a === '-h')) return await runReview(argv.slice(1), io);
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help': {
        const about = args.helpFor ? commandSpec(args.helpFor) : undefined;
        io.out(about ? commandUsage(about) : USAGE);
        return 0;
      }
      case 'version':
        io.out(`budget-check ${VERSION}`);
        return 0;
      case 'check':
        return await runCheck(args, io);
      case 'new-project':
        return await runNewProject(args, io);
      case 'example':
        return await runExample(args, io);
      case 'library':
        return await runLibrary(args, io);
      default:
        throw new UsageError(`命令 ${args.command} 尚未实现`, `command ${args.command} is not implemented yet`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof OutputError) {
      io.err(`${error.zh} / ${error.en}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`内部错误：${message} / internal error: ${message}`);
    return 2;
  }
}
