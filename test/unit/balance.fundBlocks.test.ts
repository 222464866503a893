// 资金总额 = 财政拨款 + 其他资金 blocks of project forms, built from the province examples.
import { applyChanges } from '../../src/engine/balance';
import { plan } from './balancePlan';
import type { CellSpec, WorkbookSpec } from '../../src/engine/schema';
import { setCell } from '../../src/sample/variants';
import { provinceExamples } from '../fixtures/provinces';


function province(prefix: string): WorkbookSpec {
  const example = provinceExamples().find((p) => p.name.startsWith(prefix));
  if (!example) throw new Error(`no province example ${prefix}`);
  return example.spec;
}

const sheetOf = (spec: WorkbookSpec) => spec.sheets[0].name;

describe('资金总额 blocks', () => {
  test.each(['hubei', 'hunan', 'shandong', 'tianjin'])('%s as published balances: an empty plan', (name) => {
    expect(plan(province(name))).toEqual({ changes: [], findings: [] });
  });

  test('tianjin: 项目资金 (万元) 3.0 → 5.0 puts 财政拨款 (D6) at 5.0, written as the form writes it', () => {
    const spec = setCell(province('tianjin'), sheetOf(province('tianjin')), 'B6', '5.0');
    const result = plan(spec);
    expect(result.findings).toEqual([]);
    expect(result.changes).toEqual([
      {
        sheet: sheetOf(spec),
        cell: 'D6',
        before: '3.0',
        after: '5.0',
        reason: '财政拨款应为项目资金5.0万元减去其他资金：以填报的项目资金为准，差额由财政拨款补足',
        relation: '资金总额：项目资金 = 财政拨款+其他资金',
      },
    ]);
    const applied = applyChanges(spec, result.changes);
    expect(plan(applied).changes).toEqual([]);
  });

  test('shandong: 其他 filled in (C7 38.768) takes it out of 财政拨款 (C6), to three decimals', () => {
    const spec = setCell(province('shandong'), sheetOf(province('shandong')), 'C7', '38.768');
    expect(plan(spec).changes.map((c) => [c.cell, c.before, c.after])).toEqual([['C6', '438.768', '400.000']]);
  });

  test('hubei: the number is in the label cell; only the number is replaced', () => {
    const spec = setCell(province('hubei'), sheetOf(province('hubei')), 'B5', '年度资金总额:20');
    const result = plan(spec);
    expect(result.changes.map((c) => [c.cell, c.before, c.after, c.relation])).toEqual([
      ['B6', '    其中 :上级资金16', '    其中 :上级资金20', '资金总额：年度资金总额 = 上级资金'],
    ]);
  });

  test('annual and whole-period blocks side by side: each settles on its own', () => {
    const cell = (value: string | number): CellSpec => (typeof value === 'number' ? { value, numFmt: '0.00' } : { value });
    const cells: Record<string, CellSpec> = {
      A1: cell('项目名称'),
      B1: cell('示例项目'),
      A2: cell('项目资金（万元）'),
      B2: cell('中期资金总额：'),
      C2: cell(300),
      D2: cell('年度资金总额：'),
      E2: cell(120),
      B3: cell('其中：财政拨款'),
      C3: cell(250),
      D3: cell('其中：财政拨款'),
      E3: cell(90),
      B4: cell('其他资金'),
      C4: cell(50),
      D4: cell('其他资金'),
      E4: cell(10),
    };
    const spec: WorkbookSpec = { sheets: [{ name: '项目', cells, merges: ['A2:A4'], columnWidths: {}, validations: [] }] };
    const result = plan(spec);
    expect(result.findings).toEqual([]);
    expect(result.changes.map((c) => [c.cell, c.before, c.after, c.relation])).toEqual([
      ['E3', 90, 110, '资金总额：年度资金总额 = 财政拨款+其他资金'],
    ]);
  });

  test('a total label written with spaces around it (its cell shows it trimmed) is still a total', () => {
    const spec = setCell(province('hubei'), sheetOf(province('hubei')), 'B5', '  年度资金总额:20 ');
    expect(plan(spec).changes.map((c) => [c.cell, c.before, c.after])).toEqual([['B6', '    其中 :上级资金16', '    其中 :上级资金20']]);
  });

  test('two parts that could each absorb the difference: balance.undecided, nothing planned', () => {
    let spec = province('tianjin');
    const name = sheetOf(spec);
    spec = setCell(spec, name, 'C7', '上级资金');
    spec = setCell(spec, name, 'B6', '5.0');
    const result = plan(spec);
    expect(result.changes).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ sheet: name, cell: 'D6', rule: 'balance.undecided', severity: 'warning', related: ['D7'] });
    expect(result.findings[0].message).toBe('无法自动平衡（资金总额：项目资金 = 财政拨款+上级资金）：财政拨款、上级资金都可能补足差额2万元，无法判断应调整哪一项');
    const en = plan(spec, 'en').findings[0];
    expect(en.message).toBe('Cannot rebalance (资金总额：项目资金 = 财政拨款+上级资金) automatically: 财政拨款, 上级资金 could each absorb the difference of 2 (10k yuan); which one to change is not clear');
  });

  test('a part written as words: balance.text-part on it, nothing planned', () => {
    let spec = province('shandong');
    spec = setCell(spec, sheetOf(spec), 'C7', '待定');
    spec = setCell(spec, sheetOf(spec), 'C5', '500');
    const result = plan(spec);
    expect(result.changes).toEqual([]);
    expect(result.findings.map((f) => [f.cell, f.rule])).toEqual([['C7', 'balance.text-part']]);
    expect(result.findings[0].message).toBe('其他填的是文字“待定”而不是金额，无法核对（资金总额：资金总额 = 财政拨款+其他）');
  });
});
