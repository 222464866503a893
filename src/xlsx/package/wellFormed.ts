// Is a part well-formed XML, and if not, on which line does it break? Used only once a workbook has
// failed to load, to name the broken part and line instead of the parser's bare message.
import { relationshipsOf, workbookPartsOf } from './workbookParts';
import { PackageError, PartSet, readParts } from './zip';

const NAME = '[^\\s/>!?=<"\']+';
const ATTRS = `(?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*`;
/** Markup alternatives in order: comment, CDATA, processing instruction, doctype, end tag, start tag. */
const TOKEN = new RegExp(`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|<!DOCTYPE[^>]*>|</(${NAME})\\s*>|<(${NAME})(${ATTRS})\\s*(/?)>|[^<]+`, 'y');
const BAD_AMP = /&(?![A-Za-z_][\w.-]*;|#\d+;|#x[0-9a-fA-F]+;)/;

/** The line (1-based) where `xml` stops being well-formed, or undefined when it is well-formed. */
export function xmlErrorLine(xml: string): number | undefined {
  const open: string[] = [];
  let roots = 0;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  TOKEN.lastIndex = at;
  const lineOf = (offset: number) => xml.slice(0, offset).split('\n').length;
  while (at < xml.length) {
    const m = TOKEN.exec(xml);
    if (!m) return lineOf(at);
    const [token, endName, startName, attrs, selfClosing] = m;
    if (endName !== undefined) {
      if (open.pop() !== endName) return lineOf(at);
    } else if (startName !== undefined) {
      if (open.length === 0 && ++roots > 1) return lineOf(at);
      if (BAD_AMP.test(attrs)) return lineOf(at);
      if (!selfClosing) open.push(startName);
    } else if (token[0] !== '<') {
      // Text: only whitespace outside the root element, and no bare ampersand anywhere.
      if ((open.length === 0 && token.trim() !== '') || BAD_AMP.test(token)) return lineOf(at);
    }
    at = TOKEN.lastIndex;
  }
  return open.length > 0 || roots === 0 ? lineOf(xml.length) : undefined;
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
