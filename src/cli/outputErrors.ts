// Why an output (--out copy, --json report) could not be written: one line in Chinese and English.
import { writeFile } from 'node:fs/promises';

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
  return new OutputError(`无法写入 ${path}`, `cannot write ${path}`);
}

/** Runs a write, turning a file-system failure into an OutputError for `path`. */
export async function writing<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw outputError(path, error);
  }
}

export function writeTextFile(path: string, text: string): Promise<void> {
  return writing(path, () => writeFile(path, text, 'utf8'));
}
