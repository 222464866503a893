import { FakeWorkbook, type FakeSheetSeed } from './fakeWorkbook';
import { fakeRunner } from './fakeContext';
import { MemorySettingsStore } from '../../src/excel/settingsStore';
import { createExcelHost } from '../../src/excel/excelHost';
import type { WorkbookHost } from '../../src/host/workbookHost';

/** A small hand-made workbook: a department sheet, a project sheet not starting at A1, an empty sheet. */
export function sampleSeeds(): FakeSheetSeed[] {
  return [
    {
      name: '部门整体',
      merges: ['A1:E1', 'A4:A6'],
      cells: {
        A1: { value: '部门整体预算绩效目标申报表' },
        A3: { value: '部门名称' },
        B3: { value: '市府办' },
        A4: { value: '预算整体情况' },
        B4: { value: '基本支出' },
        C4: { value: 6336.55, text: '6,336.55', numberFormat: '#,##0.00' },
        D4: { value: '财政拨款' },
        E4: { value: 6904.16, text: '6,904.16', numberFormat: '#,##0.00' },
        B5: { value: '项目支出' },
        C5: { value: 567.61, text: '567.61', numberFormat: '#,##0.00' },
        D5: { value: '其他资金' },
        E5: { value: 0, text: '0.00', numberFormat: '#,##0.00' },
        B6: { value: '合计' },
        C6: { value: 6904.16, formula: '=C4+C5', text: '6,904.16', numberFormat: '#,##0.00' },
        A8: { value: '产出指标' },
        B8: { value: '质量指标' },
        C8: { value: '办文质量' },
        D8: { value: 0.95, text: '95%', numberFormat: '0%' },
        E8: { value: '≥90%' },
      },
    },
    {
      name: '项目 A',
      merges: ['B5:C5'],
      cells: {
        B2: { value: '项目名称' },
        C2: { value: '政务服务' },
        B3: { value: '资金总额' },
        C3: { value: 100000, text: '100,000', numberFormat: '#,##0' },
        B4: { value: '满意度' },
        C4: { value: 0.9, text: '90%', numberFormat: '0%' },
        B5: { value: '总体目标：提升服务效能' },
      },
    },
    { name: '空表', cells: {} },
  ];
}

export interface Setup {
  workbook: FakeWorkbook;
  settings: MemorySettingsStore;
  host: WorkbookHost;
  /** API sets the fake Excel claims; the adapter asks before using anything above 1.7. */
  supported: Set<string>;
  now?: () => Date;
}

export function setup(options: { seeds?: FakeSheetSeed[]; apiSets?: string[]; now?: () => Date } = {}): Setup {
  const workbook = new FakeWorkbook(options.seeds ?? sampleSeeds());
  const settings = new MemorySettingsStore();
  const supported = new Set(options.apiSets ?? ['1.7', '1.8', '1.9', '1.13']);
  const host = createExcelHost({ run: fakeRunner(workbook), settings, supports: (v) => supported.has(v), now: options.now });
  return { workbook, settings, host, supported, now: options.now };
}

/** The same workbook "reopened": a new host, and only what was saved in the settings. */
export function reopen(s: Setup): Setup {
  const settings = s.settings.reopened();
  const host = createExcelHost({ run: fakeRunner(s.workbook), settings, supports: (v) => s.supported.has(v), now: s.now });
  return { ...s, settings, host };
}
