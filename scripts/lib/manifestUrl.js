// Rewrites the dev URL (https://localhost:3000) in manifest.xml to the production URL given in
// ADDIN_URL at build time. Used by webpack.config.js when it copies the manifest to dist/.
'use strict';

const DEV_URL = 'https://localhost:3000';

/** Checks ADDIN_URL and returns it without a trailing slash; throws a one-line reason otherwise. */
function normaliseAddinUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL "${value}" is not a URL (example: https://example.gov.cn/budget-check)`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must use https (Office loads add-ins only over https): "${value}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL may not carry a query or fragment: "${value}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The manifest with every dev URL replaced by `addinUrl`. An <AppDomain> takes only the origin
 * (scheme and host), as Office expects; every other URL keeps the path (for example /budget-check).
 */
function rewriteManifest(xml, addinUrl) {
  const base = normaliseAddinUrl(addinUrl);
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(DEV_URL)
    .join(escapeXml(base));
}

module.exports = { DEV_URL, normaliseAddinUrl, rewriteManifest };
