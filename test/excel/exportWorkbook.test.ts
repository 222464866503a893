// 导出审核意见 in Excel: the adapter opens the 审核意见 as a new workbook through Excel.createWorkbook
// (ExcelApi 1.8) on the simulated Excel, and refuses in one line where Office has no such API.
import ExcelJS from 'exceljs';
import type { ReviewTable } from '../../src/engine/review';
import { createExcelHost } from '../../src/excel/excelHost';
import { toBase64 } from '../../src/excel/exportWorkbook';
import { MemorySettingsStore } from '../../src/excel/settingsStore';
import { simWorkbookFromSpec, simRunner } from '../../src/excel-sim';
import { HostError } from '../../src/host/workbookHost';
import { writeReviewXlsx } from '../../src/xlsx/review/writeReviewXlsx';
import { sampleSpec, setup, syncsOf } from './sampleWorkbook';

const TABLE: ReviewTable = {
  name: '汇总',
  columns: [
    { title: '文件', width: 20, format: 'text' },
    { title: '错误', width: 6, format: 'integer' },
  ],
  rows: [['预算.xlsx', 3]],
};

describe('exportWorkbook on the simulated Excel', () => {
  it('opens the file once as a new workbook, with no Excel.run and no sync; the workbook is a valid xlsx', async () => {
    const s = setup();
    const bytes = writeReviewXlsx([TABLE]);
    expect(await syncsOf(s, () => s.host.exportWorkbook({ bytes, fileName: '审核意见-预算.xlsx' }))).toBe(0);
    expect(s.workbook.runOptions).toEqual([]);
    expect(s.workbook.createdWorkbooks).toHaveLength(1);
    const opened = Buffer.from(s.workbook.createdWorkbooks[0], 'base64');
    expect(new Uint8Array(opened)).toEqual(bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(opened as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('汇总')!.getRow(2).values).toEqual([undefined, '预算.xlsx', 3]);
  });

  it('before ExcelApi 1.8 it refuses in one line and opens nothing', async () => {
    const s = setup({ sim: { api: '1.7' } });
    const error = await s.host.exportWorkbook({ bytes: writeReviewXlsx([TABLE]), fileName: 'x.xlsx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).zh).toBe('此版本的 Excel 不能新建工作簿（需要 ExcelApi 1.8，Excel 2021、Microsoft 365 或网页版），未导出审核意见');
    expect((error as HostError).message).not.toContain('\n');
    expect(s.workbook.createdWorkbooks).toEqual([]);
  });

  it('what Excel refuses comes back as a HostError naming the action', async () => {
    const workbook = simWorkbookFromSpec(sampleSpec());
    const host = createExcelHost({
      run: simRunner(workbook),
      settings: new MemorySettingsStore(),
      supports: (v) => workbook.supports(v),
      createWorkbook: async () => {
        throw Object.assign(new Error('The requested operation is invalid.'), { code: 'InvalidOperation' });
      },
    });
    const error = await host.exportWorkbook({ bytes: new Uint8Array([1, 2, 3]), fileName: 'x.xlsx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).zh).toMatch(/^导出审核意见失败：/);
  });

  it('the simulated Excel refuses a Base64 text that is no xlsx, as Excel does', async () => {
    const s = setup();
    const error = await s.host.exportWorkbook({ bytes: new TextEncoder().encode('not a workbook'), fileName: 'x.xlsx' }).catch((e: unknown) => e);
    expect((error as HostError).zh).toMatch(/^导出审核意见失败：/);
    expect(s.workbook.createdWorkbooks).toEqual([]);
  });

  it('reads the workbook name (ExcelApi 1.7) in one sync', async () => {
    const s = setup({ sim: { name: '2026年预算.xlsx' } });
    let name = '';
    expect(await syncsOf(s, async () => (name = await s.host.workbookName()))).toBe(1);
    expect(name).toBe('2026年预算.xlsx');
  });

  it('encodes large files to Base64 in chunks, exactly', () => {
    const bytes = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
