// What Excel displays for a raw value under a number format code (range.text), for the formats
// performance-target workbooks use. Rounding is done on the decimal string Excel itself works with
// (15 significant digits), half away from zero, so 1.005 shows "1.01" as it does in Excel.
import Big from 'big.js';
import { parseFormat, type Token } from './numberFormatTokens';
import type { CellValue } from './schema';

const ROUND_HALF_UP = 1; // big.js: nearest, ties away from zero

export function formatCellText(value: CellValue, numFmt: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const { sections, shown } = parsedFormat(numFmt);
  if (typeof value === 'string') return formatText(value, sections);
  if (!Number.isFinite(value)) return '#NUM!';
  // A workbook repeats a few formats over thousands of numbers, many of them the same (0, 100, totals).
  let text = shown.get(value);
  if (text === undefined) {
    if (shown.size >= 10_000) shown.clear();
    text = formatNumber(value, sections);
    shown.set(value, text);
  }
  return text;
}
/** Each format parsed once, with the numbers it has shown: both pure, bounded. */
const formats = new Map<string, { sections: Token[][]; shown: Map<number, string> }>();

function parsedFormat(numFmt: string): { sections: Token[][]; shown: Map<number, string> } {
  let format = formats.get(numFmt);
  if (!format) {
    if (formats.size >= 1_000) formats.clear();
    format = { sections: parseFormat(numFmt && numFmt.trim() !== '' ? numFmt : 'General'), shown: new Map() };
    formats.set(numFmt, format);
  }
  return format;
}

/** Excel's General format: at most 11 characters of digits and point, scientific beyond that. */
export function formatGeneral(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? '0' : '#NUM!';
  const sign = value < 0 ? '-' : '';
  const abs = exact(Math.abs(value));
  if (abs.gte(1e11) || abs.lt(1e-9)) return sign + scientific(abs, 5, 2, true, true);
  const intDigits = abs.gte(1) ? abs.round(0, 0).toFixed().length : 1;
  const fixed = abs.round(Math.max(0, 10 - intDigits), ROUND_HALF_UP).toFixed();
  return sign + stripZeros(fixed);
}

function exact(n: number): Big {
  return new Big(n.toPrecision(15));
}

function stripZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

function scientific(abs: Big, decimals: number, expDigits: number, plus: boolean, trim: boolean): string {
  const [mantissa, exponent] = abs.toExponential(decimals, ROUND_HALF_UP).split('e');
  const expNum = Number(exponent);
  const expText = String(Math.abs(expNum)).padStart(expDigits, '0');
  const expSign = expNum < 0 ? '-' : plus ? '+' : '';
  return `${trim ? stripZeros(mantissa) : mantissa}E${expSign}${expText}`;
}

function formatText(text: string, sections: Token[][]): string {
  const section = sections.length >= 4 ? sections[3] : sections.length === 1 ? sections[0] : undefined;
  if (!section || !section.some((t) => t.kind === 'text')) return text;
  return section.map((t) => (t.kind === 'text' ? text : t.kind === 'lit' ? t.text : '')).join('');
}

