// A part that is not well-formed XML is named, with its line, in the one line `check` prints: the
// workbook part, a worksheet, the shared strings and the styles, each damaged in a generated workbook.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8 } from 'fflate';
import { xmlErrorLine } from '../../src/xlsx/package/wellFormed';
import { departmentForm, featureWorkbookParts, zipParts } from '../fixtures/featureWorkbook';
import { freshDir, runCli } from './cliHarness';

type Damage = [part: string, damage: (xml: string) => string, line: number, zh: string, en: string];

const damages: Damage[] = [
  ['xl/workbook.xml', (x) => x.replace('<sheets>', '\n<sheets>').replace('r:id="rId2"/>', 'r:id="rId2">'), 3, 'xl/workbook.xml', 'xl/workbook.xml'],
  ['xl/worksheets/sheet2.xml', (x) => x.replace('<row r="3">', '\n<row r="3">').replace('<c r="A3" t="inlineStr">', '<c r="A3" t="inlineStr"'), 3, 'xl/worksheets/sheet2.xml（工作表「说明」）', 'xl/worksheets/sheet2.xml (sheet "说明")'],
  ['xl/sharedStrings.xml', (x) => x.replace('<si>', '\n<si>').replace('</t></si>', '</t></s>'), 3, 'xl/sharedStrings.xml', 'xl/sharedStrings.xml'],
  ['xl/styles.xml', (x) => x.replace('<fonts count="3"', '\n\n<fonts count=3'), 4, 'xl/styles.xml', 'xl/styles.xml'],
];

describe('a part that is not XML is named with its line', () => {
  test.each(damages)('%s', async (part, damage, line, zh, en) => {
    const parts = featureWorkbookParts(departmentForm());
    const xml = damage(strFromU8(parts[part]));
    expect(xmlErrorLine(xml)).toBe(line);
    parts[part] = strToU8(xml);
    const path = join(freshDir('broken-xml'), 'broken.xlsx');
    writeFileSync(path, zipParts(parts));
    const ran = await runCli(['check', path]);
    expect(ran.code).toBe(2);
    expect(ran.out).toEqual([]);
    expect(ran.err).toEqual([`${path}：无法读取 — 文件已损坏：${zh}不是有效的 XML（第 ${line} 行） / cannot read — the file is damaged: ${en} is not valid XML (line ${line})`]);
  });

  test('every part of a well-formed workbook passes, and the checker finds what a parser would', () => {
    for (const [name, data] of Object.entries(featureWorkbookParts(departmentForm()))) {
      if (/\.(xml|rels|vml)$/.test(name)) expect({ name, line: xmlErrorLine(strFromU8(data)) }).toEqual({ name, line: undefined });
    }
    expect(xmlErrorLine('<?xml version="1.0"?>\n<a><![CDATA[<x>]]><!-- <y> --><b c=\'1\'/>&amp;&#x4e00;</a>\n')).toBeUndefined();
    expect(xmlErrorLine('<a>\n<b>\n</a>')).toBe(3);
    expect(xmlErrorLine('<a>\n<b/>& </a>')).toBe(2);
    expect(xmlErrorLine('<a>\n<b/>')).toBe(2);
    expect(xmlErrorLine('<a/>\n<b/>')).toBe(2);
    expect(xmlErrorLine('')).toBe(1);
  });
});
