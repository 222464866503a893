import { parseA1, parseRange, toA1 } from '../../src/engine/a1';
import type { CellSpec, WorkbookSpec } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import seedText from '../../src/sample/seed.txt';
import {
  clearCell,
  genericNamesVariant,
  insertColumns,
  insertRows,
  mergedVariant,
  offsetVariant,
  percentNumberVariant,
  setCell,
} from '../../src/sample/variants';

const DEPT = '部门整体预算绩效目标申报表';
const base = seedWorkbookSpec();
const frozen = JSON.stringify(base);

afterAll(() => {
  // No variant or edit may change its input.
  expect(JSON.stringify(base)).toBe(frozen);
});

function sameCells(a: Record<string, CellSpec>, b: Record<string, CellSpec>): void {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const key of Object.keys(a)) expect(b[key]).toEqual(a[key]);
}

describe('percentNumberVariant', () => {
  const variant = percentNumberVariant(base);
  const plainPercentsInText = seedText.split('\n').flatMap((l) => l.split('\t')).filter((t) => /^\d+%$/.test(t)).length;

  test('changes exactly the plain-percentage cells, into numbers formatted 0%', () => {
    let changed = 0;
    base.sheets.forEach((sheet, i) => {
      const other = variant.sheets[i];
      expect(other.name).toBe(sheet.name);
      expect(other.merges).toEqual(sheet.merges);
      expect(Object.keys(other.cells).sort()).toEqual(Object.keys(sheet.cells).sort());
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const match = typeof cell.value === 'string' ? /^(\d+)%$/.exec(cell.value) : null;
        if (match) {
          changed++;
          expect(other.cells[address]).toEqual({ ...cell, value: Number(match[1]) / 100, numFmt: '0%' });
        } else {
          expect(other.cells[address]).toEqual(cell);
        }
      }
    });
    expect(changed).toBe(plainPercentsInText);
    expect(changed).toBe(62);
  });

  test('exact values; ≥90% and other operators stay text', () => {
    const dept = variant.sheets[0].cells;
    expect(dept.D29).toEqual({ value: 1, numFmt: '0%' }); // 公文办结率 100%
    expect(dept.D32).toEqual({ value: 0.99, numFmt: '0%' });
    expect(dept.D45).toEqual({ value: 0.9, numFmt: '0%' });
    expect(dept.B58).toEqual({ value: 1, numFmt: '0%' });
    expect(dept.D27).toEqual({ value: '≥90%' });
    expect(dept.D25).toEqual({ value: '<1%' });
    expect(variant.sheets[5].cells.F25).toEqual({ value: 0, numFmt: '0%' });
    expect(variant.sheets[0].cells.C5).toEqual(base.sheets[0].cells.C5);
  });

  test('what Excel displays does not change', () => {
    expect(specToSnapshot(variant).sheets.map((s) => s.text)).toEqual(specToSnapshot(base).sheets.map((s) => s.text));
  });

  test('decimal percentages keep their decimals', () => {
    const one = setCell(base, DEPT, 'F1', '12.5%');
    expect(percentNumberVariant(one).sheets[0].cells.F1).toEqual({ value: 0.125, numFmt: '0.0%' });
  });
});

describe('offsetVariant', () => {
  test('moves every cell by 3 rows and 2 columns, merges and widths too', () => {
    const merged = mergedVariant(base);
    const variant = offsetVariant(merged);
    merged.sheets.forEach((sheet, i) => {
      const other = variant.sheets[i];
      expect(other.name).toBe(sheet.name);
      const moved: Record<string, CellSpec> = {};
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const { row, col } = parseA1(address);
        moved[toA1(row + 3, col + 2)] = cell;
      }
      sameCells(moved, other.cells);
      expect(other.merges.map((m) => parseRange(m))).toEqual(
        sheet.merges.map((m) => {
          const r = parseRange(m);
          return { top: r.top + 3, bottom: r.bottom + 3, left: r.left + 2, right: r.right + 2 };
        }),
      );
    });
    expect(variant.sheets[0].cells.C4.value).toBe(DEPT);
    expect(variant.sheets[0].cells.C61.value).toBe('县（区）非法集资“七进”宣传覆盖率');
    expect(variant.sheets[0].columnWidths.C).toBe(16);
    expect(variant.sheets[0].columnWidths.A).toBeUndefined();
    expect(variant.sheets[0].merges).toContain('C7:C12'); // 预算整体情况 A4:A9 moved
  });

  test('other offsets', () => {
    expect(offsetVariant(base, 1, 0).sheets[1].cells.B3.value).toBe('援派干部经费');
  });
});

describe('genericNamesVariant', () => {
  test('changes only the names', () => {
    const variant = genericNamesVariant(base);
    expect(variant.sheets.map((s) => s.name)).toEqual(base.sheets.map((_, i) => `Sheet${i + 1}`));
    base.sheets.forEach((sheet, i) => expect({ ...variant.sheets[i], name: sheet.name }).toEqual(sheet));
  });
});

