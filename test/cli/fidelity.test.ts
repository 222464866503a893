// `check --out` on a workbook with every feature a real one carries (built part by part from XML, as
// Excel writes it): the copy is the input's package with only the fills, the listed values and the
// recalculation flag changed, compared part by part and cell by cell.
import { departmentForm, featureWorkbookParts } from '../fixtures/featureWorkbook';
import { checkedCopy, COMMENT_PARTS, expectPartsKeptExcept, expectPlainCheckedCopy, expectOnlyFillsAndValues, recheck, SHEET, text } from './fidelityHelpers';

describe('--out patches the package: a workbook with charts, comments, pictures, links, x14 validations, names, protection, print settings, a table and rich text', () => {
  const input = featureWorkbookParts(departmentForm());

  test('check --out: every part but styles.xml and the flagged sheet is byte for byte the input’s', async () => {
    await expectPlainCheckedCopy(input);
  });

  test('check --out --rebalance: the listed values are written, calcChain is dropped and Excel recalculates on load', async () => {
    const { output, report } = await checkedCopy(input, true);
    expect(report.changes.length).toBeGreaterThan(0);
    expect(Object.keys(output).sort()).toEqual(Object.keys(input).filter((n) => n !== 'xl/calcChain.xml').sort());
    const recalculated = text(output, 'xl/workbook.xml');
    expect(recalculated).toBe(text(input, 'xl/workbook.xml').replace('<calcPr calcId="162913"/>', '<calcPr calcId="162913" fullCalcOnLoad="1"/>'));
    expect(text(output, 'xl/_rels/workbook.xml.rels')).toBe(text(input, 'xl/_rels/workbook.xml.rels').replace(/<Relationship Id="rId5"[^>]*\/>/, ''));
    expect(text(output, '[Content_Types].xml')).toBe(text(input, '[Content_Types].xml').replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, ''));
    expectPartsKeptExcept(output, input, ['xl/styles.xml', SHEET, 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', ...COMMENT_PARTS]);
    // The copy is highlighted as it reads after the changes: its own findings are the fills expected.
    expectOnlyFillsAndValues(input, output, await recheck(output), report.changes);
    // Each changed cell carries a 批注 saying what it was and why it changed.
    const comments = text(output, 'xl/comments1.xml');
    for (const change of report.changes) expect(comments).toContain(`<comment ref="${change.cell}"`);
    expect(comments).toContain(`${report.changes[0].before} → ${report.changes[0].after}：`);
  });

  test('the rebalanced copy checks clean of the identity errors it fixed', async () => {
    const first = await checkedCopy(input, true);
    const again = await recheck(first.output);
    const fixed = new Set(first.report.changes.map((c) => c.cell));
    expect(again.findings.filter((f) => f.rule.startsWith('money.') && fixed.has(f.cell))).toEqual([]);
  });
});
