/* Base of the fake's proxies: loaded properties are readable only after a sync. */
import type { FakeContext } from './fakeContext';

export abstract class FakeObject {
  loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  load(props?: string | string[]): this {
    const list = typeof props === 'string' ? props.split(',') : (props ?? []);
    const names = list.map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.resolve(names));
    return this;
  }
  protected abstract resolve(names: string[]): void;
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new Error(`PropertyNotLoaded: "${name}" was read before load() and sync()`);
    }
    return this.loaded.get(name) as T;
  }
  set$(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  /** *OrNullObject results: Office loads isNullObject at the next sync without being asked. */
  protected autoLoadNullness(exists: () => boolean): void {
    this.ctx.enqueue(() => this.loaded.set('isNullObject', !exists()));
  }
}

