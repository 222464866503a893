// Highlight fills added to styles.xml: new <fill>s appended after the existing ones and, for every cell
// format a flagged cell used, one clone of that <xf> naming the new fill, appended to <cellXfs>.
// Nothing is renumbered, so every other cell keeps its format index and its look.
import { attr, elements, prefixOf, withAttr } from './xml';

const DEFAULT_FILLS = '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>';

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  `<fills count="2">${DEFAULT_FILLS}</fills>` +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export class StylesPatch {
  private readonly p: string;
  private readonly fillIndex = new Map<string, number>();
  private readonly newFills: string[] = [];
  private readonly xfIndex = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly fillCount: number;
  private readonly xfs: string[];

  constructor(private readonly xml: string) {
    this.p = prefixOf(xml, 'styleSheet');
    const fills = elements(xml, `${this.p}fills`)[0];
    this.fillCount = fills ? elements(fills.text, `${this.p}fill`).length : 0;
    const cellXfs = elements(xml, `${this.p}cellXfs`)[0];
    this.xfs = cellXfs ? elements(cellXfs.text, `${this.p}xf`).map((xf) => xf.text) : [];
  }

  /** The cell format index that looks like `base` with a solid `rgb` ("FFC7CE") fill. */
  filled(base: number, rgb: string): number {
    const key = `${base}:${rgb}`;
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    const fillId = this.fill(rgb);
    const source = this.xfs[base] ?? this.xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const start = /^<[^>]*>/.exec(source)?.[0] ?? '';
    let tag = withAttr(withAttr(start, 'fillId', String(fillId)), 'applyFill', '1');
    if (attr(tag, 'xfId') === undefined) tag = withAttr(tag, 'xfId', '0');
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(tag + source.slice(start.length));
    this.xfIndex.set(key, index);
    return index;
  }

  private fill(rgb: string): number {
    const known = this.fillIndex.get(rgb);
    if (known !== undefined) return known;
    // A file without fills still shows Excel's two reserved ones first.
    const index = Math.max(this.fillCount, 2) + this.newFills.length;
    const p = this.p;
    this.newFills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor rgb="FF${rgb}"/></${p}patternFill></${p}fill>`);
    this.fillIndex.set(rgb, index);
    return index;
  }

  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  /** styles.xml with the new fills and formats appended. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    const reserved = this.fillCount === 0 ? DEFAULT_FILLS.replace(/<(\/?)/g, `<$1${this.p}`) : '';
    xml = appendTo(xml, `${this.p}fills`, reserved + this.newFills.join(''), this.fillCount === 0 ? 2 + this.newFills.length : this.fillCount + this.newFills.length, [
      'borders', 'cellStyleXfs', 'cellXfs',
    ].map((n) => this.p + n));
    xml = appendTo(xml, `${this.p}cellXfs`, this.newXfs.join(''), this.xfs.length + this.newXfs.length, [`${this.p}cellStyles`, `${this.p}dxfs`]);
    return xml;
  }
}

/** Appends `children` to the element `qname` and sets its count; creates it before the first of `before` if absent. */
export function appendTo(xml: string, qname: string, children: string, count: number, before: string[]): string {
  const found = elements(xml, qname)[0];
  if (found) {
    const start = withAttr(found.tag.replace(/\/>$/, '>'), 'count', String(count));
    const inner = found.tag.endsWith('/>') ? '' : found.text.slice(found.tag.length, found.text.length - `</${qname}>`.length);
    return xml.slice(0, found.start) + start + inner + children + `</${qname}>` + xml.slice(found.end);
  }
  const element = `<${qname} count="${count}">${children}</${qname}>`;
  for (const name of before) {
    const next = elements(xml, name)[0];
    if (next) return xml.slice(0, next.start) + element + xml.slice(next.start);
  }
  return xml.replace(/(<\/[\w.-]*:?styleSheet>)\s*$/, `${element}$1`);
}