function formatNumber(value: number, sections: Token[][]): string {
  let section = sections[0];
  let signed = value;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    signed = -value; // the negative section writes its own sign, if any
  } else if (value === 0 && sections.length >= 3) section = sections[2];

  const has = (kind: Token['kind']) => section.some((t) => t.kind === kind);
  if (has('date')) return formatDate(signed, section);
  if (has('general') || (!has('digit') && has('text'))) {
    return section.map((t) => (t.kind === 'general' || t.kind === 'text' ? formatGeneral(signed) : t.kind === 'lit' ? t.text : '')).join('');
  }
  if (!has('digit')) {
    return section.map((t) => (t.kind === 'lit' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  }
  // Fractions ("# ?/?") are not used by these forms: shown as General rather than guessed.
  if (section.some((t) => t.kind === 'lit' && t.text === '/')) return formatGeneral(value);
  if (has('exp')) return formatScientific(signed, section);
  return renderDigits(signed, section);
}

function renderDigits(value: number, section: Token[]): string {
  const isNumeric = (t: Token) => t.kind === 'digit' || t.kind === 'point';
  const start = section.findIndex(isNumeric);
  let end = start;
  section.forEach((t, i) => isNumeric(t) && (end = i));
  const pointIndex = section.findIndex((t, i) => t.kind === 'point' && i >= start && i <= end);
  const intTokens = section.slice(start, pointIndex >= 0 ? pointIndex : end + 1);
  const decTokens = pointIndex >= 0 ? section.slice(pointIndex + 1, end + 1).filter((t) => t.kind === 'digit') : [];

  const grouping = intTokens.some((t, i) => t.kind === 'comma' && intTokens.slice(i + 1).some((u) => u.kind === 'digit'));
  // Commas right after the last integer placeholder divide by 1000 each ("#,##0," shows thousands).
  let scale = 0;
  for (let i = intTokens.length - 1; i >= 0 && intTokens[i].kind === 'comma'; i--) scale++;
  if (pointIndex < 0) for (let i = end + 1; section[i]?.kind === 'comma'; i++) scale++;
  const percents = section.filter((t) => t.kind === 'percent').length;

  const abs = exact(Math.abs(value))
    .times(new Big(100).pow(percents))
    .div(new Big(1000).pow(scale))
    .round(decTokens.length, ROUND_HALF_UP);
  const [intRaw, fracRaw = ''] = abs.toFixed(decTokens.length).split('.');

  const intZeros = intTokens.filter((t) => t.kind === 'digit' && t.ch === '0').length;
  let intText = intRaw === '0' && intZeros === 0 ? '' : intRaw.padStart(intZeros, '0');
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = fracRaw.split('');
  for (let i = frac.length - 1; i >= 0 && frac[i] === '0'; i--) {
    const placeholder = decTokens[i] as { ch: string };
    if (placeholder.ch === '0') break;
    frac[i] = placeholder.ch === '?' ? ' ' : '';
  }
  const number = intText + (pointIndex >= 0 ? '.' + frac.join('') : '');

  let out = '';
  section.forEach((t, i) => {
    if (i === start) out += number;
    if (t.kind === 'lit') out += t.text; // literals inside the number land after it: rare in these forms
    else if (t.kind === 'percent') out += '%';
  });
  return (value < 0 ? '-' : '') + out;
}

function formatScientific(value: number, section: Token[]): string {
  const expIndex = section.findIndex((t) => t.kind === 'exp');
  const before = section.slice(0, expIndex);
  const pointIndex = before.findIndex((t) => t.kind === 'point');
  const decimals = pointIndex < 0 ? 0 : before.slice(pointIndex).filter((t) => t.kind === 'digit').length;
  const after = section.slice(expIndex + 1);
  let expDigits = 0;
  while (after[expDigits]?.kind === 'digit') expDigits++;
  const exp = section[expIndex] as { kind: 'exp'; plus: boolean };
  const abs = exact(Math.abs(value));
  const text = abs.eq(0) ? `${(0).toFixed(decimals)}E${exp.plus ? '+' : ''}${'0'.repeat(expDigits)}` : scientific(abs, decimals, expDigits, exp.plus, false);
  const prefix = section.slice(0, section.findIndex((t) => t.kind === 'digit')).map((t) => (t.kind === 'lit' ? t.text : '')).join('');
  const suffix = after.slice(expDigits).map((t) => (t.kind === 'lit' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  return (value < 0 ? '-' : '') + prefix + text + suffix;
}

/** A serial date under a date format (Excel's 1900 system): yyyy yy m mm mmm mmmm d dd ddd dddd h hh m mm s ss AM/PM. */
function formatDate(serial: number, section: Token[]): string {
  if (serial < 0) return formatGeneral(serial);
  const parts = dateParts(serial);
  const dates = section.filter((t): t is Extract<Token, { kind: 'date' }> => t.kind === 'date');
  const twelveHour = dates.some((t) => t.ch === 'a');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return section
    .map((t) => {
      if (t.kind === 'lit') return t.text;
      if (t.kind === 'percent') return '%';
      // Beside a date, commas and points are plain text (dddd, mmmm d); fractions of a second are not shown.
      if (t.kind === 'comma') return ',';
      if (t.kind === 'point') return '.';
      if (t.kind === 'digit') return t.ch === '0' ? '0' : '';
      if (t.kind !== 'date') return '';
      const at = dates.indexOf(t);
      switch (t.ch) {
        case 'y':
          return t.count <= 2 ? pad(parts.year % 100, 2) : pad(parts.year, 4);
        case 'm':
          if (isMinute(dates, at)) return pad(parts.minute, Math.min(t.count, 2));
          if (t.count >= 5) return MONTHS[parts.month - 1][0];
          if (t.count === 4) return MONTHS[parts.month - 1];
          if (t.count === 3) return MONTHS[parts.month - 1].slice(0, 3);
          return pad(parts.month, t.count);
        case 'd':
          if (t.count >= 4) return DAYS[parts.weekday];
          if (t.count === 3) return DAYS[parts.weekday].slice(0, 3);
          return pad(parts.day, t.count);
        case 'h': {
          // [h]: elapsed hours; with AM/PM a 12-hour clock.
          const hour = t.elapsed ? parts.totalHours : twelveHour ? ((parts.hour + 11) % 12) + 1 : parts.hour;
          return pad(hour, Math.min(t.count, 2));
        }
        case 's':
          return pad(parts.second, Math.min(t.count, 2));
        case 'a':
          return parts.hour < 12 ? 'AM' : 'PM';
        default:
          return '';
      }
    })
    .join('');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** m is minutes right after an hour or right before seconds, as Excel reads it. */
function isMinute(dates: Array<{ ch: string }>, at: number): boolean {
  return dates[at - 1]?.ch === 'h' || dates[at + 1]?.ch === 's';
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  totalHours: number;
}

/** The calendar parts of a serial: day 1 is 1900-01-01, and Excel's 29 February 1900 (day 60) is kept. */
function dateParts(serial: number): DateParts {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days += 1;
    seconds -= 86400;
  }
  const time = { hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60, totalHours: days * 24 + Math.floor(seconds / 3600) };
  // Excel counts serial 1 as a Sunday and keeps the weekdays of its leap-day bug throughout.
  const weekday = (days + 6) % 7;
  if (days === 0) return { year: 1900, month: 1, day: 0, weekday, ...time };
  if (days === 60) return { year: 1900, month: 2, day: 29, weekday, ...time };
  const date = new Date(Date.UTC(1899, 11, days > 60 ? 30 : 31) + days * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday, ...time };
}
