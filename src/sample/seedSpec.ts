// The seed workbook built from the product owner's text (DESIGN.md §1): one sheet per `#` heading,
// a title row, then one row per line and one column per tab, amounts stored as numbers.
import seedText from './seed.txt';
import { columnLetters, toA1 } from '../engine/a1';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../engine/schema';

const HEADING = /^#{1,6}\s+(.*)$/;
const BLANK = /^\s*$/;
/** "6,336.55", "0.00", "252,900.00": an amount as the form prints it. */
const DECIMAL_AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;
const GROUPED_INTEGER = /^-?\d{1,3}(,\d{3})+$/;
const PLAIN_INTEGER = /^-?(0|[1-9]\d*)$/;
/** Labels whose plain-digit values are money (2026年预算金额 …), shown as "0" rather than General. */
const MONEY_LABEL = /金额|资金|经费/;

export const MAX_SHEET_NAME = 31;
const LABEL_WIDTH = 16;
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;

interface Section {
  heading: string;
  lines: string[];
}

export function parseSeedText(text: string): WorkbookSpec {
  const used = new Set<string>();
  const sheets = splitSections(text).map((section) => {
    const sheet = sectionToSheet(section);
    sheet.name = uniqueSheetName(sheet.name, used);
    return sheet;
  });
  return { sheets };
}

export function seedWorkbookSpec(): WorkbookSpec {
  return parseSeedText(seedText);
}

function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  for (const line of text.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) sections.push({ heading: heading[1].trim(), lines: [] });
    else if (sections.length > 0) sections[sections.length - 1].lines.push(line);
  }
  for (const section of sections) {
    while (section.lines.length > 0 && BLANK.test(section.lines[0])) section.lines.shift();
    while (section.lines.length > 0 && BLANK.test(section.lines[section.lines.length - 1])) section.lines.pop();
  }
  return sections;
}

function sectionToSheet(section: Section): SheetSpec {
  const cells: Record<string, CellSpec> = {};
  cells.A1 = { value: section.heading, style: { bold: true, fontSize: 14 } };
  section.lines.forEach((line, index) => {
    const row = index + 2;
    const texts = line.split('\t');
    texts.forEach((text, i) => {
      if (text === '') return;
      const label = texts.slice(0, i).reverse().find((t) => t.trim() !== '') ?? '';
      cells[toA1(row, i + 1)] = cellFromText(text, label);
    });
  });
  const name = cells.A2?.value === '项目名称' && typeof cells.B2?.value === 'string' ? cells.B2.value : section.heading;
  return { name, cells, merges: [], columnWidths: columnWidths(cells), validations: [] };
}

/** A cell as the form holds it: amounts as numbers with the format that displays them as written. */
export function cellFromText(text: string, label: string): CellSpec {
  if (DECIMAL_AMOUNT.test(text)) return { value: Number(text.replace(/,/g, '')), numFmt: '#,##0.00' };
  if (GROUPED_INTEGER.test(text)) return { value: Number(text.replace(/,/g, '')), numFmt: '#,##0' };
  if (PLAIN_INTEGER.test(text) && text.length <= 15) {
    return { value: Number(text), numFmt: MONEY_LABEL.test(label) ? '0' : 'General' };
  }
  // Long text wraps in a real form; the value stays exactly as written.
  return text.length > 30 ? { value: text, style: { wrap: true, vAlign: 'top' } } : { value: text };
}

/** Excel's rules: no []:*?/\, at most 31 characters, no leading or trailing apostrophe. */
export function sanitizeSheetName(name: string): string {
  let clean = name.replace(/[[\]:*?/\\]/g, '').trim().replace(/^'+|'+$/g, '');
  if (clean.length > MAX_SHEET_NAME) {
    clean = clean.slice(0, MAX_SHEET_NAME);
    if (/[\uD800-\uDBFF]$/.test(clean)) clean = clean.slice(0, -1);
  }
  return clean === '' ? 'Sheet' : clean;
}

/** Excel compares sheet names case-insensitively; a taken name gets " (2)", " (3)" … within 31 characters. */
export function uniqueSheetName(name: string, used: Set<string>): string {
  const base = sanitizeSheetName(name);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Display width in Excel's character units: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

function columnWidths(cells: Record<string, CellSpec>): Record<string, number> {
  const widest = new Map<string, number>();
  for (const [address, cell] of Object.entries(cells)) {
    if (address === 'A1') continue; // the title spans the sheet
    const letters = address.replace(/\d+$/, '');
    widest.set(letters, Math.max(widest.get(letters) ?? 0, displayWidth(String(cell.value))));
  }
  const widths: Record<string, number> = {};
  const columns = [...widest.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const letters of columns) {
    widths[letters] = letters === columnLetters(1) ? LABEL_WIDTH : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest.get(letters)! + 2));
  }
  return widths;
}
