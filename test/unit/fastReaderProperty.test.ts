// Generated cell contents, written as raw package XML in the shapes Excel, WPS and openpyxl write
// (shared and inline strings, str/b/e/n cells, formulas with cached values, shared formulas, dates in
// date formats, entities): the fast reader reads each exactly as exceljs does, or leaves it to exceljs.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { COLUMN_ROLES_TITLES } from '../../src/engine/columnRolesSheet';
import { IGNORED_SHEET, IGNORED_TITLES } from '../../src/engine/ignoredSheet';
import { escapeXml } from '../../src/xlsx/package/xml';
import { FastReadUnsupported } from '../../src/xlsx/fast/unsupported';
import { excelJsReading, fastReading } from './fastReaderHelpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FORMATS = ['General', '0.00', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '0%', '[Red]0.0', 'h:mm', '#,##0.00_ '];

type Cell =
  | { kind: 'shared' | 'inline' | 'str' | 'rich'; text: string; style: number }
  | { kind: 'number'; value: number; style: number }
  | { kind: 'bool'; value: boolean; style: number }
  | { kind: 'error'; value: string; style: number }
  | { kind: 'formula'; formula: string; cached: string; t: string; style: number }
  | { kind: 'empty'; style: number };

const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('A&B', '<tag>', '"q"', "'a'", '&amp;lt;', '  pad ', '行\n二', '_x0041_', '目标值'));
const style = fc.integer({ min: 0, max: FORMATS.length });
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ kind: fc.constantFrom('shared' as const, 'inline' as const, 'str' as const, 'rich' as const), text, style }),
  fc.record({ kind: fc.constant('number' as const), value: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.integer({ min: 1, max: 60000 })), style }),
  fc.record({ kind: fc.constant('bool' as const), value: fc.boolean(), style }),
  fc.record({ kind: fc.constant('error' as const), value: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!'), style }),
  fc.record({ kind: fc.constant('formula' as const), formula: fc.constantFrom('SUM(A1:B2)', 'A1&"x"', '$A$1+B$2*$C3', 'IF(A1>0,"是","否")', 'Sheet1!A1+1', 'VLOOKUP(A1,$D$1:$E$9,2,FALSE)'), cached: fc.constantFrom('', '0', '1', '12.5', 'abc', '45000'), t: fc.constantFrom('', 'str', 'b', 'e', 'n'), style }),
  fc.record({ kind: fc.constant('empty' as const), style }),
);

function cellXml(c: Cell, address: string, strings: string[]): string {
  const s = c.style ? ` s="${c.style}"` : '';
  switch (c.kind) {
    case 'rich':
      // Runs of rich text, with a phonetic run and properties that are not text (Excel writes them for CJK text).
      strings.push(`<r><rPr><b/><sz val="11"/></rPr><t>${escapeXml(c.text.slice(0, 2))}</t></r><r><t xml:space="preserve">${escapeXml(c.text.slice(2))}</t></r><rPh sb="0" eb="1"><t>よみ</t></rPh><phoneticPr fontId="1" type="noConversion"/>`);
      return `<c r="${address}"${s} t="s"><v>${strings.length - 1}</v></c>`;
    case 'shared':
      strings.push(`<t xml:space="preserve">${escapeXml(c.text)}</t>`);
      return `<c r="${address}"${s} t="s"><v>${strings.length - 1}</v></c>`;
    case 'inline':
      return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.text)}</t></is></c>`;
    case 'str':
      return `<c r="${address}"${s} t="str"><v>${escapeXml(c.text)}</v></c>`;
    case 'number':
      return `<c r="${address}"${s}><v>${c.value}</v></c>`;
    case 'bool':
      return `<c r="${address}"${s} t="b"><v>${c.value ? 1 : 0}</v></c>`;
    case 'error':
      return `<c r="${address}"${s} t="e"><v>${c.value}</v></c>`;
    case 'formula':
      return `<c r="${address}"${s}${c.t ? ` t="${c.t}"` : ''}><f>${escapeXml(c.formula)}</f>${c.cached ? `<v>${c.cached}</v>` : ''}</c>`;
    case 'empty':
      return `<c r="${address}"${s}/>`;
  }
}

/** A workbook of one sheet: the generated cells in A1:Cn, a shared formula down D, one merge. */
interface Extras {
  /** An array formula in E1:E2, a merge whose anchor has no cell, a styled row 30. */
  arrayFormula: boolean;
  anchorlessMerge: boolean;
  /** A hidden second sheet, and the add-in's very hidden record sheet. */
  hiddenSheet: boolean;
  record: boolean;
  /** External links on A1 and B2 (whatever they hold), and a link inside the workbook on C1. */
  hyperlinks: boolean;
}

function extraParts(extras: Extras): Record<string, string> {
  const sheet = (rows: string) => `<?xml version="1.0"?>\r\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
  const parts: Record<string, string> = {};
  if (extras.hyperlinks) {
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://czj.example.gov.cn/a?b=1&amp;c=2" TargetMode="External"/></Relationships>`;
  }
  if (extras.hiddenSheet) parts['xl/worksheets/sheet2.xml'] = sheet('<row r="2"><c r="B2" t="inlineStr"><is><t>隐藏表</t></is></c><c r="C2"><v>7</v></c></row>');
  if (extras.record) {
    const cells = (row: number, values: string[]) => values.map((v, i) => `<c r="${'ABCDEFGHIJ'[i]}${row}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`).join('');
    parts['xl/worksheets/sheet3.xml'] = sheet(
      `<row r="1">${cells(1, [...IGNORED_TITLES, '', ...COLUMN_ROLES_TITLES])}</row><row r="2">${cells(2, ['表 & 一', 'A1', 'structure.no-table', '另表 & 填报', '2026-11-20 10:15', '', '表 & 一', 'E', 'annual', '年度'])}</row>`,
    );
  }
  return parts;
}

