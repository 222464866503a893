/**
 * @jest-environment jsdom
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkManifest, pngSize } from '../../scripts/lib/manifestChecks';
import { rewriteManifest } from '../../scripts/lib/manifestUrl';

const ROOT = join(__dirname, '..', '..');
const SOURCE = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const DEV = 'https://localhost:3000';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml does not parse: ${error.textContent}`);
  return doc;
}

const doc = parse(SOURCE);
const root = doc.documentElement;

/** The one element with this (qualified) tag name under `scope`. */
function one(tag: string, scope: Element | Document = doc): Element {
  const found = Array.from(scope.getElementsByTagName(tag));
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0];
}

function direct(parent: Element, tag: string): Element {
  const found = Array.from(parent.children).filter((c) => c.tagName === tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}> in <${parent.tagName}>, found ${found.length}`);
  return found[0];
}

function zhOverride(element: Element): string | null {
  const o = Array.from(element.children).find((c) => /(^|:)Override$/.test(c.tagName) && c.getAttribute('Locale') === 'zh-CN');
  return o ? o.getAttribute('Value') : null;
}

function resource(id: string): Element {
  const found = Array.from(one('Resources').querySelectorAll('*')).filter((e) => e.getAttribute('id') === id);
  if (found.length !== 1) throw new Error(`expected one resource "${id}", found ${found.length}`);
  return found[0];
}

describe('manifest.xml', () => {
  it('is a task-pane add-in manifest with the required top-level elements', () => {
    expect(root.tagName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(direct(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(direct(root, 'Version').textContent).toBe('0.1.0.0');
    expect(direct(root, 'ProviderName').textContent).toBe('budget-check');
    expect(direct(root, 'DefaultLocale').textContent).toBe('en-US');
    expect(direct(root, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(direct(direct(root, 'Hosts'), 'Host').getAttribute('Name')).toBe('Workbook');
    expect(direct(direct(root, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toBe(`${DEV}/taskpane.html`);
  });

  it('keeps the schema order of the top-level elements', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    expect(Array.from(root.children).map((c) => c.tagName)).toEqual(order);
  });

  it('has the display name and description in English with zh-CN overrides', () => {
    const name = direct(root, 'DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('Budget performance-target check');
    expect(zhOverride(name)).toBe('绩效目标表检查');
    const description = direct(root, 'Description');
    expect(description.getAttribute('DefaultValue')).toMatch(/performance-target workbooks/);
    expect(zhOverride(description)).toMatch(/^提交前检查部门整体和项目绩效目标表/);
  });

  it('declares ExcelApi 1.7 as the floor', () => {
    const sets = direct(direct(root, 'Requirements'), 'Sets');
    expect(sets.getAttribute('DefaultMinVersion')).toBe('1.1');
    const set = direct(sets, 'Set');
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['ExcelApi', '1.7']);
  });

  it('points icons, support page and app domain at the dev server', () => {
    expect(direct(root, 'IconUrl').getAttribute('DefaultValue')).toBe(`${DEV}/assets/icon-32.png`);
    expect(direct(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')).toBe(`${DEV}/assets/icon-64.png`);
    expect(direct(root, 'SupportUrl').getAttribute('DefaultValue')).toBe(`${DEV}/help.html`);
    expect(direct(direct(root, 'AppDomains'), 'AppDomain').textContent).toBe(DEV);
  });

  it('uses https://localhost:3000 for every URL', () => {
    const urls = SOURCE.replace(/<!--[\s\S]*?-->/g, '').match(/https?:\/\/[^"<\s]+/g) ?? [];
    const ours = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(ours.length).toBeGreaterThanOrEqual(10);
    expect(ours.filter((u) => !u.startsWith(`${DEV}/`) && u !== DEV)).toEqual([]);
  });

  it('has a Home-tab group with a button that shows the task pane', () => {
    const overrides = direct(root, 'VersionOverrides');
    expect(overrides.getAttribute('xsi:type')).toBe('VersionOverridesV1_0');
    expect(overrides.namespaceURI).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    const host = one('Host', overrides);
    expect(host.getAttribute('xsi:type')).toBe('Workbook');
    expect(resource(one('FunctionFile').getAttribute('resid') ?? '').getAttribute('DefaultValue')).toBe(`${DEV}/commands.html`);

    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = direct(tab, 'Group');
    const button = direct(group, 'Control');
    expect(button.getAttribute('xsi:type')).toBe('Button');
    const action = direct(button, 'Action');
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(direct(action, 'TaskpaneId').textContent).toBe('BudgetCheck.Taskpane');
    const url = resource(direct(action, 'SourceLocation').getAttribute('resid') ?? '');
    expect(url.getAttribute('DefaultValue')).toBe(`${DEV}/taskpane.html`);
  });

  it('has zh-CN overrides for the group and button labels and the tooltip', () => {
    const group = one('Group');
    const button = direct(group, 'Control');
    const label = (e: Element) => resource(e.getAttribute('resid') ?? '');
    expect(zhOverride(label(direct(group, 'Label')))).toBe('绩效目标');
    expect(zhOverride(label(direct(button, 'Label')))).toBe('绩效目标表检查');
    const tip = direct(button, 'Supertip');
    expect(zhOverride(label(direct(tip, 'Title')))).toBe('绩效目标表检查');
    expect(zhOverride(label(direct(tip, 'Description')))).toMatch(/^打开任务窗格/);
    expect(label(direct(tip, 'Description')).parentElement?.tagName).toBe('bt:LongStrings');
  });

  it('references icons of 16, 32 and 80 px for the ribbon', () => {
    const images = Array.from(one('Icon', one('Control')).children).map((i) => [i.getAttribute('size'), resource(i.getAttribute('resid') ?? '').getAttribute('DefaultValue')]);
    expect(images).toEqual([
      ['16', `${DEV}/assets/icon-16.png`],
      ['32', `${DEV}/assets/icon-32.png`],
      ['80', `${DEV}/assets/icon-80.png`],
    ]);
  });
});

describe('icons', () => {
  it.each([16, 32, 64, 80])('assets/icon-%i.png is a %i px square PNG', (size) => {
    const file = join(ROOT, 'assets', `icon-${size}.png`);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
  });

  it('are exactly what scripts/make-icons.js draws', () => {
    // Throws (exit 1) when a committed icon differs from the generator's output.
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.js'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('offline manifest check (npm run validate)', () => {
  const failed = (xml: string) => checkManifest(xml, ROOT).filter((r) => !r.ok).map((r) => r.name);

  it('passes the committed manifest', () => {
    const results = checkManifest(SOURCE, ROOT);
    expect(results.length).toBeGreaterThanOrEqual(18);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('reports malformed XML', () => {
    expect(failed(SOURCE.replace('</Permissions>', '</Permission>'))).toEqual(['manifest.xml is well-formed XML']);
  });

  it('reports a wrong permission, a missing ExcelApi set and a missing zh-CN button label', () => {
    expect(failed(SOURCE.replace('>ReadWriteDocument<', '>ReadDocument<'))).toEqual(['Permissions ReadWriteDocument']);
    expect(failed(SOURCE.replace('Name="ExcelApi"', 'Name="WordApi"'))).toEqual(['Requirements: ExcelApi MinVersion']);
    const noZh = SOURCE.replace('<bt:Override Locale="zh-CN" Value="绩效目标表检查"/>', '');
    expect(failed(noZh)).toEqual(['zh-CN overrides for the group and button labels and tooltip']);
  });

  it('reports a button that does not show the task pane, and an unresolved resid', () => {
    expect(failed(SOURCE.replace('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'))).toEqual(['VersionOverrides 1.0 with a TabHome button that shows the task pane']);
    expect(failed(SOURCE.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Nope"/>'))).toEqual([
      'every resid resolves to a resource',
      'zh-CN overrides for the group and button labels and tooltip',
    ]);
  });

  it('reports an icon file that does not exist or has the wrong size', () => {
    expect(failed(SOURCE.replace('assets/icon-80.png', 'assets/icon-99.png'))).toEqual(['icon files exist in assets/ at the sizes used']);
    expect(failed(SOURCE.replace('/assets/icon-64.png', '/assets/icon-80.png'))).toEqual(['icon files exist in assets/ at the sizes used']);
  });
});

describe('production URL (ADDIN_URL)', () => {
  const prod = rewriteManifest(SOURCE, 'https://example.gov.cn/budget-check/');
  const prodDoc = parse(prod);

  it('rewrites every dev URL, the app domain to the origin only', () => {
    expect(prod).not.toContain(DEV);
    expect(prodDoc.getElementsByTagName('SourceLocation')[0].getAttribute('DefaultValue')).toBe('https://example.gov.cn/budget-check/taskpane.html');
    expect(prodDoc.getElementsByTagName('AppDomain')[0].textContent).toBe('https://example.gov.cn');
    expect(prodDoc.getElementsByTagName('IconUrl')[0].getAttribute('DefaultValue')).toBe('https://example.gov.cn/budget-check/assets/icon-32.png');
  });

  it('still passes the offline check against the same assets', () => {
    expect(checkManifest(prod, ROOT).filter((r) => !r.ok)).toEqual([]);
  });

  it('refuses a URL that Office cannot load', () => {
    expect(() => rewriteManifest(SOURCE, 'http://example.gov.cn')).toThrow(/https/);
    expect(() => rewriteManifest(SOURCE, 'example.gov.cn')).toThrow(/not a URL/);
  });
});
