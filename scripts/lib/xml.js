// A small, strict XML parser for the add-in manifest: elements, attributes, text, comments, CDATA,
// the XML declaration and the five predefined entities plus character references. No DTDs.
// Plain Node so `npm run validate` needs nothing beyond what is installed.
'use strict';

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(message, offset, source) {
    const line = source.slice(0, offset).split('\n').length;
    super(`${message} (line ${line})`);
    this.name = 'XmlError';
  }
}

function decode(text, offset, source) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole, ref) => {
    if (ref === undefined) throw new XmlError('bare "&" (write &amp;)', offset, source);
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(ref in ENTITIES)) throw new XmlError(`unknown entity &${ref};`, offset, source);
    return ENTITIES[ref];
  });
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const ATTR = /\s+([A-Za-z_:][-A-Za-z0-9_.:]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;

/**
 * Parses a document into `{ name, attributes, children, text }` elements (children: elements only;
 * text: the element's own text, concatenated). Throws XmlError on malformed input.
 */
function parseXml(source) {
  let pos = 0;
  const stack = [];
  let root = null;

  const fail = (message) => {
    throw new XmlError(message, pos, source);
  };
  const skipTo = (marker, what) => {
    const end = source.indexOf(marker, pos);
    if (end < 0) fail(`unterminated ${what}`);
    const body = source.slice(pos, end);
    pos = end + marker.length;
    return body;
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const text = source.slice(pos, lt < 0 ? source.length : lt);
    if (text.length > 0) {
      if (stack.length === 0) {
        if (text.trim() !== '') fail('text outside the root element');
      } else {
        stack[stack.length - 1].text += decode(text, pos, source);
      }
    }
    if (lt < 0) break;
    pos = lt;
    if (source.startsWith('<?', pos)) {
      pos += 2;
      skipTo('?>', 'processing instruction');
    } else if (source.startsWith('<!--', pos)) {
      pos += 4;
      skipTo('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', pos)) {
      pos += 9;
      const body = skipTo(']]>', 'CDATA section');
      if (stack.length === 0) fail('CDATA outside the root element');
      stack[stack.length - 1].text += body;
    } else if (source.startsWith('<!', pos)) {
      fail('DTDs are not supported in a manifest');
    } else if (source.startsWith('</', pos)) {
      pos += 2;
      NAME.lastIndex = pos;
      const m = NAME.exec(source);
      if (!m) fail('bad closing tag');
      pos = NAME.lastIndex;
      const open = stack.pop();
      if (!open || open.name !== m[0]) fail(`</${m[0]}> does not close <${open ? open.name : '(nothing)'}>`);
      const rest = skipTo('>', 'closing tag');
      if (rest.trim() !== '') fail(`junk in </${m[0]}>`);
    } else {
      pos += 1;
      NAME.lastIndex = pos;
      const m = NAME.exec(source);
      if (!m) fail('bad opening tag');
      pos = NAME.lastIndex;
      const element = { name: m[0], attributes: {}, children: [], text: '' };
      for (;;) {
        ATTR.lastIndex = pos;
        const a = ATTR.exec(source);
        if (!a) break;
        if (a[1] in element.attributes) fail(`duplicate attribute ${a[1]}`);
        element.attributes[a[1]] = decode(a[3] !== undefined ? a[3] : a[4], pos, source);
        pos = ATTR.lastIndex;
      }
      const close = /\s*(\/?)>/y;
      close.lastIndex = pos;
      const c = close.exec(source);
      if (!c) fail(`malformed tag <${element.name}>`);
      pos = close.lastIndex;
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) fail('more than one root element');
      else root = element;
      if (c[1] !== '/') stack.push(element);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) fail('no root element');
  return root;
}

/** The local part of a possibly prefixed name: `bt:Image` → `Image`. */
function localName(name) {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Direct children with the given local name. */
function childrenNamed(element, name) {
  return element.children.filter((c) => localName(c.name) === name);
}

/** All descendants with the given local name, in document order. */
function descendantsNamed(element, name) {
  const found = [];
  const walk = (e) => {
    for (const c of e.children) {
      if (localName(c.name) === name) found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}

module.exports = { parseXml, localName, childrenNamed, descendantsNamed, XmlError };
