// 同比: this year's project forms against last year's, matched by project name (and unit).
import Big from 'big.js';
import type { Indicator, ParsedValue, SheetModel, WorkbookModel, YoyItem } from '../schema';
import { amountInYuan } from './forms';
import { mainTarget } from './quality';

export interface ReadWorkbook {
  file: string;
  model: WorkbookModel;
}

interface Project {
  file: string;
  sheet: SheetModel;
  /** Name and unit compared without spaces or full-width forms. */
  name: string;
  unit: string;
  /** The name and unit as written, for messages. */
  shown: { name: string; unit: string };
}

/** An amount change above this share makes unchanged quantity targets worth a question. */
export const AMOUNT_CHANGE_THRESHOLD = '0.1';

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const field = (sheet: SheetModel, key: string) => normalise(sheet.header[key]?.value ?? '').replace(/^[-—–/\\无]*$/, '');

function projectsOf(workbooks: ReadWorkbook[]): Project[] {
  return workbooks.flatMap(({ file, model }) =>
    model.sheets
      .filter((sheet) => sheet.kind === 'project' && field(sheet, '项目名称') !== '')
      .map((sheet) => {
        const unitKey = field(sheet, '用款单位') ? '用款单位' : '主管部门';
        const shown = { name: sheet.header['项目名称'].value.trim(), unit: field(sheet, unitKey) ? sheet.header[unitKey].value.trim() : '' };
        return { file, sheet, name: field(sheet, '项目名称'), unit: field(sheet, unitKey), shown };
      }),
  );
}

/** Last year's form of the same project: same name, and the same unit where both state one. */
function predecessor(project: Project, previous: Map<string, Project[]>): Project | undefined {
  const candidates = previous.get(project.name) ?? [];
  return candidates.find((p) => p.unit === project.unit) ?? candidates.find((p) => p.unit === '' || project.unit === '');
}

/** +1 when a larger number is the more demanding target (≥ 95%, 增加 5%), −1 when a smaller one is (≤ 3日), 0 when unknown. */
function ambition(value: ParsedValue): 1 | -1 | 0 {
  if (value.direction === 'increase' || value.direction === 'decrease') return 1;
  if (value.operator === '≥' || value.operator === '>') return 1;
  if (value.operator === '≤' || value.operator === '<') return -1;
  return 0;
}

/** True when `now` asks for less than `before`: same operator and unit, the number moved the easy way. */
export function isLowered(before: ParsedValue, now: ParsedValue): boolean {
  if (before.kind !== 'quantitative' || now.kind !== 'quantitative' || before.number === null || now.number === null) return false;
  if (before.unit !== now.unit || before.operator !== now.operator || before.direction !== now.direction) return false;
  const sense = ambition(now);
  if (sense === 0) return false;
  return new Big(now.number).cmp(before.number) === -sense;
}

/** Quantity targets (数量 or 成本, not a rate) that should move with the money. */
function scalesWithMoney(indicator: Indicator): boolean {
  const target = mainTarget(indicator);
  if (target.kind !== 'quantitative' || target.unit === '%') return false;
  return indicator.level2 === '数量指标' || indicator.level1 === '成本指标' || indicator.level2 === '成本指标';
}

function amountChange(before: Project, now: Project): Big | null {
  const [a, b] = [amountInYuan(before.sheet), amountInYuan(now.sheet)];
  if (a === null || b === null || new Big(a).eq(0)) return null;
  return new Big(b).minus(a).div(a);
}

function compareProject(now: Project, before: Project): YoyItem[] {
  const base = { file: now.file, sheet: now.sheet.name, project: now.shown.name, unit: now.shown.unit, previousFile: before.file, previousSheet: before.sheet.name };
  const items: YoyItem[] = [];
  const current = new Map(now.sheet.indicators.map((i) => [normalise(i.level3), i]));
  for (const old of before.sheet.indicators) {
    const name = normalise(old.level3);
    if (name === '') continue;
    const match = current.get(name);
    if (!match) {
      items.push({ ...base, kind: 'indicator-dropped', message: `上年的指标「${old.level3}」（${mainTarget(old).raw || '未填'}）本年不再出现` });
      continue;
    }
    const [was, is] = [mainTarget(old), mainTarget(match)];
    if (isLowered(was, is)) {
      const cell = match.annual.kind !== 'empty' ? match.cells.annualValue : match.cells.periodValue;
      items.push({ ...base, kind: 'target-lowered', cell, message: `「${match.level3}」的目标由上年的“${was.raw}”降为“${is.raw}”` });
    }
  }
  const change = amountChange(before, now);
  if (change && change.abs().gt(AMOUNT_CHANGE_THRESHOLD)) {
    const unchanged = now.sheet.indicators.filter((i) => {
      const old = before.sheet.indicators.find((o) => normalise(o.level3) === normalise(i.level3));
      return old !== undefined && scalesWithMoney(i) && normalise(mainTarget(old).raw) === normalise(mainTarget(i).raw);
    });
    if (unchanged.length) {
      const percent = `${change.gt(0) ? '+' : ''}${change.times(100).toFixed(1)}%`;
      const names = unchanged.map((i) => `「${i.level3}」${mainTarget(i).raw}`).join('、');
      items.push({ ...base, kind: 'values-unchanged', message: `预算金额比上年变化${percent}，而${names}与上年相同` });
    }
  }
  return items;
}

/** Every 同比 item of this year's projects, in the order of `current`. */
export function compareYears(current: ReadWorkbook[], previous: ReadWorkbook[]): YoyItem[] {
  const byName = new Map<string, Project[]>();
  for (const p of projectsOf(previous)) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  return projectsOf(current).flatMap((now) => {
    const before = predecessor(now, byName);
    if (before) return compareProject(now, before);
    return [{ kind: 'new-project' as const, file: now.file, sheet: now.sheet.name, project: now.shown.name, unit: now.shown.unit, message: '新增项目：上年没有同名（同单位）的项目' }];
  });
}
