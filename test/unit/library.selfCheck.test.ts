// The library's indicators are what the checker suggests: filed as the library files them, with the
// library's own example as both targets, not one may draw a finding — else a user who takes a
// suggestion is told off for it (an output offered for 效益, a vague example, a change with no base).
import { checkWorkbook } from '../../src/engine/check';
import { LIBRARY } from '../../src/engine/library';
import { effectExample } from '../../src/engine/meaning/effects';
import type { CellSpec, LibraryIndicator } from '../../src/engine/schema';
import { specToSnapshot } from '../../src/engine/specSnapshot';

const FIRST_ROW = 6;

function librarySheet(indicators: readonly LibraryIndicator[]) {
  const cells: Record<string, CellSpec> = {};
  const put = (address: string, value: string) => (cells[address] = { value });
  put('A1', '项目绩效目标表');
  put('A2', '项目名称');
  put('B2', '指标库自检');
  put('A3', '项目资金（万元）');
  put('B3', '100');
  ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'].forEach((header, i) => put(`${'ABCDE'[i]}5`, header));
  indicators.forEach((indicator, i) => {
    const row = FIRST_ROW + i;
    put(`A${row}`, indicator.level1);
    put(`B${row}`, indicator.level2);
    put(`C${row}`, indicator.name);
    put(`D${row}`, indicator.example);
    put(`E${row}`, indicator.example);
  });
  return { name: '指标库', cells, merges: [], columnWidths: {}, validations: [] };
}

test('every library indicator, under its own 一级/二级 with its example as both targets, draws no finding on its row', () => {
  const { model, findings } = checkWorkbook(specToSnapshot({ sheets: [librarySheet(LIBRARY)] }), { lang: 'zh' });
  // Read as it was written: every indicator a row of the table.
  expect(model.sheets[0].indicators).toHaveLength(LIBRARY.length);
  const onRows = findings.filter((f) => Number(/\d+$/.exec(f.cell)?.[0]) >= FIRST_ROW);
  const named = onRows.map((f) => `${LIBRARY[Number(/\d+$/.exec(f.cell)?.[0]) - FIRST_ROW].name}: ${f.rule}`);
  expect(named).toEqual([]);
});

test('the effects output-as-outcome suggests for 效益, written as it writes them, draw no finding either', () => {
  // One kind of work for each example the rule gives (and the fallback); a value with N is for the user to fill.
  const works = ['防范非法集资宣传次数', '宣传讲座场次', '培训人次', '提案办理数量', '调研报告数量', '督查次数', '对接会场次', '简报期数', '会议场次', '慰问人次', '其他工作数量'];
  const pairs = works.flatMap((work) => [...effectExample(work).matchAll(/「([^」]+)」([^、（]+)/g)].map((m) => ({ name: m[1], value: m[2] })));
  const measured = pairs.filter((p) => !p.value.includes('N'));
  expect(measured.length).toBeGreaterThanOrEqual(4);
  const sheet = librarySheet(measured.map((p) => ({ ...LIBRARY[0], level1: '效益指标', level2: '社会效益指标', name: p.name, example: p.value })));
  const { findings } = checkWorkbook(specToSnapshot({ sheets: [sheet] }), { lang: 'zh' });
  const onRows = findings.filter((f) => Number(/\d+$/.exec(f.cell)?.[0]) >= FIRST_ROW);
  expect(onRows.map((f) => `${measured[Number(/\d+$/.exec(f.cell)?.[0]) - FIRST_ROW].name}: ${f.rule}`)).toEqual([]);
});
