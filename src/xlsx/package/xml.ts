// Small, exact XML text surgery: the patch writer changes an attribute or an element and leaves every
// other byte of a part as it was, which a parse-and-serialise round trip would not.

/** The value of attribute `name` in a start tag, unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let pattern = attrPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  if (!match) return undefined;
  const value = match[1] ?? match[2];
  return value.includes('&') ? unescapeXml(value) : value;
}
/** One compiled pattern per attribute name: a sheet asks for r, s and t of every cell. */
const attrPatterns = new Map<string, RegExp>();

/** The start tag with attribute `name` set to `value` (replaced in place, or added before the end). */
export function withAttr(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, (_, slash: string) => ` ${name}="${escapeXml(value)}"${slash}>`);
}

export function withoutAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** The namespace prefix ("x:" or "") a part uses for the element named `local`. */
export function prefixOf(xml: string, local: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
  return match?.[1] ?? '';
}

/** Every element `<p:local …/>` or `<p:local …>…</p:local>` (not nested in itself) with its offsets. */
export function elements(xml: string, qname: string, from = 0, to = xml.length): { start: number; end: number; tag: string; text: string }[] {
  const found: { start: number; end: number; tag: string; text: string }[] = [];
  const open = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])[^>]*>`, 'g');
  open.lastIndex = from;
  const close = `</${qname}>`;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tag = m[0];
    let end = m.index + tag.length;
    if (!tag.endsWith('/>')) {
      const closing = xml.indexOf(close, end);
      end = closing < 0 ? end : closing + close.length;
    }
    found.push({ start: m.index, end, tag, text: xml.slice(m.index, end) });
    open.lastIndex = end;
  }
  return found;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] as string;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Markup the fast reader's scan does not read as an XML parser would (CDATA, comments, DTDs, unknown entities). */
const UNPLAIN_XML = /<!\[CDATA\[|<!--|<!DOCTYPE|<!ENTITY|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Line ends as an XML parser hands them on: CR LF and a lone CR become LF (XML 1.0, 2.11). */
export function parserLineEnds(xml: string): string {
  return xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml;
}

/** Whether `xml` holds only markup that a regular-expression scan reads exactly as an XML parser does. */
export function isPlainXml(xml: string): boolean {
  return !UNPLAIN_XML.test(xml);
}
