// Comments (批注) added to a sheet as Excel stores them: a comments part listing each note's cell,
// author and text, and a legacy VML drawing holding the note's box. A sheet that already has comments
// keeps them; the new ones are appended to its parts. A cell that already has a comment keeps it.
import { parseA1 } from '../../engine/a1';
import { addPart } from './contentParts';
import { relationshipsOf } from './workbookParts';
import type { PartSet } from './zip';
import { attr, elements, escapeXml, prefixOf } from './xml';

export interface CommentEdit {
  sheet: string;
  cell: string;
  text: string;
  author: string;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** Elements that follow <legacyDrawing> in a worksheet (CT_Worksheet order). */
const AFTER_LEGACY = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>';

function shape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:160pt;height:60pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"/>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

function freeName(parts: PartSet, pattern: (n: number) => string): string {
  let n = 1;
  while (parts.get(pattern(n))) n++;
  return pattern(n);
}

/** Adds `comments` (all on the sheet held in `sheetPart`); returns the sheet XML, changed if need be. */
export function addComments(parts: PartSet, sheetPart: string, sheetXml: string, comments: CommentEdit[]): string {
  if (!comments.length) return sheetXml;
  const rels = relationshipsOf(parts, sheetPart);
  let commentsPart = rels.find((r) => r.type.endsWith('/comments') && parts.get(r.target))?.target;
  let vmlPart = rels.find((r) => r.type.endsWith('/vmlDrawing') && parts.get(r.target))?.target;
  let xml = sheetXml;
  if (!commentsPart) {
    commentsPart = freeName(parts, (n) => `xl/comments${n}.xml`);
    addPart(parts, sheetPart, commentsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`, COMMENTS_TYPE, `${REL}/comments`);
  }
  if (!vmlPart) {
    vmlPart = freeName(parts, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    const id = addPart(parts, sheetPart, vmlPart, VML_HEAD, VML_TYPE, `${REL}/vmlDrawing`);
    xml = withLegacyDrawing(xml, id);
  }
  let commentsXml = parts.text(commentsPart) as string;
  let vml = parts.text(vmlPart) as string;
  const p = prefixOf(commentsXml, 'comments');
  const taken = new Set(elements(commentsXml, `${p}comment`).map(({ tag }) => attr(tag, 'ref')));
  const authors = elements(commentsXml, `${p}author`).map((a) => a.text.replace(/^<[^>]*>|<\/[^>]*>$/g, ''));
  let nextShape = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const newAuthors: string[] = [];
  const list: string[] = [];
  const shapes: string[] = [];
  for (const c of comments) {
    if (taken.has(c.cell)) continue;
    taken.add(c.cell);
    const author = escapeXml(c.author);
    let authorId = [...authors, ...newAuthors].indexOf(author);
    if (authorId < 0) authorId = authors.length + newAuthors.push(author) - 1;
    // One run, as Excel writes a note's text (some readers take only runs).
    list.push(`<${p}comment ref="${c.cell}" authorId="${authorId}"><${p}text><${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(c.text)}</${p}t></${p}r></${p}text></${p}comment>`);
    const { row, col } = parseA1(c.cell);
    shapes.push(shape(nextShape++, row, col));
  }
  commentsXml = appendInside(commentsXml, `${p}authors`, newAuthors.map((a) => `<${p}author>${a}</${p}author>`).join(''));
  commentsXml = appendInside(commentsXml, `${p}commentList`, list.join(''));
  vml = vml.replace(/<\/xml>\s*$/, `${shapes.join('')}</xml>`);
  parts.setText(commentsPart, commentsXml);
  parts.setText(vmlPart, vml);
  return xml;
}

function appendInside(xml: string, qname: string, children: string): string {
  if (!children) return xml;
  const found = elements(xml, qname)[0];
  if (!found) return xml;
  if (found.tag.endsWith('/>')) return xml.slice(0, found.start) + `${found.tag.slice(0, -2)}>${children}</${qname}>` + xml.slice(found.end);
  const close = found.end - `</${qname}>`.length;
  return xml.slice(0, close) + children + xml.slice(close);
}

function withLegacyDrawing(xml: string, id: string): string {
  const p = prefixOf(xml, 'worksheet');
  const rPrefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml)?.[1];
  const element = rPrefix ? `<${p}legacyDrawing ${rPrefix}:id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${REL}" r:id="${id}"/>`;
  for (const name of AFTER_LEGACY) {
    const next = elements(xml, `${p}${name}`)[0];
    if (next) return xml.slice(0, next.start) + element + xml.slice(next.start);
  }
  return xml.replace(new RegExp(`</${p}worksheet>\\s*$`), `${element}</${p}worksheet>`);
}
