// What a checked copy may change, asserted part by part: the fills (appended to styles.xml, the flagged
// cells' style retargeted), the 批注 on flagged and changed cells, the listed values and the
// recalculation flag. Shared by the fidelity tests of Excel-style and LibreOffice-saved workbooks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseA1, toA1 } from '../../src/engine/a1';
import { HIGHLIGHT_FILL, worstSeverityByCell } from '../../src/engine/highlight';
import { ReportSchema, type Report } from '../../src/engine/schema';
import { mergesOf } from '../../src/xlsx/package/sheetPatch';
import { attr, elements } from '../../src/xlsx/package/xml';
import { DEPT, zipParts } from '../fixtures/featureWorkbook';
import { freshDir, runCli } from './cliHarness';

export const SHEET = 'xl/worksheets/sheet1.xml';
/** The sheet's own comment parts: the copy appends a 批注 per flagged cell to them. */
export const COMMENT_PARTS = ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml'];
export type Parts = Record<string, Uint8Array>;

/** `bytes`: the file as saved (a fixture), else the parts zipped. */
export async function checkedCopy(input: Parts, rebalance: boolean, bytes: Uint8Array = zipParts(input)): Promise<{ output: Parts; report: Report; code: number }> {
  const dir = freshDir('fidelity');
  const path = join(dir, 'input.xlsx');
  writeFileSync(path, bytes);
  const out = join(dir, 'checked.xlsx');
  const json = join(dir, 'report.json');
  const ran = await runCli(['check', path, '--out', out, '--json', json, ...(rebalance ? ['--rebalance'] : [])]);
  expect(ran.err).toEqual([]);
  return { output: unzipSync(readFileSync(out)), report: ReportSchema.parse(JSON.parse(readFileSync(json, 'utf8'))), code: ran.code };
}

export const text = (parts: Parts, name: string) => strFromU8(parts[name]);
export const cellsOf = (xml: string) => new Map(elements(xml, 'c', xml.indexOf('<sheetData>')).map((c) => [attr(c.tag, 'r') as string, c.text]));
export const xfsOf = (xml: string) => elements(elements(xml, 'cellXfs')[0].text, 'xf').map((x) => x.text);
const fillsOf = (xml: string) => elements(elements(xml, 'fills')[0].text, 'fill').map((x) => x.text);
const withoutSheetData = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '');

/** The fill each cell should get: its worst finding's colour, over the whole merged area it lies in. */
function expectedFills(report: Report, sheetXml: string): Map<string, string> {
  const merges = mergesOf(sheetXml);
  const fills = new Map<string, string>();
  const rank = (color: string) => Object.values(HIGHLIGHT_FILL).indexOf(color);
  for (const [address, severity] of worstSeverityByCell(report.findings).get(DEPT) ?? []) {
    const { row, col } = parseA1(address);
    const area = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? { top: row, bottom: row, left: col, right: col };
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const known = fills.get(toA1(r, c));
        const color = HIGHLIGHT_FILL[severity];
        if (!known || rank(color) < rank(known)) fills.set(toA1(r, c), color);
      }
    }
  }
  return fills;
}

