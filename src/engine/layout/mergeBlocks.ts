import type { Indicator } from '../schema';
import type { TableRead } from './indicatorTable';
import type { TableHeader } from './tableHeader';

export interface MergedTables extends TableRead {
  lastRow: number | null;
}

const keyOf = (i: Indicator) => `${i.level1 ?? i.level1Raw}|${i.level2 ?? i.level2Raw}|${i.level3}`;

/**
 * One sheet may give long-term and annual targets in separate blocks (side by side or stacked).
 * The annual block's targets join the long-term block's indicator of the same 一级/二级/三级;
 * an indicator found in one block only is kept as it is.
 */
export function mergeBlocks(headers: TableHeader[], reads: TableRead[]): MergedTables {
  // One block (most sheets): its read is the sheet's, as it is.
  if (reads.length === 1) {
    const read = reads[0];
    const all: MergedTables = { indicators: read.indicators, categories: read.categories, placeholders: read.placeholders, lastRow: null };
    if (all.indicators.length + all.categories.length > 0) all.lastRow = Math.max(lastRowOf(read.categories), lastRowOf(read.indicators));
    return all;
  }
  const all: MergedTables = { indicators: [], categories: [], placeholders: [], lastRow: null };
  // Only an annual block after a long-term one has partners to look up.
  const joins = headers.some((h) => h.block === 'annual');
  const periodIndex = joins ? new Map<string, Indicator>() : null;
  // Blocks side by side share their rows: the annual target of a row joins the long-term one of the same row.
  const periodByRow = joins ? new Map<string, Indicator>() : null;
  let lastRow = -Infinity;
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i];
    for (let k = 0; k < read.categories.length; k++) all.categories.push(read.categories[k]);
    lastRow = Math.max(lastRow, lastRowOf(read.categories));
    for (let k = 0; k < read.placeholders.length; k++) all.placeholders.push(read.placeholders[k]);
    const { block, row: headerRow } = headers[i];
    for (let k = 0; k < read.indicators.length; k++) {
      const indicator = read.indicators[k];
      if (periodIndex && periodByRow) {
        const partner = block === 'annual' ? (periodByRow.get(`${headerRow}:${indicator.row}`) ?? periodIndex.get(keyOf(indicator))) : undefined;
        if (partner) {
          joinAnnual(partner, indicator);
          continue;
        }
        if (block === 'period') {
          periodIndex.set(keyOf(indicator), indicator);
          periodByRow.set(`${headerRow}:${indicator.row}`, indicator);
        }
      }
      all.indicators.push(indicator);
      if (indicator.row > lastRow) lastRow = indicator.row;
    }
  }
  if (all.indicators.length + all.categories.length > 0) all.lastRow = lastRow;
  return all;
}

function lastRowOf(rows: ReadonlyArray<{ row: number }>): number {
  let last = -Infinity;
  for (let i = 0; i < rows.length; i++) if (rows[i].row > last) last = rows[i].row;
  return last;
}

function joinAnnual(target: Indicator, annual: Indicator): void {
  target.annualValue = annual.annualValue;
  target.annual = annual.annual;
  if (annual.cells.annualValue) target.cells.annualValue = annual.cells.annualValue;
  if (annual.shifted) target.shifted = true;
}
