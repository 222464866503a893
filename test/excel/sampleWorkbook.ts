// The adapter's jest tests run on the simulated Excel (src/excel-sim): a small hand-made workbook,
// the real createExcelHost over it, and a reopen that keeps only what was saved.
import type { WorkbookSpec } from '../../src/engine/schema';
import { createExcelHost } from '../../src/excel/excelHost';
import { MemorySettingsStore } from '../../src/excel/settingsStore';
import { simCreateWorkbook, simRunner, simWorkbookFromSpec, type SimOptions, type SimWorkbook } from '../../src/excel-sim';
import type { WorkbookHost } from '../../src/host/workbookHost';

const sheet = (name: string, cells: WorkbookSpec['sheets'][number]['cells'], merges: string[] = []) => ({
  name,
  cells,
  merges,
  columnWidths: {},
  validations: [],
});

/** A department sheet, a project sheet not starting at A1, an empty sheet. */
export function sampleSpec(): WorkbookSpec {
  return {
    sheets: [
      sheet(
        '部门整体',
        {
          A1: { value: '部门整体预算绩效目标申报表' },
          A3: { value: '部门名称' },
          B3: { value: '市府办' },
          A4: { value: '预算整体情况' },
          B4: { value: '基本支出' },
          C4: { value: 6336.55, numFmt: '#,##0.00' },
          D4: { value: '财政拨款' },
          E4: { value: 6904.16, numFmt: '#,##0.00' },
          B5: { value: '项目支出' },
          C5: { value: 567.61, numFmt: '#,##0.00' },
          D5: { value: '其他资金' },
          E5: { value: 0, numFmt: '#,##0.00' },
          B6: { value: '合计' },
          C6: { value: 6904.16, formula: '=C4+C5', numFmt: '#,##0.00' },
          A8: { value: '产出指标' },
          B8: { value: '质量指标' },
          C8: { value: '办文质量' },
          D8: { value: 0.95, numFmt: '0%' },
          E8: { value: '≥90%' },
        },
        ['A1:E1', 'A4:A6'],
      ),
      sheet(
        '项目 A',
        {
          B2: { value: '项目名称' },
          C2: { value: '政务服务' },
          B3: { value: '资金总额' },
          C3: { value: 100000, numFmt: '#,##0' },
          B4: { value: '满意度' },
          C4: { value: 0.9, numFmt: '0%' },
          B5: { value: '总体目标：提升服务效能' },
        },
        ['B5:C5'],
      ),
      sheet('空表', {}),
    ],
  };
}

export interface Setup {
  workbook: SimWorkbook;
  settings: MemorySettingsStore;
  host: WorkbookHost;
  now?: () => Date;
}

export function setup(options: { spec?: WorkbookSpec; sim?: SimOptions; now?: () => Date; settings?: MemorySettingsStore } = {}): Setup {
  const workbook = simWorkbookFromSpec(options.spec ?? sampleSpec(), options.sim);
  return hostOver(workbook, options.settings ?? new MemorySettingsStore(), options.now);
}

function hostOver(workbook: SimWorkbook, settings: MemorySettingsStore, now?: () => Date): Setup {
  const host = createExcelHost({ run: simRunner(workbook), settings, supports: (v) => workbook.supports(v), now, createWorkbook: simCreateWorkbook(workbook) });
  return { workbook, settings, host, now };
}

/** The same workbook "reopened": a new host, and only what was saved in the settings. */
export function reopen(s: Setup): Setup {
  return hostOver(s.workbook, s.settings.reopened(), s.now);
}

/** Syncs of one call. */
export async function syncsOf(s: Setup, call: () => Promise<unknown>): Promise<number> {
  s.workbook.syncs = 0;
  await call();
  return s.workbook.syncs;
}
