// Short names of the rules, for headings that group findings (the task pane); users read these, the
// rule id is secondary text. A test keeps it complete against the catalogue.
import type { Lang } from '../schema';

const TITLES: Record<string, { zh: string; en: string }> = {
  'structure.no-table': { zh: '未找到绩效指标表', en: 'No indicator table found' },
  'structure.unread-table': { zh: '绩效指标未能识别', en: 'Indicators could not be read' },
  'structure.missing-category': { zh: '缺少必备的指标类别', en: 'Required indicator category missing' },
  'structure.wrong-parent': { zh: '二级指标归错了一级指标', en: 'Level-2 category under the wrong level 1' },
  'structure.unknown-level2': { zh: '无法识别的二级指标', en: 'Unknown level-2 category' },
  'structure.no-name': { zh: '指标没有名称', en: 'Indicator without a name' },
  'structure.no-value': { zh: '指标没有指标值', en: 'Indicator without a target value' },
  'structure.duplicate': { zh: '重复的指标', en: 'Duplicate indicator' },
  'structure.placeholder': { zh: '未填写的模板行', en: 'Template row left unfilled' },
  'layout.shifted': { zh: '内容错位', en: 'Content in the wrong column' },
  'value.missing-period': { zh: '缺少实施周期指标值', en: 'Implementation-period target missing' },
  'value.missing-annual': { zh: '缺少年度指标值', en: 'Annual target missing' },
  'value.unparseable': { zh: '指标值无法识别', en: 'Target value not understood' },
  'value.rate-over-100': { zh: '比率超过100%', en: 'Rate above 100%' },
  'value.satisfaction-range': { zh: '满意度取值不合理', en: 'Satisfaction value out of range' },
  'value.unit-mismatch': { zh: '两个指标值单位不一致', en: 'Targets in different units' },
  'value.annual-over-period': { zh: '年度指标值超过实施周期指标值', en: 'Annual target above the period target' },
  'value.qualitative-for-quantity': { zh: '数量指标写成了定性描述', en: 'Quantity indicator with a qualitative target' },
  'value.two-measures': { zh: '一个单元格里填了多个指标值', en: 'Several targets in one cell' },
  'value.word-operator': { zh: '比较关系用文字表达', en: 'Comparison written in words' },
  'value.missing-operator': { zh: '指标值缺少比较符号', en: 'Target without a comparison sign' },
  'value.rate-as-time': { zh: '时效指标写成了比率', en: 'Timeliness indicator written as a rate' },
  'money.identity-funding': { zh: '支出与资金来源不平衡', en: 'Spending and funding do not balance' },
  'money.identity-level': { zh: '资金使用层级不平衡', en: 'Funding by level does not balance' },
  'money.not-a-number': { zh: '金额不是数字', en: 'Amount is not a number' },
  'money.text-amount': { zh: '金额填成了文字', en: 'Amount typed as text' },
  'money.negative': { zh: '金额为负数', en: 'Negative amount' },
  'money.unit-inferred': { zh: '金额单位系推断', en: 'Money unit inferred' },
  'money.key-tasks-total': { zh: '重点工作任务资金与项目支出不一致', en: 'Key-task funds differ from project spending' },
  'money.key-task-vs-project': { zh: '重点工作任务资金与项目表金额不一致', en: 'Key-task funds differ from the project sheet' },
  'money.projects-total': { zh: '项目金额合计与项目支出不一致', en: 'Project amounts differ from project spending' },
  'project.required-empty': { zh: '必填项为空', en: 'Required field empty' },
  'project.end-before-start': { zh: '到期年度早于起始年度', en: 'End year before start year' },
  'project.start-after-budget-year': { zh: '起始年度晚于预算年度', en: 'Start year after the budget year' },
  'project.ended-before-budget-year': { zh: '到期年度早于预算年度', en: 'Project ends before the budget year' },
  'project.not-a-year': { zh: '年度不是有效年份', en: 'Not a valid year' },
  'consistency.target-differs': { zh: '与部门整体表的指标值不一致', en: 'Target differs from the department sheet' },
  'consistency.category-differs': { zh: '与部门整体表的指标类别不一致', en: 'Category differs from the department sheet' },
  'balance.undecided': { zh: '无法自动确定如何平衡', en: 'Cannot decide how to rebalance' },
  'balance.text-part': { zh: '金额处填了文字', en: 'Text where an amount belongs' },
  'money.total-mismatch': { zh: '合计与各项之和不符', en: 'Total does not match its items' },
};

/** The rule's short name in `lang`; the id itself for a rule this table does not know yet. */
export function ruleTitle(rule: string, lang: Lang): string {
  return TITLES[rule]?.[lang] ?? rule;
}
