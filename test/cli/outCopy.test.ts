import { cellsOfFinding } from '../../src/engine/findingCells';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { parseRange, toA1, type RangeRef } from '../../src/engine/a1';
import { SEVERITY_FILL } from '../../src/cli/writeCheckedCopy';
import { ReportSchema, type Severity, type WorkbookSpec } from '../../src/engine/schema';
import { mergedVariant, setCell } from '../../src/sample/variants';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { writeFixture } from '../fixtures/workbooks';
import { freshDir, runCli } from './cliHarness';

const DEPT = '部门整体预算绩效目标申报表';
const YUANPAI = '援派干部经费';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The merged seed with styles on flagged and unflagged cells, and a styled sheet with a formula and a list. */
function styledSpec(): WorkbookSpec {
  let spec = mergedVariant(seedWorkbookSpec());
  // E5: a certain error, on a cell with a fill and borders of its own.
  spec = setCell(spec, DEPT, 'E5', { value: 7000, numFmt: '#,##0.00', style: { border: true, fill: '#D9D9D9', bold: true } });
  // B10: an info (项目概述 left empty), with a font colour and a fill; A10 next to it is not flagged.
  spec = setCell(spec, YUANPAI, 'B10', { value: '', style: { fontColor: '#1F4E79', fill: '#FFF2CC', border: true } });
  spec = setCell(spec, YUANPAI, 'A10', { value: '项目概述', style: { bold: true, fill: '#E2EFDA', hAlign: 'center' } });
  // B10 merged across C10: the flag must cover the whole merged cell.
  const yuanpai = spec.sheets.find((s) => s.name === YUANPAI);
  if (!yuanpai) throw new Error('seed has no 援派干部经费');
  yuanpai.merges = [...yuanpai.merges.filter((m) => !overlaps(parseRange(m), parseRange('B10:C10'))), 'B10:C10'];
  spec.sheets.push({
    name: '说明',
    cells: {
      A1: { value: '填表说明', style: { bold: true, fontSize: 14, fill: '#DDEBF7' } },
      A2: { value: '合计' },
      B2: { value: 3, formula: '=1+2', numFmt: '0.00', style: { border: true } },
      C2: { value: '是' },
    },
    merges: ['A3:C3'],
    columnWidths: { A: 24, B: 12 },
    validations: [{ range: 'C2:C6', list: ['是', '否'], allowBlank: true }],
    printArea: 'A1:C6',
  });
  return spec;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The font exceljs writes as font 0, the workbook default every unstyled cell shows. */
const DEFAULT_FONT = { color: { theme: 1 }, family: 2, name: 'Calibri', scheme: 'minor', size: 11 };

/**
 * A style as Excel shows it. A cell given a fill gets a cell format (xf) of its own, which names
 * font 0 and border 0 — the defaults it already showed — so exceljs reads those back as objects:
 * the default font and an empty border are the same as none.
 */
function shown(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  const { fill: _fill, ...rest } = style ?? {};
  if (rest.font && isDeepStrictEqual({ ...rest.font }, DEFAULT_FONT)) delete rest.font;
  if (rest.border && Object.keys(rest.border).length === 0) delete rest.border;
  return rest;
}

function mergesOf(ws: ExcelJS.Worksheet): RangeRef[] {
  return (ws.model.merges ?? []).map((m) => parseRange(m));
}

describe('--out: a copy with the flagged cells filled by severity and nothing else changed', () => {
  let input: string;
  let output: string;
  let flagged: Map<string, Severity>;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    const dir = freshDir('out-copy');
    input = await writeFixture('out-copy-input', styledSpec());
    output = join(dir, 'checked.xlsx');
    const json = join(dir, 'report.json');
    const ran = await runCli(['check', input, '--out', output, '--json', json]);
    expect(ran.code).toBe(1);
    expect(ran.lines[ran.lines.length - 1]).toBe(`已写入 ${json}`);
    expect(ran.lines).toContain(`已写入 ${output}`);
    const report = ReportSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    before = await load(input);
    after = await load(output);
    // The fill each cell should get: its worst finding's severity, over the whole merged area.
    flagged = new Map();
    // Every cell of every finding (a problem may span cells, and sheets).
    for (const f of report.findings.flatMap((finding) => cellsOfFinding(finding).map((ref) => ({ ...ref, severity: finding.severity })))) {
      const ws = before.getWorksheet(f.sheet);
      if (!ws) throw new Error(`no sheet ${f.sheet}`);
      const cell = ws.getCell(f.cell);
      const row = Number(cell.row);
      const col = Number(cell.col);
      const area = mergesOf(ws).find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? { top: row, bottom: row, left: col, right: col };
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = `${f.sheet}!${toA1(r, c)}`;
          const current = flagged.get(key);
          if (!current || RANK[f.severity] < RANK[current]) flagged.set(key, f.severity);
        }
      }
    }
  });

  test('the cells this test relies on are flagged as expected', () => {
    expect(flagged.get(`${DEPT}!E5`)).toBe('error');
    expect(flagged.get(`${YUANPAI}!B10`)).toBe('info');
    expect(flagged.get(`${YUANPAI}!C10`)).toBe('info'); // covered by the B10:C10 merge
    expect(flagged.has(`${YUANPAI}!A10`)).toBe(false);
    // The unit taken from the form's convention is a note: B8 is not marked.
    expect(flagged.has(`${YUANPAI}!B8`)).toBe(false);
    expect(new Set(flagged.values())).toEqual(new Set(['error', 'warning', 'info']));
  });

  test('the same sheets, in order, with the same merges, widths, validations and print areas', () => {
    expect(after.worksheets.map((ws) => ws.name)).toEqual(before.worksheets.map((ws) => ws.name));
    for (const ws of before.worksheets) {
      const copy = after.getWorksheet(ws.name) as ExcelJS.Worksheet;
      expect(copy.model.merges).toEqual(ws.model.merges);
      expect(copy.columns?.map((c) => c.width)).toEqual(ws.columns?.map((c) => c.width));
      expect((copy as unknown as { dataValidations: { model: unknown } }).dataValidations.model).toEqual(
        (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      );
      expect(copy.pageSetup.printArea).toEqual(ws.pageSetup.printArea);
    }
  });

  test('cell by cell: every value and style identical, except the fill of flagged cells, which is the severity’s', () => {
    let compared = 0;
    let filled = 0;
    for (const ws of before.worksheets) {
      const copy = after.getWorksheet(ws.name) as ExcelJS.Worksheet;
      const rows = Math.max(ws.rowCount, copy.rowCount);
      const cols = Math.max(ws.columnCount, copy.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const address = toA1(r, c);
          const a = ws.findCell(r, c);
          const b = copy.findCell(r, c);
          const where = `${ws.name}!${address}`;
          expect({ where, value: b?.value ?? null, formula: b?.formula ?? null }).toEqual({ where, value: a?.value ?? null, formula: a?.formula ?? null });
          const fillA = a?.style?.fill;
          const fillB = b?.style?.fill;
          expect({ where, style: shown(b?.style) }).toEqual({ where, style: shown(a?.style) });
          const severity = flagged.get(where);
          if (severity) {
            const argb = SEVERITY_FILL[severity];
            expect({ where, fill: fillB }).toEqual({ where, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } } });
            filled++;
          } else {
            expect({ where, fill: fillB ?? null }).toEqual({ where, fill: fillA ?? null });
          }
          compared++;
        }
      }
    }
    expect(filled).toBe(flagged.size);
    expect(compared).toBeGreaterThan(1000);
  });

  test('the original fills of flagged cells are gone only from those cells: A10 keeps its green, 说明!A1 its blue', () => {
    const fillOf = (wb: ExcelJS.Workbook, sheet: string, cell: string) => (wb.getWorksheet(sheet)?.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fillOf(after, YUANPAI, 'A10')).toBe('FFE2EFDA');
    expect(fillOf(after, '说明', 'A1')).toBe('FFDDEBF7');
    expect(fillOf(before, DEPT, 'E5')).toBe('FFD9D9D9');
    expect(fillOf(after, DEPT, 'E5')).toBe(SEVERITY_FILL.error);
    // borders and bold of E5 are kept
    expect(after.getWorksheet(DEPT)?.getCell('E5').font?.bold).toBe(true);
    expect(after.getWorksheet(DEPT)?.getCell('E5').border?.top?.style).toBe('thin');
  });

  test('the input file is not modified', async () => {
    const again = await load(input);
    expect((again.getWorksheet(DEPT)?.getCell('E5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
  });
});
