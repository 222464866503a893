/** Puts params into a string-table template: fill('错误 {n}', { n: 3 }) → '错误 3'. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
