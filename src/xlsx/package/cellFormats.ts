// Cell formats a new sheet needs, appended to styles.xml: fonts derived from the workbook's default
// font (so a new sheet keeps 等线 or 宋体), solid fills, thin borders, custom number formats and the
// <xf>s combining them. Nothing existing is renumbered or changed, only counts; equal formats are shared.
import type { CellStyle } from '../../engine/schema';
import { appendTo } from './stylesPatch';
import { attr, elements, escapeXml, prefixOf, withAttr } from './xml';

/** Excel's built-in number formats a template uses, by format code. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const DEFAULT_FILLS = '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>';
const rgbOf = (hex: string) => `FF${hex.replace(/^#/, '').toUpperCase()}`;

export class CellFormats {
  private readonly p: string;
  private readonly added = { numFmts: [] as string[], fonts: [] as string[], fills: [] as string[], borders: [] as string[], cellXfs: [] as string[] };
  private readonly counts: Record<keyof CellFormats['added'], number>;
  private readonly xfs: string[];
  private readonly numFmtIds = new Map<string, number>();
  private readonly known = new Map<string, number>();
  private readonly defaultFont: string;

  constructor(private readonly xml: string) {
    const p = (this.p = prefixOf(xml, 'styleSheet'));
    const inner = (name: string, child: string) => elements(elements(xml, `${p}${name}`)[0]?.text ?? '', `${p}${child}`);
    this.xfs = inner('cellXfs', 'xf').map((x) => x.text);
    const numFmts = inner('numFmts', 'numFmt');
    for (const { tag } of numFmts) this.numFmtIds.set(attr(tag, 'formatCode') ?? '', Number(attr(tag, 'numFmtId')));
    const fonts = inner('fonts', 'font');
    this.defaultFont = fonts[0]?.text ?? `<${p}font><${p}sz val="11"/><${p}name val="宋体"/><${p}charset val="134"/></${p}font>`;
    this.counts = { numFmts: numFmts.length, fonts: fonts.length, fills: inner('fills', 'fill').length, borders: inner('borders', 'border').length, cellXfs: this.xfs.length };
  }

  /** The format index of a cell in `style` with `numFmt`, added if no equal format was added before. */
  format(style: CellStyle = {}, numFmt?: string): number {
    const p = this.p;
    const numFmtId = numFmt ? this.numFmt(numFmt) : 0;
    const fontId = style.bold || style.fontSize || style.fontColor ? this.font(style) : 0;
    const fillId = style.fill ? this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgbOf(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`) : 0;
    const thin = (side: string) => `<${p}${side} style="thin"><${p}color indexed="64"/></${p}${side}>`;
    const borderId = style.border ? this.add('borders', `<${p}border>${['left', 'right', 'top', 'bottom'].map(thin).join('')}<${p}diagonal/></${p}border>`) : 0;
    const align = [
      style.hAlign && `horizontal="${style.hAlign}"`,
      style.vAlign && `vertical="${style.vAlign === 'middle' ? 'center' : style.vAlign}"`,
      style.wrap && 'wrapText="1"',
    ].filter(Boolean);
    if (!numFmtId && !fontId && !fillId && !borderId && !align.length) return 0;
    const applied = [numFmtId && 'applyNumberFormat="1"', fontId && 'applyFont="1"', fillId && 'applyFill="1"', borderId && 'applyBorder="1"', align.length && 'applyAlignment="1"'].filter(Boolean);
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied.map((a) => ` ${a}`).join('')}`;
    return this.add('cellXfs', align.length ? `${head}><${p}alignment ${align.join(' ')}/></${p}xf>` : `${head}/>`);
  }

  /** Format `base` of the workbook with its number format replaced by `numFmt` (a copied look). */
  withNumFmt(base: number, numFmt: string): number {
    const source = this.xfs[base] ?? this.xfs[0];
    const numFmtId = this.numFmt(numFmt);
    if (!source || Number(attr(source, 'numFmtId') ?? 0) === numFmtId) return source ? base : 0;
    const start = /^<[^>]*>/.exec(source)?.[0] ?? '';
    return this.add('cellXfs', withAttr(withAttr(start, 'numFmtId', String(numFmtId)), 'applyNumberFormat', '1') + source.slice(start.length));
  }

  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  toXml(): string {
    const p = this.p;
    let xml = this.xml;
    const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'].map((n) => p + n);
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const) {
      const list = this.added[name];
      if (!list.length) continue;
      // A styles part without fonts or fills still has Excel's default ones first (see add()).
      const reserved = this.counts[name] > 0 ? '' : name === 'fills' ? DEFAULT_FILLS.replace(/<(\/?)/g, `<$1${p}`) : name === 'fonts' ? this.defaultFont : '';
      const reservedCount = reserved ? (name === 'fills' ? 2 : 1) : 0;
      xml = appendTo(xml, p + name, reserved + list.join(''), this.counts[name] + reservedCount + list.length, order.slice(order.indexOf(p + name) + 1));
    }
    return xml;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = Math.max(175, ...this.numFmtIds.values()) + 1;
    this.numFmtIds.set(code, id);
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(style: CellStyle): number {
    const p = this.p;
    const drop = new RegExp(`<${p}(b|sz|color)(?=[\\s/>])[^>]*?(/>|>[\\s\\S]*?</${p}\\1>)`, 'g');
    const base = this.defaultFont.replace(/^<[^>]*>|<\/[^>]*>$/g, '');
    const size = style.fontSize ?? Number(attr(/<(?:[\w.-]+:)?sz\s[^>]*>/.exec(base)?.[0] ?? '', 'val') ?? 11);
    const color = style.fontColor ? `<${p}color rgb="${rgbOf(style.fontColor)}"/>` : (new RegExp(`<${p}color\\s[^>]*/>`).exec(base)?.[0] ?? '');
    return this.add('fonts', `<${p}font>${style.bold ? `<${p}b/>` : ''}<${p}sz val="${size}"/>${color}${base.replace(drop, '')}</${p}font>`);
  }

  /** The index of `element` in its list: an equal one added before, or a new one after the existing. */
  private add(list: keyof CellFormats['added'], element: string): number {
    const key = `${list}:${element}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const reserved = this.counts[list] > 0 ? 0 : list === 'fills' ? 2 : list === 'fonts' ? 1 : 0;
    const index = this.counts[list] + reserved + this.added[list].push(element) - 1;
    this.known.set(key, index);
    return index;
  }
}
