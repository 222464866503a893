// Where a package keeps its parts: the workbook part from the package relationships, each sheet's part
// and the styles and calculation-chain parts from the workbook's relationships. Targets may be relative
// (Excel) or absolute (openpyxl writes "/xl/worksheets/sheet1.xml").
import { PackageError, type PartSet } from './zip';
import { attr, elements, prefixOf } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the source part's folder, without a leading slash. */
  target: string;
  external: boolean;
}

export interface WorkbookParts {
  workbook: string;
  /** Sheet name → worksheet part name (chartsheets and dialog sheets are left out). */
  sheets: Map<string, string>;
  styles?: string;
  calcChain?: string;
}

export function relsNameOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationshipsOf(parts: PartSet, part: string): Relationship[] {
  const xml = parts.text(relsNameOf(part));
  if (xml === undefined) return [];
  // A reading asks for the workbook's and each sheet's relationships several times: parsed once per text.
  const known = readRelationships.get(parts)?.get(part);
  if (known?.xml === xml) return known.rels;
  const rels = parseRelationships(xml, part);
  if (!readRelationships.has(parts)) readRelationships.set(parts, new Map());
  readRelationships.get(parts)?.set(part, { xml, rels });
  return rels;
}
const readRelationships = new WeakMap<PartSet, Map<string, { xml: string; rels: Relationship[] }>>();

function parseRelationships(xml: string, part: string): Relationship[] {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const prefix = prefixOf(xml, 'Relationship');
  return elements(xml, `${prefix}Relationship`).map(({ tag }) => {
    const external = attr(tag, 'TargetMode') === 'External';
    const raw = attr(tag, 'Target') ?? '';
    return { id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: external ? raw : resolvePartName(folder, raw), external };
  });
}

export function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

const typeIs = (rel: Relationship, kind: string) => rel.type.endsWith(`/${kind}`);

export function workbookPartsOf(parts: PartSet): WorkbookParts {
  const office = relationshipsOf(parts, '').find((rel) => typeIs(rel, 'officeDocument'));
  const workbook = office?.target ?? 'xl/workbook.xml';
  const xml = parts.text(workbook);
  // A zip without a workbook part (a .docx, an .xlsb, any archive) is not a workbook at all.
  if (xml === undefined) throw new PackageError('这不是 Excel 工作簿（.xlsx）', 'this is not an Excel workbook (.xlsx)');
  const rels = relationshipsOf(parts, workbook);
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets = new Map<string, string>();
  for (const { tag } of elements(xml, `${prefixOf(xml, 'sheet')}sheet`)) {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const rel = id === undefined ? undefined : byId.get(id);
    const name = attr(tag, 'name');
    if (name !== undefined && rel && typeIs(rel, 'worksheet')) sheets.set(name, rel.target);
  }
  return {
    workbook,
    sheets,
    styles: rels.find((rel) => typeIs(rel, 'styles'))?.target,
    calcChain: rels.find((rel) => typeIs(rel, 'calcChain'))?.target,
  };
}

/** `target` (a part name) as a relative target from a part in `folder` ("xl/worksheets/"). */
export function relativePath(folder: string, target: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}
