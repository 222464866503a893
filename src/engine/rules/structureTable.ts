// A form whose indicator table could not be found or read: say so, rather than pass a form nothing was checked in.
import { parseA1 } from '../a1';
import type { FormEvidence } from '../layout/formEvidence';
import { memoByText } from '../memo';
import type { SheetRead } from '../layout/readSheet';
import type { Hit, RuleDef } from './types';
import { FORM } from './structureBasis';

export const tableRules: RuleDef[] = [
  {
    id: 'structure.no-table',
    family: 'structure',
    severity: 'warning',
    basis: FORM,
    message: {
      zh: () => '本表未找到绩效指标表（含“一级指标”“二级指标”“三级指标”和指标值的表头），指标未能检查',
      en: () => 'No indicator table was found on this form (a header row naming 一级/二级/三级指标 and the targets), so no indicator was checked',
    },
    suggestion: {
      zh: () => '按表样填写绩效指标表；如表头写法特殊，请改为“一级指标、二级指标、三级指标、实施周期指标值、年度指标值”',
      en: () => 'Fill in the indicator table as the form has it; if its header is worded unusually, use 一级指标 / 二级指标 / 三级指标 / 实施周期指标值 / 年度指标值',
    },
  },
  {
    id: 'structure.unchecked',
    family: 'structure',
    severity: 'error',
    basis: { zh: '常识：未检查的表不能算作通过', en: 'common sense: a sheet that was not checked has not passed' },
    message: {
      zh: (p) => `本表未能检查（${p.reason}），其中的问题不会被发现`,
      en: (p) => `This sheet could not be checked (${p.reason}); problems in it would not be found`,
    },
    suggestion: {
      zh: () => '请检查本表是否有异常内容（如特殊数值、损坏的单元格），或把本表复制到新工作簿后再检查',
      en: () => 'Look for unusual content on this sheet (odd values, damaged cells), or copy it into a new workbook and check that',
    },
  },
  {
    id: 'structure.unread-table',
    family: 'structure',
    severity: 'error',
    basis: FORM,
    message: {
      zh: (p) => `此表的绩效指标未能识别：认出了${p.foundZh}，但未能认出${p.missingZh}，因此没有检查任何指标`,
      en: (p) => `The indicators of this sheet could not be read: recognised ${p.foundEn}, but not ${p.missingEn}, so no indicator was checked`,
    },
    suggestion: {
      zh: () => '在指标表上方加一行表头（一级指标、二级指标、三级指标、指标值），并让每个指标的名称和指标值各占一列',
      en: () => 'Put a header row above the indicator table (一级指标, 二级指标, 三级指标, 指标值) and give each indicator its name and target in columns of their own',
    },
  },
];

/** A sheet the reader or a rule family failed on: said on the sheet's first cell. */
export function checkUnchecked(read: SheetRead): Hit[] {
  return read.unchecked === undefined ? [] : [{ rule: 'structure.unchecked', sheet: read.model.name, cell: 'A1', params: { reason: read.unchecked } }];
}

/** On the first category or table word of a sheet that looks like a form; else on the form's first cell. */
export function checkTable(read: SheetRead): Hit[] {
  const sheet = read.model;
  if (sheet.kind === 'other') return [];
  if (read.unread) return [{ rule: 'structure.unread-table', sheet: sheet.name, cell: read.unread.cell || firstLabelCell(read), params: unreadParams(read.unread) }];
  return sheet.table === null ? [{ rule: 'structure.no-table', sheet: sheet.name, cell: firstLabelCell(read) }] : [];
}

/** The cell of the form's first header field, where a finding about the whole form is shown. */
function firstLabelCell(read: SheetRead): string {
  let first = 'A1';
  let at = Infinity;
  const { header } = read.model;
  for (const label in header) {
    const place = placeOf(header[label].labelCell);
    if (place < at) {
      first = header[label].labelCell;
      at = place;
    }
  }
  return first;
}

/** A cell's place in reading order (row, then column) as one number; remembered, as every check asks. */
const placeOf = memoByText((address) => {
  const { row, col } = parseA1(address);
  return row * 2 ** 20 + col;
});

function unreadParams(e: FormEvidence): Record<string, string> {
  const zh: string[] = [];
  const en: string[] = [];
  if (e.categories) {
    zh.push(`指标类别名称${e.categories}处`);
    en.push(`${e.categories} category name${e.categories > 1 ? 's' : ''}`);
  }
  if (e.headerWords) {
    zh.push(`指标表表头词${e.headerWords}处`);
    en.push(`${e.headerWords} indicator-table header word${e.headerWords > 1 ? 's' : ''}`);
  }
  if (e.values) {
    zh.push(`像指标值的单元格${e.values}处`);
    en.push(`${e.values} cell${e.values > 1 ? 's' : ''} that read as targets`);
  }
  const where = e.examples.join('、');
  return {
    foundZh: `${zh.join('、')}（${where}）`,
    foundEn: `${en.join(', ')} (${where})`,
    missingZh: e.headerWords ? '三级指标名称列和指标值列' : '表头行，以及三级指标名称列和指标值列',
    missingEn: e.headerWords ? 'which column holds the indicator names and which the targets' : 'a header row, nor which column holds the indicator names and which the targets',
  };
}
