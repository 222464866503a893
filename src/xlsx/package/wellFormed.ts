// Is a part well-formed XML, and if not, on which line does it break? The fast reader asks of every
// part it is given; a workbook that failed to load asks to name the broken part and line.
import { relationshipsOf, workbookPartsOf } from './workbookParts';
import { xmlErrorOffset } from './xmlScan';
import { PackageError, PartSet, readParts } from './zip';

/** The line (1-based) where `xml` stops being well-formed, or undefined when it is well-formed. */
export function xmlErrorLine(xml: string): number | undefined {
  const offset = xmlErrorOffset(xml);
  return offset < 0 ? undefined : xml.slice(0, offset).split('\n').length;
}

/**
 * The first part a workbook cannot be read without — the workbook, each worksheet, the shared strings,
 * the styles — that is not well-formed XML, as the error naming it; undefined if none is.
 */
export function brokenXmlPart(input: Uint8Array): PackageError | undefined {
  let parts: PartSet;
  let where: ReturnType<typeof workbookPartsOf>;
  try {
    parts = new PartSet(readParts(input));
    where = workbookPartsOf(parts);
  } catch {
    return undefined;
  }
  const shared = relationshipsOf(parts, where.workbook).find((rel) => rel.type.endsWith('/sharedStrings'))?.target;
  const named: [string, string | undefined][] = [
    [where.workbook, undefined],
    ...[...where.sheets].map(([sheet, part]): [string, string] => [part, sheet]),
    ...[shared, where.styles].filter((p): p is string => p !== undefined).map((p): [string, undefined] => [p, undefined]),
  ];
  for (const [part, sheet] of named) {
    const xml = parts.text(part);
    const line = xml === undefined ? undefined : xmlErrorLine(xml);
    if (line === undefined) continue;
    const name = parts.get(part)?.name ?? part;
    return new PackageError(
      `文件已损坏：${name}${sheet === undefined ? '' : `（工作表「${sheet}」）`}不是有效的 XML（第 ${line} 行）`,
      `the file is damaged: ${name}${sheet === undefined ? '' : ` (sheet "${sheet}")`} is not valid XML (line ${line})`,
    );
  }
  return undefined;
}
