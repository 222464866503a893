// `check --out` on the feature workbook as LibreOffice Calc saves it (test/fixtures/libreoffice, made by
// scripts/libreoffice-fixture.ts: CI has no LibreOffice). LibreOffice writes its own styles (protection
// spelled locked="false"), a table without a style, no calcChain: the copy still changes only the
// fills, the comments, the listed values and the recalculation flag, part by part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { worstSeverityByCell } from '../../src/engine/highlight';
import { attr, elements } from '../../src/xlsx/package/xml';
import { DEPT } from '../fixtures/featureWorkbook';
import { cellsOf, checkedCopy, COMMENT_PARTS, expectPartsKeptExcept, expectPlainCheckedCopy, expectOnlyFillsAndValues, recheck, SHEET, text, xfsOf, type Parts } from './fidelityHelpers';

const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'libreoffice', 'featureWorkbook.xlsx')));
const input: Parts = unzipSync(bytes);
const unlocked = (xf: string) => /<protection\s[^>]*locked="(false|0)"/.test(xf);

describe('a workbook saved by LibreOffice', () => {
  test('is what LibreOffice writes: its own application name, a table without a style, unlocked cells', () => {
    expect(text(input, 'docProps/app.xml')).toMatch(/<Application>LibreOffice/);
    expect(text(input, 'xl/tables/table1.xml')).not.toContain('tableStyleInfo');
    expect(xfsOf(text(input, 'xl/styles.xml')).some(unlocked)).toBe(true);
    expect(input['xl/calcChain.xml']).toBeUndefined();
  });

  test('check --out: every part but styles.xml, the flagged sheet and its comments is byte for byte the input’s', async () => {
    await expectPlainCheckedCopy(input, bytes);
  });

  test('unlocked cells stay unlocked, flagged or not', async () => {
    const { output, report } = await checkedCopy(input, false, bytes);
    const inXfs = xfsOf(text(input, 'xl/styles.xml'));
    const outXfs = xfsOf(text(output, 'xl/styles.xml'));
    const flagged = worstSeverityByCell(report.findings).get(DEPT) ?? new Map();
    const before = cellsOf(text(input, SHEET));
    const after = cellsOf(text(output, SHEET));
    const unlockedCells = [...before].filter(([, cell]) => unlocked(inXfs[Number(attr(cell, 's') ?? 0)]));
    expect(unlockedCells.filter(([ref]) => flagged.has(ref)).length).toBeGreaterThan(0);
    for (const [ref] of unlockedCells) {
      expect({ ref, unlocked: unlocked(outXfs[Number(attr(after.get(ref) as string, 's') ?? 0)]) }).toEqual({ ref, unlocked: true });
    }
  });

  test('check --out --rebalance: the listed values are written and only the recalculation flag is added to workbook.xml', async () => {
    const { output, report } = await checkedCopy(input, true, bytes);
    expect(report.changes.length).toBeGreaterThan(0);
    expect(Object.keys(output).sort()).toEqual(Object.keys(input).sort());
    const calcPr = elements(text(input, 'xl/workbook.xml'), 'calcPr')[0].tag;
    expect(text(output, 'xl/workbook.xml')).toBe(text(input, 'xl/workbook.xml').replace(calcPr, calcPr.replace(/\s*\/>$/, ' fullCalcOnLoad="1"/>')));
    expectPartsKeptExcept(input, output, ['xl/styles.xml', SHEET, 'xl/workbook.xml', ...COMMENT_PARTS]);
    expectOnlyFillsAndValues(input, output, await recheck(output), report.changes);
    expect(strFromU8(output['xl/comments1.xml'])).toContain(`<comment ref="${report.changes[0].cell}"`);
  });
});
