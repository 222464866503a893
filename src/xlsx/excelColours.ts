// Colours as an .xlsx stores them (ARGB, a theme slot with a tint, or an index into the legacy
// palette) as "#RRGGBB". Theme slots use the default Office theme: a workbook's own theme is rare in
// government forms and exceljs does not expose it parsed.

/** The default Office theme, in the order fills and fonts index it (lt1, dk1, lt2, dk2, accents 1–6). */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** The legacy indexed palette (indexes 0–63); 64 is the system foreground, 65 the background. */
const INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 ' +
  '000000 FFFFFF'
).split(' ');

export interface ExcelColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

export function excelColour(colour: Partial<ExcelColour> | undefined): string | undefined {
  if (!colour) return undefined;
  if (typeof colour.argb === 'string' && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(colour.argb)) {
    return `#${colour.argb.slice(-6).toUpperCase()}`;
  }
  if (typeof colour.theme === 'number' && THEME[colour.theme]) return `#${applyTint(THEME[colour.theme], colour.tint ?? 0)}`;
  if (typeof colour.indexed === 'number' && INDEXED[colour.indexed]) return `#${INDEXED[colour.indexed]}`;
  return undefined;
}

/** Excel's tint: towards white for a positive tint, towards black for a negative one (on luminance). */
function applyTint(hex: string, tint: number): string {
  if (tint === 0) return hex;
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [h, s, l] = toHsl(channels);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return toRgb(h, s, lum)
    .map((c) => Math.round(c).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function toHsl([r, g, b]: number[]): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function toRgb(h: number, s: number, l: number): number[] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => c * 255);
}