describe('mergedVariant', () => {
  const variant = mergedVariant(base);

  test('adds only merges, each over empty non-anchor cells, none overlapping', () => {
    base.sheets.forEach((sheet, i) => {
      const other = variant.sheets[i];
      expect({ ...other, merges: [] }).toEqual({ ...sheet, merges: [] });
      expect(other.merges.length).toBeGreaterThan(5);
      const ranges = other.merges.map((m) => parseRange(m));
      ranges.forEach((r, j) => {
        expect(other.cells[toA1(r.top, r.left)]?.value ?? '').not.toBe('');
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            if (row !== r.top || col !== r.left) expect(other.cells[toA1(row, col)]).toBeUndefined();
          }
        }
        ranges.slice(j + 1).forEach((o) => {
          const overlap = r.top <= o.bottom && o.top <= r.bottom && r.left <= o.right && o.left <= r.right;
          expect(overlap).toBe(false);
        });
      });
    });
  });

  test('the department sheet is merged as the real form', () => {
    const merges = variant.sheets[0].merges;
    for (const m of ['B2:E2', 'A4:A9', 'B10:E10', 'A11:A20', 'A24:A26', 'A27:A46', 'A47:A57', 'B27:B30', 'B31:B42', 'B43:B46', 'B47:B51', 'B52:B57']) {
      expect(merges).toContain(m);
    }
    expect(merges.some((m) => parseRange(m).top === 21 || parseRange(m).top === 58)).toBe(false);
  });

  test('project sheets: 总体绩效目标 over its 4 rows, 绩效指标 over the table, long values across', () => {
    const merges = variant.sheets[1].merges; // 援派干部经费, table A15:F27
    for (const m of ['B2:F2', 'B9:F9', 'A11:A14', 'B12:F12', 'B14:F14', 'A15:A27', 'B16:B18', 'B19:B23', 'B24:B26', 'C19:C20', 'C21:C22']) {
      expect(merges).toContain(m);
    }
    // A shifted 满意度指标 row in column A ends the 绩效指标 label.
    expect(variant.sheets[2].merges).toContain('A15:A24');
    // Seven-column sheet: values reach column G.
    expect(variant.sheets[7].merges).toContain('B9:G9');
  });
});

describe('edit helpers', () => {
  test('setCell and clearCell', () => {
    const edited = setCell(base, DEPT, 'D29', '１００％');
    expect(edited.sheets[0].cells.D29).toEqual({ value: '１００％' });
    const styled = setCell(base, DEPT, 'A1', 'new title');
    expect(styled.sheets[0].cells.A1).toEqual({ value: 'new title', style: { bold: true, fontSize: 14 } });
    const full = setCell(base, DEPT, 'C5', { value: 1, numFmt: '0.00' });
    expect(full.sheets[0].cells.C5).toEqual({ value: 1, numFmt: '0.00' });
    const cleared = clearCell(base, DEPT, 'D29');
    expect(cleared.sheets[0].cells.D29).toBeUndefined();
    expect(Object.keys(cleared.sheets[0].cells).length).toBe(Object.keys(base.sheets[0].cells).length - 1);
    expect(() => setCell(base, 'nope', 'A1', 1)).toThrow('nope');
  });

  test('insertRows shifts cells below and grows merges that span the insertion', () => {
    const merged = mergedVariant(base);
    const edited = insertRows(merged, DEPT, 30, 2);
    const cells = edited.sheets[0].cells;
    expect(cells.C29.value).toBe(base.sheets[0].cells.C29.value);
    expect(cells.C30).toBeUndefined();
    expect(cells.C32.value).toBe(base.sheets[0].cells.C30.value);
    expect(cells.A60.value).toBe('县（区）非法集资“七进”宣传覆盖率');
    expect(edited.sheets[0].merges).toContain('A27:A48');
    expect(edited.sheets[0].merges).toContain('B27:B32');
    expect(edited.sheets[0].merges).toContain('A4:A9');
    expect(edited.sheets[1]).toEqual(merged.sheets[1]);
  });

  test('insertColumns shifts cells, widths and merges right', () => {
    const merged = mergedVariant(base);
    const edited = insertColumns(merged, DEPT, 'C', 1);
    const sheet = edited.sheets[0];
    expect(sheet.cells.C25).toBeUndefined();
    expect(sheet.cells.D25.value).toBe('政府网站与政务新媒体检测结果误判率');
    expect(sheet.cells.B24.value).toBe('经济成本指标');
    expect(sheet.merges).toContain('B2:F2');
    expect(sheet.merges).toContain('A4:A9');
    expect(sheet.columnWidths.D).toBe(merged.sheets[0].columnWidths.C);
    expect(insertColumns(base, DEPT, 1, 2).sheets[0].cells.C2.value).toBe('部门名称');
  });

  test('helpers return new specs', () => {
    const input: WorkbookSpec = seedWorkbookSpec();
    const before = JSON.stringify(input);
    insertRows(input, DEPT, 2, 1);
    insertColumns(input, DEPT, 2, 1);
    setCell(input, DEPT, 'A2', 'x');
    clearCell(input, DEPT, 'A2');
    mergedVariant(input);
    percentNumberVariant(input);
    offsetVariant(input);
    genericNamesVariant(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
