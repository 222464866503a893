// `budget-check library <词>…`: the indicator library searched by words of the name, optionally only
// the indicators of one project type (--type) or one 一级/二级 (--level 效益, --level 社会效益).
import { searchLibrary, LIBRARY, type LibraryIndicator } from '../engine/library';
import { CHOOSABLE_TYPES, ProjectTypeSchema } from '../engine/schema';
import { level1Of, level2Of } from '../engine/vocabulary';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './io';

const MAX_SHOWN = 30;

function line(i: LibraryIndicator): string {
  return `${i.level1} / ${i.level2} / ${i.name}  例：${i.example}  —— ${i.shows}（适用：${i.types.join('、')}）`;
}

function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return value === true ? undefined : value?.trim() || undefined;
}

export function runLibrary(args: ParsedArgs, io: Io): number {
  const query = args.files.join(' ').trim();
  const type = option(args, 'type');
  const level = option(args, 'level');
  if (query === '' && !type && !level) {
    throw new UsageError('请给出要查找的词，如 budget-check library 满意度', 'give words to look for, e.g. budget-check library 满意度');
  }
  if (type && !ProjectTypeSchema.safeParse(type).success) {
    throw new UsageError(`没有“${type}”这个项目类型，可选：${CHOOSABLE_TYPES.join('、')}`, `"${type}" is not a project type`);
  }
  const l1 = level ? level1Of(level) : null;
  const l2 = level ? level2Of(level)?.level2 : undefined;
  if (level && !l1 && !l2) throw new UsageError(`“${level}”不是一级或二级指标名称`, `"${level}" is not a category name`);
  const found = (query === '' ? [...LIBRARY] : searchLibrary(query, LIBRARY.length))
    .filter((i) => !type || i.types.includes(type as LibraryIndicator['types'][number]))
    .filter((i) => (l2 ? i.level2 === l2 : !l1 || i.level1 === l1));
  if (found.length === 0) {
    io.out(`指标库中没有找到“${query || level || type}” / nothing found in the indicator library`);
    return 0;
  }
  io.out(`指标库：找到 ${found.length} 个指标${found.length > MAX_SHOWN ? `，列出前 ${MAX_SHOWN} 个` : ''} / ${found.length} found`);
  for (const i of found.slice(0, MAX_SHOWN)) io.out(line(i));
  return 0;
}
