// Why an output (--out copy, --json report) could not be written: one line in Chinese and English.
// Outputs are written whole or not at all: to a temporary file beside the target, then renamed, so an
// interrupted run never leaves a truncated report or workbook under the name the user asked for.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class OutputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'OutputError';
  }
}

export function outputError(path: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new OutputError(`无法写入 ${path}：文件夹不存在`, `cannot write ${path}: the folder does not exist`);
  if (code === 'EACCES' || code === 'EPERM') return new OutputError(`无法写入 ${path}：没有权限`, `cannot write ${path}: permission denied`);
  if (code === 'EISDIR') return new OutputError(`无法写入 ${path}：这是一个文件夹`, `cannot write ${path}: it is a folder`);
  if (code === 'EBUSY') return new OutputError(`无法写入 ${path}：文件被占用（是否已在 Excel 中打开？）`, `cannot write ${path}: the file is in use (open in Excel?)`);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new OutputError(`无法写入 ${path}：磁盘已满（或超出配额）`, `cannot write ${path}: the disk is full (or over quota)`);
  if (code === 'EROFS') return new OutputError(`无法写入 ${path}：该位置是只读的`, `cannot write ${path}: the location is read-only`);
  if (code === 'ENAMETOOLONG') return new OutputError(`无法写入 ${path}：文件名太长`, `cannot write ${path}: the name is too long`);
  // Any other failure: the operating system's own words, so the reason is never hidden.
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new OutputError(`无法写入 ${path}：${reason}`, `cannot write ${path}: ${reason}`);
}

/** Writes `path` by writing a temporary file in the same folder and renaming it over `path`. */
export async function writeAtomically(path: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw outputError(path, error);
  }
}

export function writeTextFile(path: string, text: string): Promise<void> {
  return writeAtomically(path, (temporary) => writeFile(temporary, text, 'utf8'));
}
