/** Appends `items` to `out` in place: the rule families gather hits this way, without spread copies. */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
}
