// No output may replace an input or another output: paths are compared as the file system sees them —
// real paths (symlinks resolved, folders included) and, for files that exist, device and inode, so a
// symlink, a hard link or "./a/../a.xlsx" to the same file is caught as well as the same spelling.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args';

interface Identity {
  real: string;
  inode?: string;
}

async function identityOf(path: string): Promise<Identity> {
  const absolute = resolve(path);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    // Not there yet: the real folder it will be written into, and its name.
    real = await realpath(dirname(absolute)).then(
      (folder) => join(folder, basename(absolute)),
      () => absolute,
    );
  }
  const info = await stat(real).catch(() => undefined);
  return { real, inode: info ? `${info.dev}:${info.ino}` : undefined };
}

function same(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
}

export interface NamedOutput {
  /** The option that names it: "out", "json". */
  option: string;
  path: string;
}

/** Refuses (UsageError) any output that is an input, or that another output also writes. */
export async function guardOutputs(inputs: string[], outputs: NamedOutput[]): Promise<void> {
  const inputIds = await Promise.all(inputs.map(identityOf));
  const outputIds = await Promise.all(outputs.map((o) => identityOf(o.path)));
  outputs.forEach((output, i) => {
    if (inputIds.some((input) => same(input, outputIds[i]))) {
      throw new UsageError(
        `--${output.option} 不能与输入文件相同（原文件不会被改动）`,
        `--${output.option} must not be the input file (the original is never changed)`,
      );
    }
    for (let j = 0; j < i; j++) {
      if (same(outputIds[j], outputIds[i])) {
        throw new UsageError(`--${output.option} 不能与 --${outputs[j].option} 是同一个文件`, `--${output.option} must not be the same file as --${outputs[j].option}`);
      }
    }
  });
}
