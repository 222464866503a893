// Conditional formats (ExcelApi 1.6) in the simulated Excel.
// Reference: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection and
// .../excel.conditionalformat. Loading a rule's properties over a collection fails when a user rule
// of another type (or one the API cannot describe) is in it: office-js#2180, office-js#6827.
import type { RangeRef } from '../engine/a1';
import { SimContext, SimObject, fail, jsonBytes } from './context';
import { overlaps, type SimConditionalFormat, type SimSheet } from './model';
import { guardProtection } from './guard';
import { simError } from './simErrors';
import type { SimWorksheet } from './worksheet';

const RULE_PATHS = ['custom/rule/formula', 'customOrNullObject/rule/formula'];

export class SimConditionalFormatCollection extends SimObject {
  constructor(
    ctx: SimContext,
    private worksheet: SimWorksheet,
    private areas: () => RangeRef[],
  ) {
    super(ctx, worksheet);
  }

  add(type: string): SimConditionalFormat$ {
    const format = new SimConditionalFormat$(this.ctx, this.worksheet);
    this.ctx.enqueue('conditionalFormats.add', () => {
      const sheet = this.worksheet.state('conditionalFormats.add');
      const areas = this.areas();
      guardProtection(sheet, areas, 'format', 'conditionalFormats.add');
      const state: SimConditionalFormat = { id: this.ctx.wb.newId('CF'), type, areas };
      sheet.conditionalFormats.push(state);
      format.bind(state);
    }, { api: '1.6' });
    return format;
  }

  protected read(names: string[]): Map<string, unknown> {
    const sheet = this.worksheet.state('conditionalFormats.load');
    const areas = this.areas();
    const formats = sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => overlaps(a, b))));
    const itemNames = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    const wantsRule = itemNames.some((n) => RULE_PATHS.includes(n));
    if (wantsRule && formats.some((cf) => cf.unreadable || (itemNames.includes('custom/rule/formula') && cf.type !== 'Custom'))) {
      throw simError('InvalidOperation', 'conditionalFormats.load');
    }
    const items = formats.map((cf) => {
      const proxy = new SimConditionalFormat$(this.ctx, this.worksheet);
      proxy.bind(cf);
      for (const name of itemNames) proxy.setLoaded(name, ruleValue(cf, name));
      return proxy;
    });
    if (this.ctx.measuring) this.ctx.addResponse(jsonBytes(formats.map((cf) => itemNames.map((n) => ruleValue(cf, n)))));
    return new Map([['items', items]]);
  }

  get items(): SimConditionalFormat$[] {
    return this.get$('items');
  }
}

function ruleValue(cf: SimConditionalFormat, name: string): unknown {
  if (name === 'id' || name === 'type') return cf[name];
  if (RULE_PATHS.includes(name)) return cf.type === 'Custom' ? cf.formula : null;
  return fail('InvalidArgument', `ConditionalFormat.load(${name})`);
}

/** One conditional format. `custom` writes go to the bound rule once `add` ran in the batch. */
export class SimConditionalFormat$ extends SimObject {
  private state?: SimConditionalFormat;
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  readonly customOrNullObject: { rule: { formula: string | null } };
  constructor(
    ctx: SimContext,
    private worksheet: SimWorksheet,
  ) {
    super(ctx, worksheet);
    const setter = (what: string, apply: (cf: SimConditionalFormat, value: string) => void) => (value: string) =>
      this.ctx.enqueue(`custom.${what}`, () => {
        const cf = this.state ?? fail('InvalidObjectPath', `custom.${what}`);
        if (cf.type !== 'Custom') throw simError('InvalidOperation', `custom.${what}`);
        apply(cf, value);
      });
    const setFormula = setter('rule.formula', (cf, v) => (cf.formula = v));
    const setFill = setter('format.fill.color', (cf, v) => (cf.fill = v));
    const loaded = this.loaded;
    this.custom = {
      rule: { set formula(v: string) { setFormula(v); }, get formula(): string { return loaded.get('custom/rule/formula') as string ?? fail('PropertyNotLoaded', 'custom.rule.formula'); } },
      format: { fill: { set color(v: string) { setFill(v); }, get color(): string { return fail('PropertyNotLoaded', 'fill.color'); } } },
    };
    this.customOrNullObject = {
      rule: {
        get formula(): string | null {
          if (!loaded.has('customOrNullObject/rule/formula')) fail('PropertyNotLoaded', 'customOrNullObject.rule.formula');
          return loaded.get('customOrNullObject/rule/formula') as string | null;
        },
      },
    };
  }

  bind(state: SimConditionalFormat): void {
    this.state = state;
  }

  protected read(names: string[]): Map<string, unknown> {
    const cf = this.state ?? fail('InvalidObjectPath', 'ConditionalFormat.load');
    if (names.some((n) => RULE_PATHS.includes(n)) && cf.unreadable) throw simError('InvalidOperation', 'ConditionalFormat.load');
    return new Map(names.map((n) => [n, ruleValue(cf, n)]));
  }

  get id(): string {
    return this.get$('id');
  }
  get type(): string {
    return this.get$('type');
  }

  delete(): void {
    this.ctx.enqueue('ConditionalFormat.delete', () => {
      const cf = this.state ?? fail('InvalidObjectPath', 'ConditionalFormat.delete');
      const sheet: SimSheet = this.worksheet.state('ConditionalFormat.delete');
      guardProtection(sheet, cf.areas, 'format', 'ConditionalFormat.delete');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}
