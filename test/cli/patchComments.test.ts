// Comments (批注) through the patch writer: appended to a sheet's own comment and VML parts, or added
// as new parts with their relationships and content types; exceljs (as Excel) reads them back.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { patchWorkbook } from '../../src/xlsx/package/patchWorkbook';
import { DEPT, departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';

const noteText = (note: ExcelJS.Comment | string | undefined) =>
  typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');

describe('patchWorkbook({ comments })', () => {
  const input = featureWorkbookParts(departmentForm());
  const output = patchWorkbook(zipParts(input), {
    comments: [
      { sheet: DEPT, cell: 'E5', text: '财政拨款应为 6,904.16 万元', author: '绩效目标表检查' },
      { sheet: DEPT, cell: 'C5', text: '不应覆盖已有批注', author: '绩效目标表检查' },
      { sheet: '说明', cell: 'B3', text: '金额 <应为> 数字 & 单位', author: '绩效目标表检查' },
    ],
  });
  const parts = unzipSync(output);

  test('the sheet with comments keeps its own and gains the new one; nothing else of it changes', () => {
    const comments = strFromU8(parts['xl/comments1.xml']);
    const original = strFromU8(input['xl/comments1.xml']);
    expect(comments).toBe(
      original
        .replace('</author></authors>', '</author><author>绩效目标表检查</author></authors>')
        .replace('</commentList>', '<comment ref="E5" authorId="1"><text><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">财政拨款应为 6,904.16 万元</t></r></text></comment></commentList>'),
    );
    expect(strFromU8(parts['xl/drawings/vmlDrawing1.vml']).match(/<v:shape /g)).toHaveLength(2);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toBe(strFromU8(input['xl/worksheets/sheet1.xml']));
  });

  test('a sheet without comments gets new parts, linked and typed, and a legacyDrawing', () => {
    expect(strFromU8(parts['xl/comments2.xml'])).toContain('<comment ref="B3" authorId="0"><text><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">金额 &lt;应为&gt; 数字 &amp; 单位</t></r></text></comment>');
    expect(strFromU8(parts['xl/worksheets/_rels/sheet2.xml.rels'])).toMatch(/Target="..\/comments2.xml"[\s\S]*Target="..\/drawings\/vmlDrawing2.vml"/);
    expect(strFromU8(parts['[Content_Types].xml'])).toContain('<Override PartName="/xl/comments2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    expect(strFromU8(parts['xl/worksheets/sheet2.xml'])).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  test('exceljs reads every note back on its cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
    expect(noteText(workbook.getWorksheet(DEPT)?.getCell('E5').note)).toBe('财政拨款应为 6,904.16 万元');
    expect(noteText(workbook.getWorksheet(DEPT)?.getCell('C5').note)).toBe('李四:\n含上年结转');
    expect(noteText(workbook.getWorksheet('说明')?.getCell('B3').note)).toBe('金额 <应为> 数字 & 单位');
  });
});
