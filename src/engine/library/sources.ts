// The public documents the library is drawn from. The indicator names follow the wording these
// frameworks and the finance bureaus' published 共性指标 use; the seed workbook's own forms (a 市政府
// 办公室's 2026 submission) supplied the wording of the 补助, 公报, 网站监测 and 金融风险 indicators.
import type { LibrarySource } from '../schema';

export const LIBRARY_SOURCES: readonly LibrarySource[] = [
  {
    id: 'cy2021-101',
    title: '《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）及其附件',
    issuer: '财政部',
    note: '一级/二级指标框架（成本·产出·效益·满意度），成本指标分经济成本、社会成本、生态环境成本；指标名称、取值方法与方向',
  },
  {
    id: 'cy2020-10',
    title: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效评价指标体系框架（参考）”',
    issuer: '财政部',
    note: '产出数量、质量、时效、成本与效益、满意度的共性评价指标',
  },
  {
    id: 'cy2018-167',
    title: '《中共中央 国务院关于全面实施预算绩效管理的意见》及《财政部关于贯彻落实〈中共中央 国务院关于全面实施预算绩效管理的意见〉的通知》（财预〔2018〕167号）',
    issuer: '中共中央 国务院；财政部',
    note: '成本效益分析、绩效目标应细化量化，可持续影响',
  },
  {
    id: 'common-library',
    title: '各省级财政部门公布的项目支出共性绩效指标库（会议、培训、信息化运维、宣传、课题研究、政府购买服务、设备购置、工程建设、补助补贴等分类指标）',
    issuer: '省级财政部门',
    note: '按项目类型分类的常用三级指标及其计量单位、指标值示例',
  },
  {
    id: 'seed',
    title: '本项目种子工作簿（src/sample/seed.txt）中的真实项目绩效目标表',
    issuer: '产品负责人提供的部门申报材料',
    note: '补助发放、公报编印、网站与政务新媒体监测、金融风险监测、农房保险等指标的实际写法',
  },
];
