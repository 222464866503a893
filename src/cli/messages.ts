import type { Lang, SheetKind } from '../engine/schema';

/** "1 change", "2 changes". */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The command line's own words, Chinese first. */
const STRINGS = {
  zh: {
    ready: '可以提交',
    notReady: '需修改',
    review: (n: number) => `无错误，请复核${n}条警告`,
    notes: '读取说明（无需修改）：',
    cells: (cells: string[]) => `涉及单元格：${cells.join('、')}`,
    counts: (e: number, w: number, i: number) => `${e}个错误，${w}个警告，${i}条提示`,
    noForms: '未发现绩效目标表（没有部门整体或项目绩效目标表）',
    sheet: (name: string, kind: string, n: number) => `工作表「${name}」（${kind}，${n}项指标）`,
    sheetClean: '未发现问题',
    ignoredCount: (n: number) => `（另有${n}条已忽略）`,
    ignored: (reason: string) => `已忽略，原因：${reason}`,
    kinds: { department: '部门整体', project: '项目', other: '其他' } as Record<SheetKind, string>,
    severity: { error: '错误', warning: '警告', info: '提示' },
    fix: '建议：',
    changes: (n: number) => `平衡调整${n}处：`,
    change: (cell: string, before: string, after: string, why: string) => `  ${cell}  ${before} → ${after}  （${why}）`,
    wrote: (path: string) => `已写入 ${path}`,
    nothingToRebalance: '  平衡：没有需要调整的合计，副本中的金额与原文件相同',
  },
  en: {
    ready: 'ready to submit',
    notReady: 'needs changes',
    review: (n: number) => `no errors; please review ${plural(n, 'warning')}`,
    notes: 'How the forms were read (nothing to change):',
    cells: (cells: string[]) => `Cells: ${cells.join(', ')}`,
    counts: (e: number, w: number, i: number) => `${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info`,
    noForms: 'no forms found (no department or project performance-target form)',
    sheet: (name: string, kind: string, n: number) => `Sheet "${name}" (${kind}, ${plural(n, 'indicator')})`,
    sheetClean: 'no problems found',
    ignoredCount: (n: number) => ` (and ${n} ignored)`,
    ignored: (reason: string) => `Ignored: ${reason}`,
    kinds: { department: 'department', project: 'project', other: 'other' } as Record<SheetKind, string>,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fix: 'Fix: ',
    changes: (n: number) => `Rebalance: ${plural(n, 'change')}:`,
    change: (cell: string, before: string, after: string, why: string) => `  ${cell}  ${before} → ${after}  (${why})`,
    wrote: (path: string) => `Wrote ${path}`,
    nothingToRebalance: '  Rebalance: no totals to change; the amounts in the copy are as in the input',
  },
};

export type CliStrings = (typeof STRINGS)['zh'];

export function cliStrings(lang: Lang): CliStrings {
  return STRINGS[lang];
}
