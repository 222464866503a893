// The pages the dev server serves, as one block printed once it is listening: the URL that works
// (https, or http after the certificate fallback), never a guess made before the server started.
'use strict';

/* global setInterval, clearInterval */

/** The lines to print for a server listening with `protocol` ('https' or 'http') on `port`. */
function devServerUrls(protocol, port) {
  const base = `${protocol}://localhost:${port}`;
  return [
    '',
    `The dev server is up (${protocol}). Open in a browser:`,
    `  Sandbox, no Excel needed:  ${base}/sandbox.html   (?lang=en for English, ?example=unbalanced to rebalance)`,
    `  Task pane, for Excel:      ${base}/taskpane.html`,
    ...(protocol === 'http' ? ['  (plain http: Excel loads add-ins over https only; the sandbox works either way)'] : []),
    '',
  ];
}

/**
 * Calls `onOrphaned` once the process that started this one has gone (this process is handed to
 * another parent), so a server started by `npm start` stops when npm is stopped by its id.
 */
function watchParent(onOrphaned, { getPpid = () => process.ppid, intervalMs = 1000 } = {}) {
  const parent = getPpid();
  const timer = setInterval(() => {
    if (getPpid() !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

module.exports = { devServerUrls, watchParent };
