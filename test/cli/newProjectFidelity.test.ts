// `new-project --into` on a workbook with every feature a real one carries: the copy is the input's
// package plus one worksheet part, with workbook.xml, its relationships, the content types, the
// titles in docProps/app.xml and the formats appended to styles.xml the only other parts changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { readWorkbookFile } from '../../src/cli/xlsxRead';
import { readSheet } from '../../src/engine/layout/readSheet';
import { ReportSchema } from '../../src/engine/schema';
import { addSheetToPackage, SheetExistsError } from '../../src/xlsx/package/addSheet';
import { attr, elements } from '../../src/xlsx/package/xml';
import { DEPT, departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { freshDir, runCli } from './cliHarness';
import { expectPartsKeptExcept } from './fidelityHelpers';

type Parts = Record<string, Uint8Array>;
const NEW = '培训经费';
const NEW_PART = 'xl/worksheets/sheet3.xml';
const text = (parts: Parts, name: string) => strFromU8(parts[name]);

/** The feature workbook, its app.xml listing sheet titles and named ranges as Excel writes them. */
function input(): Parts {
  const parts = featureWorkbookParts(departmentForm());
  parts['docProps/app.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
      `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>${DEPT}</vt:lpstr><vt:lpstr>说明</vt:lpstr><vt:lpstr>${DEPT}!Print_Titles</vt:lpstr><vt:lpstr>是否</vt:lpstr></vt:vector></TitlesOfParts><Company>某市财政局</Company></Properties>`,
  );
  return parts;
}

async function newProjectInto(parts: Parts, extra: string[] = []): Promise<{ path: string; out: string; output: Parts; code: number; err: string[] }> {
  const dir = freshDir('new-project-fidelity');
  const path = join(dir, 'input.xlsx');
  writeFileSync(path, zipParts(parts));
  const out = join(dir, 'with-project.xlsx');
  const ran = await runCli(['new-project', '--into', path, '--out', out, '--name', NEW, '--amount', '80000', '--type', '培训', '--year', '2026', ...extra]);
  return { path, out, output: ran.code === 0 ? unzipSync(readFileSync(out)) : {}, code: ran.code, err: ran.err };
}

describe('new-project --into patches the package: every part of the feature workbook is kept', () => {
  const parts = input();
  let result: Awaited<ReturnType<typeof newProjectInto>>;
  beforeAll(async () => {
    result = await newProjectInto(parts);
  });

  test('one new worksheet part; every other part but five is the input’s byte for byte', () => {
    expect([result.code, result.err]).toEqual([0, []]);
    const { output } = result;
    expect(Object.keys(output).sort()).toEqual([...Object.keys(parts), NEW_PART].sort());
    expectPartsKeptExcept(parts, output, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml', NEW_PART]);
  });

  test('workbook.xml, its relationships and the content types gain the sheet and nothing else', () => {
    const { output } = result;
    const workbook = text(parts, 'xl/workbook.xml')
      .replace('</sheets>', `<sheet name="${NEW}" sheetId="3" r:id="rId6"/></sheets>`)
      .replace('</definedNames>', `<definedName name="_xlnm.Print_Area" localSheetId="2">'${NEW}'!$A$1:$F$30</definedName></definedNames>`);
    expect(text(output, 'xl/workbook.xml')).toBe(workbook);
    const rel = '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>';
    expect(text(output, 'xl/_rels/workbook.xml.rels')).toBe(text(parts, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', `${rel}</Relationships>`));
    const override = `<Override PartName="/${NEW_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
    expect(text(output, '[Content_Types].xml')).toBe(text(parts, '[Content_Types].xml').replace('</Types>', `${override}</Types>`));
    const app = text(parts, 'docProps/app.xml')
      .replace('<vt:i4>2</vt:i4>', '<vt:i4>3</vt:i4>')
      .replace('<vt:vector size="4" baseType="lpstr">', '<vt:vector size="5" baseType="lpstr">')
      .replace('<vt:lpstr>说明</vt:lpstr>', `<vt:lpstr>说明</vt:lpstr><vt:lpstr>${NEW}</vt:lpstr>`);
    expect(text(output, 'docProps/app.xml')).toBe(app);
  });

  test('styles.xml keeps every format where it was; the new ones are appended and use the workbook’s font', () => {
    const before = text(parts, 'xl/styles.xml');
    const after = text(result.output, 'xl/styles.xml');
    for (const list of ['fonts', 'fills', 'borders', 'cellXfs', 'numFmts']) {
      const children = (xml: string) => elements(elements(xml, list)[0].text, list === 'cellXfs' ? 'xf' : list.slice(0, -1)).map((e) => e.text);
      const old = children(before);
      const now = children(after);
      expect({ list, kept: now.slice(0, old.length) }).toEqual({ list, kept: old });
      expect(attr(elements(after, list)[0].tag, 'count')).toBe(String(now.length));
    }
    expect(after.slice(after.indexOf('<cellStyleXfs'))).toBe(before.slice(before.indexOf('<cellStyleXfs')).replace(/<cellXfs[\s\S]*<\/cellXfs>/, elements(after, 'cellXfs')[0].text));
    expect(elements(elements(after, 'fonts')[0].text, 'font').slice(3).every((f) => f.text.includes('<name val="等线"/>'))).toBe(true);
  });

  test('the new sheet reads back in exceljs with its cells, merges, dropdowns and print area', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([DEPT, '说明', NEW]);
    const ws = workbook.getWorksheet(NEW)!;
    expect([ws.getCell('A1').value, ws.getCell('B2').value, ws.getCell('B8').value]).toEqual(['项目绩效目标表', NEW, 80000]);
    expect(ws.getCell('B8').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, name: '等线' });
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:F1', 'B2:F2', 'A15:A30']));
    expect(ws.getCell('B17').dataValidation.formulae).toEqual(['"成本指标,产出指标,效益指标,满意度指标"']);
    expect(ws.getCell('C20').dataValidation.formulae).toEqual(['"数量指标,质量指标,时效指标"']);
    expect(ws.getCell('E16').dataValidation).toMatchObject({ type: 'any', showInputMessage: true, promptTitle: expect.stringContaining('指标值') });
    expect(ws.getColumn('D').width).toBe(36);
  });

  test('our own reader reads it as a project form, and `check` finds it as one', async () => {
    const snapshot = await readWorkbookFile(result.out);
    const sheet = snapshot.sheets.find((s) => s.name === NEW)!;
    const { model } = readSheet(sheet);
    expect(model.kind).toBe('project');
    expect(model.header['项目名称'].value).toBe(NEW);
    expect(model.header['年度预算金额'].amount).toMatchObject({ value: '80000', unit: '元' });
    const json = join(freshDir('new-project-fidelity-check'), 'report.json');
    const ran = await runCli(['check', result.out, '--json', json]);
    expect([0, 1]).toContain(ran.code);
    const report = ReportSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(report.sheets.map((s) => [s.name, s.kind])).toEqual(expect.arrayContaining([[DEPT, 'department'], [NEW, 'project']]));
  });

  test('a name that exists is refused in one line and nothing is written', async () => {
    const again = await newProjectInto(parts, ['--sheet', '说明']);
    expect(again.code).toBe(2);
    expect(again.err).toEqual(['工作簿中已有名为“说明”的工作表，请换一个名称（可用 --sheet 指定工作表名称） / The workbook already has a sheet named “说明”; choose another name (--sheet names the sheet)']);
  });

  test('the package writer refuses a name taken in another case, as Excel compares sheet names', () => {
    const renamed = { ...parts, 'xl/workbook.xml': strToU8(text(parts, 'xl/workbook.xml').replace('name="说明"', 'name="Notes"')) };
    const spec = { name: 'NOTES', cells: { A1: { value: '甲' } }, merges: [], columnWidths: {}, validations: [] };
    expect(() => addSheetToPackage(zipParts(renamed), spec)).toThrow(new SheetExistsError('Notes'));
    expect(unzipSync(addSheetToPackage(zipParts(renamed), { ...spec, name: 'Notes 2' }))[NEW_PART]).toBeDefined();
  });

  test('a LibreOffice-saved workbook gets the sheet too, every other part but four kept byte for byte', async () => {
    const saved = unzipSync(readFileSync(join(__dirname, '..', 'fixtures', 'libreoffice', 'featureWorkbook.xlsx')));
    const lo = await newProjectInto(saved);
    expect([lo.code, lo.err]).toEqual([0, []]);
    expect(Object.keys(lo.output).sort()).toEqual([...Object.keys(saved), NEW_PART].sort());
    expectPartsKeptExcept(saved, lo.output, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', NEW_PART]);
    const sheet = (await readWorkbookFile(lo.out)).sheets.find((s) => s.name === NEW)!;
    expect(readSheet(sheet).model.kind).toBe('project');
  });
});