/** Asserts the copy is the input plus fills (and the listed values): every other byte as it was. */
export function expectOnlyFillsAndValues(input: Parts, output: Parts, report: Report, changes = report.changes): void {
  const inStyles = text(input, 'xl/styles.xml');
  const outStyles = text(output, 'xl/styles.xml');
  const inXfs = xfsOf(inStyles);
  const outXfs = xfsOf(outStyles);
  const outFills = fillsOf(outStyles);
  // styles.xml: the same text once the appended fills and formats and their counts are taken out.
  const strip = (xml: string, fills: string[], xfs: string[]) =>
    [...fills, ...xfs].reduce((s, el) => s.replace(el, ''), xml).replace(/<(fills|cellXfs) count="\d+"/g, '<$1');
  expect(strip(outStyles, outFills.slice(fillsOf(inStyles).length), outXfs.slice(inXfs.length))).toBe(strip(inStyles, [], []));

  const inSheet = text(input, SHEET);
  const outSheet = text(output, SHEET);
  expect(withoutSheetData(outSheet)).toBe(withoutSheetData(inSheet));
  const fills = expectedFills(report, inSheet);
  const changed = new Map(changes.filter((c) => c.sheet === DEPT).map((c) => [c.cell, c.after]));
  const before = cellsOf(inSheet);
  const after = cellsOf(outSheet);
  expect(fills.size).toBeGreaterThan(3);
  for (const [ref, cell] of after) {
    const original = before.get(ref) ?? `<c r="${ref}"/>`;
    const color = fills.get(ref);
    const s = Number(attr(cell, 's') ?? 0);
    if (color) {
      // A clone of the cell's own format (alignment, font, border, protection) with the severity's fill.
      const base = Number(attr(original, 's') ?? 0);
      const fillId = Number(attr(outXfs[s], 'fillId'));
      expect({ ref, fill: outFills[fillId] }).toEqual({ ref, fill: expect.stringContaining(`fgColor rgb="FF${color.slice(1)}"`) });
      expect(outXfs[s].replace(/ (fillId|applyFill)="\d+"/g, '')).toBe(inXfs[base].replace(/ (fillId|applyFill)="\d+"/g, ''));
    } else {
      expect({ ref, s }).toEqual({ ref, s: Number(attr(original, 's') ?? 0) });
    }
    const value = changed.get(ref);
    if (value === undefined) expect(cell.replace(/ s="\d+"/, '')).toBe(original.replace(/ s="\d+"/, ''));
    else expect({ ref, cell }).toEqual({ ref, cell: expect.stringContaining(`<v>${value}</v>`) });
  }
  for (const ref of before.keys()) expect(after.has(ref)).toBe(true);
  for (const ref of fills.keys()) expect(after.has(ref)).toBe(true);
}

/**
 * The sheet's comments part is its own plus one 批注 per flagged cell that had none (the user's own
 * note stays as it was), with the finding's reason; the VML gains one note box per comment added.
 */
export function expectCommentsOnFlaggedCells(input: Parts, output: Parts, report: Report): void {
  const refs = (xml: string) => elements(xml, 'comment').map((c) => attr(c.tag, 'ref') as string);
  const before = text(input, 'xl/comments1.xml');
  const after = text(output, 'xl/comments1.xml');
  const flagged = [...(worstSeverityByCell(report.findings).get(DEPT)?.keys() ?? [])];
  const added = flagged.filter((cell) => !refs(before).includes(cell));
  expect(added.length).toBeGreaterThan(3);
  expect(refs(after).sort()).toEqual([...refs(before), ...added].sort());
  expect(after.startsWith(before.slice(0, before.indexOf('</author></authors>')))).toBe(true);
  const e5 = report.findings.find((f) => f.sheet === DEPT && f.cell === 'E5');
  if (e5) expect(after).toContain(e5.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  const boxes = (vml: string) => (vml.match(/<v:shape /g) ?? []).length;
  expect(boxes(text(output, 'xl/drawings/vmlDrawing1.vml'))).toBe(boxes(text(input, 'xl/drawings/vmlDrawing1.vml')) + added.length);
}

export async function recheck(output: Parts): Promise<Report> {
  const dir = freshDir('fidelity-again');
  const path = join(dir, 'again.xlsx');
  writeFileSync(path, zipParts(output));
  const json = join(dir, 'again.json');
  const ran = await runCli(['check', path, '--json', json]);
  expect(ran.err).toEqual([]);
  return ReportSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
}


/** Every part of `input` other than `changed` is in `output` byte for byte (each part named when not). */
export function expectPartsKeptExcept(input: Parts, output: Parts, changed: Iterable<string>): void {
  const skip = new Set(changed);
  for (const name of Object.keys(input)) {
    if (!skip.has(name)) expect({ name, same: output[name] !== undefined && Buffer.from(output[name]).equals(Buffer.from(input[name])) }).toEqual({ name, same: true });
  }
}

/** `check --out` without rebalancing: the flagged sheet's fills, styles.xml and the comments are all that differ. */
export async function expectPlainCheckedCopy(input: Parts, bytes?: Uint8Array): Promise<void> {
  const { output, report, code } = await checkedCopy(input, false, bytes);
  expect(code).toBe(1);
  expect(Object.keys(output).sort()).toEqual(Object.keys(input).sort());
  expectPartsKeptExcept(input, output, ['xl/styles.xml', SHEET, ...COMMENT_PARTS]);
  expect(report.changes).toEqual([]);
  expectOnlyFillsAndValues(input, output, report);
  expectCommentsOnFlaggedCells(input, output, report);
}
