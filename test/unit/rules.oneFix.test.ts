// One cell, one consistent story: findings that contradict or repeat another on the same cell are
// dropped, and values with a number in them are not called words.
import { seedWorkbookSpec } from '../../src/sample/seedSpec';
import { setCell } from '../../src/sample/variants';
import { DEPT, findingsOf, notesOf } from './ruleFindings';

const DECISION = '决策咨询工作经费';

const on = (sheet: string, cell: string, spec = seedWorkbookSpec()) =>
  findingsOf(spec)
    .filter((f) => f.sheet === sheet && f.cell === cell)
    .map((f) => `${f.rule} ${f.severity}`);

/** How a value was read, where it was written in words or with >=: a note, not a finding. */
const notedOn = (sheet: string, cell: string, spec = seedWorkbookSpec()) =>
  notesOf(spec)
    .filter((n) => n.sheet === sheet && n.cell === cell)
    .map((n) => `${n.rule} note`);

describe('one finding where two would repeat or contradict each other', () => {
  test.each(['六千万', '待定'])('“%s” as 基本支出: money.not-a-number only, no balance.text-part', (text) => {
    expect(on(DEPT, 'C5', setCell(seedWorkbookSpec(), DEPT, 'C5', text))).toEqual(['money.not-a-number error']);
  });

  test('“待定” as 其他资金: money.not-a-number only', () => {
    expect(on(DEPT, 'E6', setCell(seedWorkbookSpec(), DEPT, 'E6', '待定'))).toEqual(['money.not-a-number error']);
  });

  test('“XX%” left in a target: a placeholder, not also unparseable', () => {
    const spec = setCell(seedWorkbookSpec(), DECISION, 'F22', 'XX%');
    expect(on(DECISION, 'F22', spec)).toEqual(['structure.placeholder warning']);
  });

  test('a rate written as a time keeps its rate-as-time warning and loses the word-operator note', () => {
    const spec = setCell(setCell(seedWorkbookSpec(), DECISION, 'E23', '3日以内'), DECISION, 'F23', '3日以内');
    // The same text in both targets: one finding over both cells.
    expect(on(DECISION, 'E23', spec)).toEqual(['value.rate-as-time warning']);
    expect(on(DECISION, 'F23', spec)).toEqual([]);
    expect(notedOn(DECISION, 'E23', spec)).toEqual([]);
    // Where the value is not a time, the word-operator note stays (a note: 不低于90% is clear to a reviewer).
    const words = setCell(seedWorkbookSpec(), DECISION, 'F22', '不低于90%');
    expect(on(DECISION, 'F22', words)).toEqual([]);
    expect(notedOn(DECISION, 'F22', words)).toEqual(['value.word-operator note']);
  });
});

describe('a note on how a value is written gives way to a warning or error about what it says', () => {
  test('E36 “105％” for 值班信息传递准确率: the rate-over-100 error alone, no “write 105%” note', () => {
    const spec = setCell(seedWorkbookSpec(), DEPT, 'E36', '105％');
    expect(on(DEPT, 'E36', spec)).toEqual(['value.rate-over-100 error']);
  });

  test('“≥75％” for a satisfaction: the satisfaction-range warning alone', () => {
    const spec = setCell(seedWorkbookSpec(), DECISION, 'F28', '≥75％');
    expect(on(DECISION, 'F28', spec)).toEqual(['value.satisfaction-range warning']);
  });

  test('“75%” for a satisfaction: the warning alone, not also “add an operator”', () => {
    const spec = setCell(seedWorkbookSpec(), DECISION, 'F28', '75%');
    expect(on(DECISION, 'F28', spec)).toEqual(['value.satisfaction-range warning']);
  });

  test('with nothing wrong in what it says, the writing note stays: “≥85％” and “90%” for a floor', () => {
    expect(notedOn(DECISION, 'F28', setCell(seedWorkbookSpec(), DECISION, 'F28', '≥85％'))).toEqual(['value.word-operator note']);
    const share = setCell(setCell(seedWorkbookSpec(), DECISION, 'D22', '研究经费占比'), DECISION, 'E22', '30%');
    expect(on(DECISION, 'E22', share)).toEqual(['value.missing-operator info']);
  });
});

describe('values with a number are not “written as words”', () => {
  test.each([
    ['F22', '≥90%（含）'],
    ['F23', '100%（按期）'],
  ])('%s “%s” reads as a quantity with its note: no finding', (cell, value) => {
    expect(on(DECISION, cell, setCell(seedWorkbookSpec(), DECISION, cell, value))).toEqual([]);
  });

  test('“每月1次” for a count is a frequency: no qualitative-for-quantity', () => {
    let spec = setCell(seedWorkbookSpec(), DECISION, 'D20', '专家调研次数');
    spec = setCell(spec, DECISION, 'E20', '每月1次');
    spec = setCell(spec, DECISION, 'F20', '每月1次');
    expect(on(DECISION, 'E20', spec)).toEqual([]);
    expect(on(DECISION, 'F20', spec)).toEqual([]);
  });
});
