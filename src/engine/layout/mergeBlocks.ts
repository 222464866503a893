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
  const all: MergedTables = { indicators: [], categories: [], placeholders: [], lastRow: null };
  // Only an annual block after a long-term one has partners to look up: most sheets have one block.
  const joins = headers.some((h) => h.block === 'annual');
  const periodIndex = new Map<string, Indicator>();
  // Blocks side by side share their rows: the annual target of a row joins the long-term one of the same row.
  const periodByRow = new Map<string, Indicator>();
  let lastRow = -Infinity;
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i];
    for (const category of read.categories) {
      all.categories.push(category);
      if (category.row > lastRow) lastRow = category.row;
    }
    for (const placeholder of read.placeholders) all.placeholders.push(placeholder);
    const { block, row: headerRow } = headers[i];
    for (const indicator of read.indicators) {
      if (joins) {
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

function joinAnnual(target: Indicator, annual: Indicator): void {
  target.annualValue = annual.annualValue;
  target.annual = annual.annual;
  if (annual.cells.annualValue) target.cells.annualValue = annual.cells.annualValue;
  if (annual.shifted) target.shifted = true;
}
