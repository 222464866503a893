// The 审核意见 workbook's styles as SpreadsheetML (xl/styles.xml): 宋体 headings, 仿宋 text, thin
// borders, the heading fill and the verdict colours. Each distinct cell style is registered once and
// cells refer to it by index, as Excel itself stores them.
import { escapeXml } from '../package/xml';

export type FontKind = 'body' | 'bodyBold' | 'heading';
export type FillColour = string | null;

export interface CellStyle {
  font: FontKind;
  /** ARGB of a solid fill, null for none. */
  fill: FillColour;
  border: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical: 'top' | 'center';
  wrap: boolean;
  /** A number format code ('@', '0', '#,##0.00', '0.0%'); undefined for General. */
  numFmt?: string;
}

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) need no <numFmt> of their own. */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '#,##0.00': 4, '@': 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** GB2312 charset and the roman family, as Excel writes 宋体 / 仿宋, so Excel outside China maps them well. */
const FONTS: Record<FontKind, { name: string; bold: boolean; index: number }> = {
  body: { name: '仿宋', bold: false, index: 0 },
  bodyBold: { name: '仿宋', bold: true, index: 1 },
  heading: { name: '宋体', bold: true, index: 2 },
};

export class StyleSheet {
  private readonly xfs: string[] = [];
  private readonly xfIndex = new Map<string, number>();
  private readonly fills: string[] = [];
  private readonly customFormats: string[] = [];

  constructor() {
    // xf 0 is the Normal style's own cell format: cells without a style use it.
    this.styleOf({ font: 'body', fill: null, border: false, vertical: 'top', wrap: false });
  }

  /** The cellXfs index of a style, registering it on first use. */
  styleOf(style: CellStyle): number {
    const key = JSON.stringify([style.font, style.fill, style.border, style.horizontal, style.vertical, style.wrap, style.numFmt]);
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.formatId(style.numFmt);
    const fillId = style.fill ? this.fillId(style.fill) : 0;
    const horizontal = style.horizontal ? ` horizontal="${style.horizontal}"` : '';
    const wrap = style.wrap ? ' wrapText="1"' : '';
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${FONTS[style.font].index}" fillId="${fillId}" borderId="${style.border ? 1 : 0}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${style.border ? ' applyBorder="1"' : ''} applyAlignment="1">` +
      `<alignment${horizontal} vertical="${style.vertical}"${wrap}/></xf>`;
    const index = this.xfs.length;
    this.xfs.push(xf);
    this.xfIndex.set(key, index);
    return index;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    let at = this.customFormats.indexOf(code);
    if (at < 0) at = this.customFormats.push(code) - 1;
    return FIRST_CUSTOM_FORMAT + at;
  }

  private fillId(argb: string): number {
    let at = this.fills.indexOf(argb);
    if (at < 0) at = this.fills.push(argb) - 1;
    // 0 and 1 are the two fills every styles part starts with (none, gray125).
    return 2 + at;
  }

  toXml(): string {
    const numFmts = this.customFormats.length
      ? `<numFmts count="${this.customFormats.length}">${this.customFormats.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`
      : '';
    const fonts = Object.values(FONTS)
      .sort((a, b) => a.index - b.index)
      .map((f) => `<font>${f.bold ? '<b/>' : ''}<sz val="11"/><name val="${f.name}"/><family val="3"/><charset val="134"/></font>`);
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...this.fills.map((argb) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`),
    ];
    const thin = ['left', 'right', 'top', 'bottom'].map((side) => `<${side} style="thin"><color indexed="64"/></${side}>`).join('');
    const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>', `<border>${thin}<diagonal/></border>`];
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      `<borders count="${borders.length}">${borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
