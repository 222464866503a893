// Where a finding stands: its `cell`, and for a problem spanning several cells every one of `cells`,
// each resolved to its sheet ("A1" is on the finding's own sheet, "Sheet!A1" on another).
import type { Finding } from './schema';

export interface SheetCellRef {
  sheet: string;
  cell: string;
}

const QUALIFIED = /^(.*)!\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

/** "Sheet!A1" → { sheet, cell }; "A1" → on `ownSheet`. Sheet names may hold "!", so the last one splits. */
export function resolveCellRef(ref: string, ownSheet: string): SheetCellRef {
  const qualified = QUALIFIED.exec(ref);
  if (qualified) return { sheet: qualified[1].replace(/^'(.*)'$/, '$1'), cell: `${qualified[2]}${qualified[3]}`.toUpperCase() };
  return { sheet: ownSheet, cell: ref.replace(/\$/g, '').toUpperCase() };
}

/** Every cell of the finding, `cell` first, each once. */
export function cellsOfFinding(finding: Pick<Finding, 'sheet' | 'cell' | 'cells'>): SheetCellRef[] {
  const refs = [finding.cell, ...(finding.cells ?? [])].map((ref) => resolveCellRef(ref, finding.sheet));
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.sheet}\u0000${r.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The sheets a finding touches, its own first: it is listed under each of them and counted once. */
export function sheetsOfFinding(finding: Pick<Finding, 'sheet' | 'cell' | 'cells'>): string[] {
  return [...new Set(cellsOfFinding(finding).map((r) => r.sheet))];
}