function workbook(cells: Cell[], sharedFrom: number, merge: boolean, date1904: boolean, extras: Extras): Uint8Array {
  const strings: string[] = [];
  const rows: string[] = [];
  for (let r = 0; r * 3 < cells.length; r++) {
    const row = r + 1;
    const xml = cells.slice(r * 3, r * 3 + 3).map((c, i) => cellXml(c, `${'ABC'[i]}${row}`, strings));
    if (row >= sharedFrom) {
      const shared = row === sharedFrom ? `<f t="shared" ref="D${row}:D${row + 5}" si="0">A${row}+$B$1*C${row}</f>` : '<f t="shared" si="0"/>';
      xml.push(`<c r="D${row}">${shared}<v>${row}</v></c>`);
    }
    if (extras.arrayFormula && row <= 2) xml.push(row === 1 ? '<c r="E1"><f t="array" ref="E1:E2">A1:A2*2</f><v>5</v></c>' : '<c r="E2"><v>6</v></c>');
    rows.push(`<row r="${row}">${xml.join('')}</row>`);
  }
  if (extras.anchorlessMerge) rows.push('<row r="30" s="2" customFormat="1"><c r="H30"><v>1</v></c></row>');
  const mergeRefs = [...(merge ? ['B1:C2'] : []), ...(extras.anchorlessMerge ? ['F30:G31'] : [])];
  const merges = mergeRefs.length ? `<mergeCells count="${mergeRefs.length}">${mergeRefs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
  const links = extras.hyperlinks ? `<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B2" r:id="rId1" tooltip="t"/><hyperlink ref="C1" location="'说明'!A1"/></hyperlinks>` : '';
  const numFmts = FORMATS.map((code, i) => `<numFmt numFmtId="${176 + i}" formatCode="${escapeXml(code)}"/>`).join('');
  const xfs = ['<xf numFmtId="0"/>', ...FORMATS.map((_, i) => `<xf numFmtId="${176 + i}" applyNumberFormat="1"/>`)].join('');
  const parts: Record<string, string> = {
    ...extraParts(extras),
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="表 &amp; 一" sheetId="1" r:id="rId1"/>${extras.hiddenSheet ? '<sheet name="说明" sheetId="2" state="hidden" r:id="rId4"/>' : ''}${extras.record ? `<sheet name="${IGNORED_SHEET}" sheetId="3" state="veryHidden" r:id="rId5"/>` : ''}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId5" Type="${REL}/worksheet" Target="/xl/worksheets/sheet3.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="${FORMATS.length}">${numFmts}</numFmts><cellXfs count="${FORMATS.length + 1}">${xfs}</cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${merges}${links}</worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="${MAIN}">${strings.map((t) => `<si>${t}</si>`).join('')}</sst>`,
  };
  const zippable: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) zippable[name] = strToU8(xml);
  return zipSync(zippable);
}

const extrasArb: fc.Arbitrary<Extras> = fc.record({ arrayFormula: fc.boolean(), anchorlessMerge: fc.boolean(), hiddenSheet: fc.boolean(), record: fc.boolean(), hyperlinks: fc.boolean() });

describe('the fast reader on generated cell contents', () => {
  it('reads every generated workbook as exceljs does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 24 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), fc.boolean(), extrasArb, async (cells, sharedFrom, merge, date1904, extras) => {
        const bytes = workbook(cells, sharedFrom, merge, date1904, extras);
        const fast = fastReading(bytes);
        // A merge whose anchor has no cell on a styled row is the one shape left to exceljs here.
        if (!extras.anchorlessMerge) expect(fast).not.toBeInstanceOf(FastReadUnsupported);
        if (!(fast instanceof FastReadUnsupported)) expect(fast).toEqual(await excelJsReading(bytes));
      }),
      { numRuns: 150, seed: 1417 },
    );
    // 150 workbooks each loaded by exceljs: about 2 s alone, several times that on a busy machine.
  }, 30_000);
});

describe('the fast reader on one workbook of every extra shape', () => {
  it('reads rich text without its phonetic run, shared and array formulas, hidden sheets and the record sheet', async () => {
    const cells: Cell[] = [
      { kind: 'rich', text: '目标值高', style: 0 },
      { kind: 'number', value: 45000.5, style: 3 },
      { kind: 'formula', formula: 'A1&"x"', cached: 'abc', t: 'str', style: 0 },
    ];
    const bytes = workbook(cells, 1, false, false, { arrayFormula: true, anchorlessMerge: false, hiddenSheet: true, record: true, hyperlinks: false });
    const fast = fastReading(bytes);
    if (fast instanceof FastReadUnsupported) throw fast;
    expect(fast).toEqual(await excelJsReading(bytes));
    const [form, hidden] = fast.snapshot.sheets;
    expect(form.text[0].slice(0, 3)).toEqual(['目标值高', '2023-03-15', 'abc']);
    expect(form.formulas[0].slice(3)).toEqual(['=A1+$B$1*C1', '=A1:A2*2']);
    expect(hidden.name).toBe('说明');
    expect(fast.ignored).toEqual([{ sheet: '表 & 一', cell: 'A1', rule: 'structure.no-table', reason: '另表 & 填报' }]);
    expect(fast.columnRoles).toEqual([expect.objectContaining({ sheet: '表 & 一', column: 'E', role: 'annual' })]);
  });
});
