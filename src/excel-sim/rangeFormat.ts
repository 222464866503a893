// Range.format and Range.dataValidation of the simulated Excel (writes, and FormatProtection.locked).
// References: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat, .../excel.datavalidation.
import { rangeToA1, type RangeRef } from '../engine/a1';
import { SimObject, fail } from './context';
import { guardProtection } from './guard';
import { cellGrid, type SimSheet } from './model';
import type { SimRange } from './range';

/** Range.format: writes only (the adapter never reads formats back). Every write is a format change. */
export class SimRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  readonly protection: SimFormatProtection;
  constructor(private range: SimRange) {
    const set = (what: string, apply?: (sheet: SimSheet, area: RangeRef, value: unknown) => void) => (value: unknown) =>
      range.ctx.enqueue(`format.${what}`, () => {
        const sheet = range.sheet(`format.${what}`);
        const area = range.area(`format.${what}`);
        guardProtection(sheet, area, 'format', `format.${what}`);
        apply?.(sheet, area, value);
      });
    const setFill = set('fill.color', (sheet, area, value) => cellGrid(area).flat().forEach((a) => (sheet.touch(a).fill = String(value))));
    this.fill = { set color(value: string) { setFill(value); }, get color(): string { return fail('PropertyNotLoaded', 'fill.color'); }, clear: () => set('fill.clear', (sheet, area) => cellGrid(area).flat().forEach((a) => delete sheet.touch(a).fill))(null) };
    this.font = writeOnly(set, 'font');
    this.borders = { getItem: (edge: string) => writeOnly(set, `borders.${edge}`) };
    this.protection = new SimFormatProtection(range);
  }
  set columnWidth(points: number) {
    this.range.ctx.enqueue('format.columnWidth', () => {
      const sheet = this.range.sheet('format.columnWidth');
      const area = this.range.area('format.columnWidth');
      guardProtection(sheet, area, 'format', 'format.columnWidth');
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set wrapText(_: boolean) {
    this.write('wrapText');
  }
  set horizontalAlignment(_: string) {
    this.write('horizontalAlignment');
  }
  set verticalAlignment(_: string) {
    this.write('verticalAlignment');
  }
  private write(what: string): void {
    this.range.ctx.enqueue(`format.${what}`, () => guardProtection(this.range.sheet(what), this.range.area(what), 'format', `format.${what}`));
  }
}

/**
 * Range.format.protection (ExcelApi 1.2): `locked` is true, false, or null when the cells differ
 * (https://learn.microsoft.com/javascript/api/excel/excel.formatprotection). Changing it is a format
 * change, refused on a protected sheet.
 */
class SimFormatProtection extends SimObject {
  constructor(private range: SimRange) {
    super(range.ctx, range);
  }
  protected read(names: string[]): Map<string, unknown> {
    const sheet = this.range.sheet('protection.load');
    const cells = cellGrid(this.range.area('protection.load')).flat();
    const locked = cells.map((a) => sheet.isLocked(a));
    const value = locked.every(Boolean) ? true : locked.some(Boolean) ? null : false;
    return new Map(names.map((n) => [n, n === 'locked' ? value : fail('InvalidArgument', `protection.load(${n})`)]));
  }
  get locked(): boolean | null {
    return this.get$('locked');
  }
  set locked(value: boolean | null) {
    this.ctx.enqueue('format.protection.locked', () => {
      const sheet = this.range.sheet('protection.locked');
      const area = this.range.area('protection.locked');
      guardProtection(sheet, area, 'format', 'format.protection.locked');
      for (const a of cellGrid(area).flat()) sheet.touch(a).locked = Boolean(value);
    });
  }
}

function writeOnly(set: (what: string) => (value: unknown) => void, prefix: string): Record<string, unknown> {
  return new Proxy({}, { set: (_, prop, value) => (set(`${prefix}.${String(prop)}`)(value), true) });
}

/** Range.dataValidation (ExcelApi 1.8). */
export class SimDataValidation {
  constructor(private range: SimRange) {}
  private write(what: 'rule' | 'ignoreBlanks' | 'prompt', value: unknown): void {
    this.range.ctx.enqueue(`dataValidation.${what}`, () => {
      const sheet = this.range.sheet('dataValidation');
      const area = this.range.area('dataValidation');
      guardProtection(sheet, area, 'content', 'dataValidation');
      let entry = sheet.validations.find((v) => rangeToA1(v.area) === rangeToA1(area));
      if (!entry) sheet.validations.push((entry = { area }));
      (entry as unknown as Record<string, unknown>)[what] = value;
    }, { api: '1.8' });
  }
  set rule(value: unknown) {
    this.write('rule', value);
  }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value);
  }
  set prompt(value: unknown) {
    this.write('prompt', value);
  }
}

