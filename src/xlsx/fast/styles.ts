// Number formats of the cell formats (cellXfs) in styles.xml, as exceljs resolves them: a custom
// <numFmt> by id, else exceljs's table of built-in ids; id 0 (or none) is no format at all.
import { attr, elements, isPlainXml } from '../package/xml';
import { unsupported } from './unsupported';

/** exceljs's built-in format codes (lib/xlsx/defaultnumformats.js, the ids with one code for all locales). */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};

/** The number format of each cellXfs entry (undefined where exceljs gives the cell none). */
export function cellFormatCodes(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  if (!isPlainXml(xml) || /<[\w.-]+:(styleSheet|numFmt|xf)[\s/>]/.test(xml)) unsupported('styles part');
  const custom: string[] = [];
  const list = elements(xml, 'numFmts')[0]?.text ?? '';
  for (const { tag } of elements(list, 'numFmt')) {
    const code = rawAttr(tag, 'formatCode');
    const id = parseInt(rawAttr(tag, 'numFmtId') ?? '', 10);
    if (code === undefined) unsupported('numFmt without formatCode');
    custom[id] = code.replace(/[\\](.)/g, '$1');
  }
  const cellXfs = elements(xml, 'cellXfs')[0];
  if (!cellXfs) return [];
  return elements(cellXfs.text, 'xf').map(({ tag }) => {
    const id = parseInt(rawAttr(tag, 'numFmtId') ?? '', 10);
    if (!id) return undefined;
    return custom[id] || BUILT_IN[id] || undefined;
  });
}

/** An attribute as an XML parser gives it; values with characters a parser would normalise are not read here. */
function rawAttr(tag: string, name: string): string | undefined {
  const value = attr(tag, name);
  if (value !== undefined && /[\t\n\r]/.test(value)) unsupported(`attribute ${name} with line breaks`);
  return value;
}

/** exceljs's test for a date format: date letters outside quotes and brackets (asked per cell, answered per format). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let answer = dateFormats.get(format);
  if (answer === undefined) {
    if (dateFormats.size >= 1_000) dateFormats.clear();
    answer = /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    dateFormats.set(format, answer);
  }
  return answer;
}
const dateFormats = new Map<string, boolean>();
