// The offline manifest check behind `npm run validate`: what Office needs from this add-in's
// manifest.xml, checked without Microsoft's validation service. Each check has a name the user sees.
'use strict';

const fs = require('fs');
const path = require('path');
const { parseXml, childrenNamed, descendantsNamed } = require('./xml');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XSI_TYPE = 'xsi:type';

function child(element, ...names) {
  let e = element;
  for (const name of names) {
    e = e && childrenNamed(e, name)[0];
  }
  return e || null;
}

function text(element) {
  return element ? element.text.trim() : '';
}

function zhOverride(element) {
  const o = element && childrenNamed(element, 'Override').find((x) => x.attributes.Locale === 'zh-CN');
  return o ? o.attributes.Value || '' : '';
}

/** PNG width and height from the IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resources of VersionOverrides by kind (Images, Urls, ShortStrings, LongStrings) and id. */
function resources(versionOverrides) {
  const res = child(versionOverrides, 'Resources');
  const table = {};
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    table[kind] = new Map();
    const group = res && child(res, kind);
    for (const item of group ? group.children : []) table[kind].set(item.attributes.id, item);
  }
  return table;
}

/**
 * Runs every check on a manifest's text. `dir` is the folder the manifest's URLs map to (assets/
 * lives under it). Returns `[{ name, ok, detail }]`; a parse failure is one failed check.
 */
