// The sandbox page's own words (the task pane's are in src/i18n). Chinese first.
import type { Lang } from '../i18n';
import type { ExampleName } from './examples';

export interface SandboxStrings {
  banner: string;
  pageTitle: string;
  workbookLabel: string;
  paneLabel: string;
  exampleLabel: string;
  examples: Record<ExampleName, string>;
  openFile: string;
  reading: (name: string) => string;
  opened: (name: string) => string;
  readFailed: (name: string) => string;
  openedExample: (name: string) => string;
  sheetsLabel: string;
  gridLabel: (sheet: string) => string;
  severity: { error: string; warning: string; info: string };
  legend: string;
  /** A cell whose value the pane changed (a written plan), in the legend and for screen readers. */
  changed: string;
  truncated: (rows: number, cols: number) => string;
  otherLanguage: string;
  otherLanguageHint: string;
}

const zh: SandboxStrings = {
  banner: '沙盒：在浏览器中试用，不连接 Excel',
  pageTitle: '绩效目标表检查 — 浏览器沙盒',
  workbookLabel: '工作簿（只读视图）',
  paneLabel: '任务窗格',
  exampleLabel: '示例工作簿',
  examples: { seed: '示例：部门和项目绩效目标表', unbalanced: '示例：收支不平衡', merged: '示例：合并单元格' },
  openFile: '打开 .xlsx 文件',
  reading: (name) => `正在读取“${name}”…`,
  opened: (name) => `已打开“${name}”`,
  readFailed: (name) => `无法读取“${name}”`,
  openedExample: (name) => `已打开${name}`,
  sheetsLabel: '工作表',
  gridLabel: (sheet) => `工作表“${sheet}”的单元格`,
  severity: { error: '错误', warning: '警告', info: '提示' },
  legend: '单元格底色：',
  changed: '已改动',
  truncated: (rows, cols) => `只显示前 ${rows} 行、${cols} 列`,
  otherLanguage: 'English',
  otherLanguageHint: 'Switch the sandbox to English',
};

const en: SandboxStrings = {
  banner: 'Sandbox: try it in a browser, no Excel',
  pageTitle: 'Performance-target check — browser sandbox',
  workbookLabel: 'Workbook (read-only view)',
  paneLabel: 'Task pane',
  exampleLabel: 'Example workbook',
  examples: { seed: 'Example: department and project sheets', unbalanced: 'Example: unbalanced totals', merged: 'Example: merged cells' },
  openFile: 'Open an .xlsx file',
  reading: (name) => `Reading “${name}”…`,
  opened: (name) => `Opened “${name}”`,
  readFailed: (name) => `Could not read “${name}”`,
  openedExample: (name) => `Opened ${name}`,
  sheetsLabel: 'Sheets',
  gridLabel: (sheet) => `Cells of sheet “${sheet}”`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  legend: 'Cell fills:',
  changed: 'changed',
  truncated: (rows, cols) => `Showing the first ${rows} rows and ${cols} columns only`,
  otherLanguage: '中文',
  otherLanguageHint: '切换为中文',
};

export const sandboxStrings: Record<Lang, SandboxStrings> = { zh, en };
