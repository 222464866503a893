/**
 * Every string the task pane shows, Chinese first. The en-US table must have the same keys (the type
 * says so, and test/unit/i18n.test.ts checks that none is empty). Later tabs add their keys here.
 */
export const zh = {
  appTitle: '绩效目标表检查',
  appSubtitle: '提交前检查部门整体和项目绩效目标表',
  tabsLabel: '功能',
  tabCheck: '检查',
  tabBalance: '平衡',
  tabNewProject: '新建项目表',
  loadingPane: '正在加载…',
  notInExcelTitle: '未在 Excel 中运行',
  notInExcelBody:
    '此页面需要在 Excel 中作为加载项打开才能读取工作簿。旁加载方法：Excel 网页版选择“插入 → 加载项 → 上传我的加载项”并选择 manifest.xml；Windows 版可运行 npx office-addin-debugging start manifest.xml；Mac 版把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef 后重启 Excel。',
  excelHostFailed: '无法连接到 Excel 工作簿',
  checkPlaceholder: '检查当前工作簿中的无效或缺失值，结果将显示在此处。',
  balancePlaceholder: '预览并应用合计金额的平衡调整，可撤销。',
  newProjectPlaceholder: '按模板新建一张项目绩效目标表。',
} as const;

export type StringKey = keyof typeof zh;
export type Strings = Record<StringKey, string>;

export const en: Strings = {
  appTitle: 'Performance-target check',
  appSubtitle: 'Check department and project performance-target sheets before you submit them',
  tabsLabel: 'Features',
  tabCheck: 'Check',
  tabBalance: 'Rebalance',
  tabNewProject: 'New project sheet',
  loadingPane: 'Loading…',
  notInExcelTitle: 'Not running in Excel',
  notInExcelBody:
    'Open this page as an add-in inside Excel to read a workbook. To sideload it: in Excel on the web choose Insert → Add-ins → Upload My Add-in and pick manifest.xml; on Windows run npx office-addin-debugging start manifest.xml; on a Mac copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef and restart Excel.',
  excelHostFailed: 'Could not connect to the Excel workbook',
  checkPlaceholder: 'Checks this workbook for invalid or missing values; the results will appear here.',
  balancePlaceholder: 'Preview and apply rebalanced totals, with undo.',
  newProjectPlaceholder: 'Creates a new project performance-target sheet from the template.',
};

export type Lang = 'zh' | 'en';

export const tables: Record<Lang, Strings> = { zh, en };