function checkManifest(xmlText, dir) {
  let root;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    return [{ name: 'manifest.xml is well-formed XML', ok: false, detail: e.message }];
  }
  const results = [{ name: 'manifest.xml is well-formed XML', ok: true, detail: '' }];
  const check = (name, fn) => {
    let detail;
    try {
      detail = fn();
    } catch (e) {
      detail = e.message;
    }
    results.push({ name, ok: !detail, detail: detail || '' });
  };

  const source = (child(root, 'DefaultSettings', 'SourceLocation') || { attributes: {} }).attributes.DefaultValue || '';
  const base = source.replace(/\/[^/]*$/, '');
  const vo = child(root, 'VersionOverrides');
  const res = vo ? resources(vo) : null;

  check('OfficeApp root, xsi:type TaskPaneApp', () =>
    root.name === 'OfficeApp' && root.attributes[XSI_TYPE] === 'TaskPaneApp' ? '' : `root is <${root.name} ${XSI_TYPE}="${root.attributes[XSI_TYPE]}">`);
  check('Id is a GUID', () => (GUID.test(text(child(root, 'Id'))) ? '' : `Id "${text(child(root, 'Id'))}"`));
  check('Version is n.n.n.n', () => (/^\d+(\.\d+){0,3}$/.test(text(child(root, 'Version'))) ? '' : 'missing or malformed Version'));
  check('ProviderName', () => (text(child(root, 'ProviderName')) ? '' : 'missing ProviderName'));
  check('DefaultLocale', () => (/^[a-z]{2}-[A-Z]{2}$/.test(text(child(root, 'DefaultLocale'))) ? '' : 'missing or malformed DefaultLocale'));
  for (const name of ['DisplayName', 'Description']) {
    check(`${name} with a zh-CN override`, () => {
      const e = child(root, name);
      const max = name === 'DisplayName' ? 125 : 250;
      if (!e || !e.attributes.DefaultValue) return `missing ${name} DefaultValue`;
      if (!zhOverride(e)) return `${name} has no <Override Locale="zh-CN">`;
      const long = [e.attributes.DefaultValue, zhOverride(e)].find((v) => [...v].length > max);
      return long ? `${name} longer than ${max} characters` : '';
    });
  }
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    check(`${name} is https`, () => (/^https:\/\//.test((child(root, name) || { attributes: {} }).attributes.DefaultValue || '') ? '' : `missing or not https: ${name}`));
  }
  check('Hosts/Host Name="Workbook"', () => (childrenNamed(child(root, 'Hosts') || { children: [] }, 'Host').some((h) => h.attributes.Name === 'Workbook') ? '' : 'no Workbook host'));
  check('DefaultSettings/SourceLocation is https', () => (/^https:\/\//.test(source) ? '' : `SourceLocation "${source}"`));
  check('Permissions ReadWriteDocument', () => (text(child(root, 'Permissions')) === 'ReadWriteDocument' ? '' : `Permissions "${text(child(root, 'Permissions'))}"`));
  check('Requirements: ExcelApi MinVersion', () => {
    const set = descendantsNamed(child(root, 'Requirements') || { children: [] }, 'Set').find((s) => s.attributes.Name === 'ExcelApi');
    return set && /^1\.\d+$/.test(set.attributes.MinVersion || '') ? '' : 'no <Set Name="ExcelApi" MinVersion="1.x">';
  });
  check('VersionOverrides 1.0 with a TabHome button that shows the task pane', () => {
    if (!vo || vo.attributes[XSI_TYPE] !== 'VersionOverridesV1_0') return 'no VersionOverridesV1_0';
    const tab = descendantsNamed(vo, 'OfficeTab').find((t) => t.attributes.id === 'TabHome');
    if (!tab) return 'no <OfficeTab id="TabHome">';
    const button = descendantsNamed(tab, 'Control').find((c) => c.attributes[XSI_TYPE] === 'Button');
    const action = button && child(button, 'Action');
    if (!action || action.attributes[XSI_TYPE] !== 'ShowTaskpane') return 'no Button with a ShowTaskpane action on TabHome';
    const url = res.Urls.get((child(action, 'SourceLocation') || { attributes: {} }).attributes.resid);
    return url && /^https:\/\//.test(url.attributes.DefaultValue || '') ? '' : 'ShowTaskpane SourceLocation does not resolve to an https URL';
  });
  check('every resid resolves to a resource', () => {
    if (!vo) return 'no VersionOverrides';
    const kinds = { Image: ['Images'], SourceLocation: ['Urls'], FunctionFile: ['Urls'], LearnMoreUrl: ['Urls'], Label: ['ShortStrings'], Title: ['ShortStrings'], Description: ['LongStrings'] };
    const missing = [];
    const walk = (e) => {
      const id = e.attributes.resid;
      const local = e.name.replace(/^.*:/, '');
      if (id !== undefined && !(kinds[local] || ['Images', 'Urls', 'ShortStrings', 'LongStrings']).some((k) => res[k].has(id))) missing.push(`${local} resid="${id}"`);
      e.children.forEach(walk);
    };
    walk(vo);
    return missing.length ? `unresolved: ${missing.join(', ')}` : '';
  });
  check('zh-CN overrides for the group and button labels and tooltip', () => {
    if (!vo) return 'no VersionOverrides';
    const ids = new Set();
    for (const g of descendantsNamed(vo, 'Group')) ids.add((child(g, 'Label') || { attributes: {} }).attributes.resid);
    for (const c of descendantsNamed(vo, 'Control')) {
      ids.add((child(c, 'Label') || { attributes: {} }).attributes.resid);
      ids.add((child(c, 'Supertip', 'Title') || { attributes: {} }).attributes.resid);
      ids.add((child(c, 'Supertip', 'Description') || { attributes: {} }).attributes.resid);
    }
    const lacking = [...ids].filter((id) => !zhOverride(res.ShortStrings.get(id) || res.LongStrings.get(id)));
    return lacking.length ? `no zh-CN override for: ${lacking.join(', ')}` : '';
  });
  check('string lengths (short ≤ 125, long ≤ 250)', () => {
    const tooLong = [];
    for (const [kind, max] of [['ShortStrings', 125], ['LongStrings', 250]]) {
      for (const [id, s] of res ? res[kind] : []) {
        const values = [s.attributes.DefaultValue || '', ...childrenNamed(s, 'Override').map((o) => o.attributes.Value || '')];
        if (values.some((v) => [...v].length > max)) tooLong.push(id);
      }
    }
    return tooLong.length ? `too long: ${tooLong.join(', ')}` : '';
  });
  check('icon files exist in assets/ at the sizes used', () => {
    const wanted = []; // [url, expected pixel size]; one URL may be used at several sizes
    const iconUrl = (child(root, 'IconUrl') || { attributes: {} }).attributes.DefaultValue;
    const hiRes = (child(root, 'HighResolutionIconUrl') || { attributes: {} }).attributes.DefaultValue;
    if (iconUrl) wanted.push([iconUrl, 32]);
    if (hiRes) wanted.push([hiRes, 64]);
    for (const use of vo ? descendantsNamed(vo, 'Image') : []) {
      const image = use.attributes.resid !== undefined && res.Images.get(use.attributes.resid);
      if (image) wanted.push([image.attributes.DefaultValue, Number(use.attributes.size)]);
    }
    const problems = [];
    for (const [url, size] of wanted) {
      if (!url.startsWith(`${base}/`)) {
        problems.push(`${url} is not under ${base}/`);
        continue;
      }
      const file = path.join(dir, ...url.slice(base.length + 1).split('/'));
      if (!fs.existsSync(file)) {
        problems.push(`missing ${path.relative(process.cwd(), file)}`);
        continue;
      }
      const dims = pngSize(fs.readFileSync(file));
      if (!dims || dims.width !== size || dims.height !== size) problems.push(`${path.basename(file)} is not a ${size}×${size} PNG`);
    }
    return problems.join('; ');
  });
  return results;
}

module.exports = { checkManifest, pngSize };
