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
  const all: TableRead = { indicators: [], categories: [], placeholders: [] };
  const periodIndex = new Map<string, Indicator>();
  // Blocks side by side share their rows: the annual target of a row joins the long-term one of the same row.
  const periodByRow = new Map<string, Indicator>();
  reads.forEach((read, i) => {
    all.categories.push(...read.categories);
    all.placeholders.push(...read.placeholders);
    const { block, row: headerRow } = headers[i];
    for (const indicator of read.indicators) {
      const partner = block === 'annual' ? (periodByRow.get(`${headerRow}:${indicator.row}`) ?? periodIndex.get(keyOf(indicator))) : undefined;
      if (partner) {
        joinAnnual(partner, indicator);
        continue;
      }
      if (block === 'period') {
        periodIndex.set(keyOf(indicator), indicator);
        periodByRow.set(`${headerRow}:${indicator.row}`, indicator);
      }
      all.indicators.push(indicator);
    }
  });
  const rows = all.indicators.map((i) => i.row).concat(all.categories.map((c) => c.row));
  return { ...all, lastRow: rows.length ? Math.max(...rows) : null };
}

function joinAnnual(target: Indicator, annual: Indicator): void {
  target.annualValue = annual.annualValue;
  target.annual = annual.annual;
  if (annual.cells.annualValue) target.cells.annualValue = annual.cells.annualValue;
  if (annual.shifted) target.shifted = true;
}
