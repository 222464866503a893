import { checkWorkbook } from '../../src/engine/check';
import { specToSnapshot } from '../../src/engine/specSnapshot';
import { UNREADABLE_ROWS, sheetOf } from '../fixtures/families';


describe('structure.unread-table: a sheet that looks like a form but whose table cannot be read', () => {
  const result = checkWorkbook(specToSnapshot(sheetOf(UNREADABLE_ROWS, [], '养护项目')), { lang: 'zh' });

  it('is an error at the first category cell naming what was and was not recognised', () => {
    const hits = result.findings.filter((f) => f.rule.startsWith('structure.') && f.rule.endsWith('table'));
    expect(hits.map((f) => [f.rule, f.sheet, f.cell, f.severity])).toEqual([['structure.unread-table', '养护项目', 'A3', 'error']]);
    expect(hits[0].message).toBe(
      '此表的绩效指标未能识别：认出了指标类别名称3处（A3“产出指标”、B3“效益指标”、C3“满意度指标”），但未能认出表头行，以及三级指标名称列和指标值列，因此没有检查任何指标',
    );
  });

  it('counts the sheet as a form, not as "no form"', () => {
    expect(result.model.sheets[0].kind).toBe('project');
  });

  it('says so in English too', () => {
    const en = checkWorkbook(specToSnapshot(sheetOf(UNREADABLE_ROWS, [], 'S')), { lang: 'en' }).findings.find((f) => f.rule === 'structure.unread-table');
    expect(en?.message).toMatch(/^The indicators of this sheet could not be read: recognised 3 category names \(A3/);
  });

  it('leaves a sheet with no form words alone', () => {
    const plain = checkWorkbook(specToSnapshot(sheetOf([['姓名', '电话'], ['张三', '123']])), { lang: 'zh' });
    expect(plain.findings).toEqual([]);
    expect(plain.model.sheets[0].kind).toBe('other');
  });
});

describe('what does not look like a form', () => {
  it('a list of category names alone (a reference sheet) is not a form', () => {
    const list = sheetOf([['产出指标', '数量指标'], ['', '质量指标'], ['效益指标', '社会效益指标']]);
    const result = checkWorkbook(specToSnapshot(list), { lang: 'zh' });
    expect(result.model.sheets[0].kind).toBe('other');
    expect(result.findings).toEqual([]);
  });
});
