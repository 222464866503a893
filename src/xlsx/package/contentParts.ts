// Adding and dropping parts the OPC way: the relationship from the source part and the content-type
// override travel with the part.
import { relativePath, relsNameOf } from './workbookParts';
import type { PartSet } from './zip';
import { attr, elements, escapeXml, prefixOf } from './xml';

const CONTENT_TYPES = '[Content_Types].xml';

/** Removes `part`, the relationships pointing at it from `source`, and its content-type override. */
export function dropPart(parts: PartSet, source: string, part: string): void {
  parts.remove(part);
  const relsName = relsNameOf(source);
  const rels = parts.text(relsName);
  if (rels !== undefined) {
    const p = prefixOf(rels, 'Relationship');
    const file = part.slice(part.lastIndexOf('/') + 1).toLowerCase();
    const pointing = elements(rels, `${p}Relationship`).filter(({ tag }) => (attr(tag, 'Target') ?? '').split('/').pop()?.toLowerCase() === file);
    parts.setText(relsName, cut(rels, pointing));
  }
  const types = parts.text(CONTENT_TYPES);
  if (types !== undefined) {
    const p = prefixOf(types, 'Types');
    const overrides = elements(types, `${p}Override`).filter(({ tag }) => (attr(tag, 'PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase());
    parts.setText(CONTENT_TYPES, cut(types, overrides));
  }
}

/** Adds a part with its content type and a relationship from `source`; returns the relationship id. */
export function addPart(parts: PartSet, source: string, part: string, text: string, contentType: string, relType: string): string {
  parts.setText(part, text);
  const types = parts.text(CONTENT_TYPES) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
  const tp = prefixOf(types, 'Types');
  parts.setText(CONTENT_TYPES, types.replace(new RegExp(`</${tp}Types>\\s*$`), `<${tp}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/></${tp}Types>`));
  const relsName = relsNameOf(source);
  const rels = parts.text(relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const rp = prefixOf(rels, 'Relationships');
  const ids = new Set(elements(rels, `${rp}Relationship`).map(({ tag }) => attr(tag, 'Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  parts.setText(relsName, rels.replace(new RegExp(`</${rp}Relationships>\\s*$`), `<${rp}Relationship Id="${id}" Type="${relType}" Target="${escapeXml(relativePath(source.slice(0, source.lastIndexOf('/') + 1), part))}"/></${rp}Relationships>`));
  return id;
}

function cut(xml: string, found: { start: number; end: number }[]): string {
  let out = xml;
  for (const { start, end } of [...found].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
  return out;
}
