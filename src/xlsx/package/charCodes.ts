// The character codes the hand-written XML scans (xmlScan.ts, cellScan.ts) compare against.
export const LT = 60; // <
export const GT = 62; // >
export const SLASH = 47; // /
export const EQ = 61; // =
export const QUOT = 34; // "
export const APOS = 39; // '
export const AMP = 38; // &
export const BANG = 33; // !
export const QUESTION = 63; // ?
