/* Conditional formats in the fake (see fakeWorkbook.ts). */
import type { RangeRef } from '../../src/engine/a1';
import { rangeToA1 } from '../../src/engine/a1';
import type { FakeContext, WorksheetProxy } from './fakeContext';
import { FakeObject } from './fakeObject';
import { overlaps, parseAreas, type FakeConditionalFormat } from './fakeWorkbook';

export class ConditionalFormatsProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private sheet: WorksheetProxy,
    private areas: () => RangeRef[],
  ) {
    super(ctx);
  }
  add(type: string): ConditionalFormatProxy {
    const format = new ConditionalFormatProxy(this.ctx);
    this.ctx.enqueue(() => {
      this.sheet.writable();
      const address = this.areas().map(rangeToA1).join(',');
      format.state = { id: this.ctx.wb.newConditionalFormatId(), sheet: this.sheet.sheetName, address, type };
      this.ctx.wb.conditionalFormats.push(format.state);
      this.ctx.wb.record(`${this.sheet.sheetName}!${address}`, 'conditionalFormats.add()', type);
    });
    return format;
  }
  protected resolve(names: string[]): void {
    this.sheet.state();
    const areas = this.areas();
    const items = this.ctx.wb.conditionalFormats
      .filter((cf) => cf.sheet === this.sheet.sheetName && parseAreas(cf.address).some((a) => areas.some((b) => overlaps(a, b))))
      .map((cf) => {
        const proxy = new ConditionalFormatProxy(this.ctx);
        proxy.state = cf;
        for (const name of names) proxy.resolveLoaded(name.replace(/^items\//, ''));
        return proxy;
      });
    this.loaded.set('items', items);
  }
  get items(): ConditionalFormatProxy[] {
    return this.read('items');
  }
}

class ConditionalFormatProxy extends FakeObject {
  state?: FakeConditionalFormat;
  readonly custom = {
    rule: {} as { formula: string },
    format: { fill: {} as { color: string } },
  };
  readonly customOrNullObject: { rule: { formula: string } };
  constructor(ctx: FakeContext) {
    super(ctx);
    const setter = (apply: (cf: FakeConditionalFormat, value: string) => void, what: string) => ({
      set: (value: string) =>
        ctx.enqueue(() => {
          const cf = this.state as FakeConditionalFormat;
          apply(cf, value);
          ctx.wb.record(`cf:${cf.id}`, what, value);
        }),
      get: () => {
        throw new Error(`the fake does not read back ${what}`);
      },
    });
    Object.defineProperty(this.custom.rule, 'formula', setter((cf, v) => (cf.formula = v), 'custom.rule.formula'));
    Object.defineProperty(this.custom.format.fill, 'color', setter((cf, v) => (cf.fill = v), 'custom.format.fill.color'));
    const loaded = this.loaded;
    this.customOrNullObject = {
      rule: {
        get formula(): string {
          if (!loaded.has('customOrNullObject/rule/formula')) throw new Error('PropertyNotLoaded: custom rule formula');
          return loaded.get('customOrNullObject/rule/formula') as string;
        },
      },
    };
  }
  resolveLoaded(name: string): void {
    const cf = this.state as FakeConditionalFormat;
    if (name === 'id' || name === 'type') this.loaded.set(name, cf[name]);
    else if (name === 'customOrNullObject/rule/formula') this.loaded.set(name, cf.type === 'Custom' ? cf.formula : null);
    else throw new Error(`the fake cannot load ConditionalFormat.${name}`);
  }
  protected resolve(names: string[]): void {
    for (const name of names) this.resolveLoaded(name);
  }
  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const cf = this.state as FakeConditionalFormat;
      this.ctx.wb.writableSheet(cf.sheet);
      this.ctx.wb.conditionalFormats = this.ctx.wb.conditionalFormats.filter((c) => c !== cf);
      this.ctx.wb.record(`cf:${cf.id}`, 'delete()');
    });
  }
}
