// The sheet tab strip scrolls sideways, as Excel's does: the active tab is brought into view (a sheet
// added at the end would otherwise be past the edge), and each edge says whether more tabs lie beyond.

interface Box {
  left: number;
  right: number;
}

/** What the strip needs: its scroll position and the on-screen boxes of itself and a tab. */
export interface Strip {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): Box;
}

/** Room left beside a tab brought into view, so the fade at the edge does not cover it. */
const MARGIN = 24;

/** Scrolls the strip by the least amount that shows the whole tab (only the strip: not the page). */
export function scrollTabIntoView(strip: Strip, tab: { getBoundingClientRect(): Box }): void {
  const outer = strip.getBoundingClientRect();
  const inner = tab.getBoundingClientRect();
  if (inner.left < outer.left + MARGIN) strip.scrollLeft -= outer.left + MARGIN - inner.left;
  else if (inner.right > outer.right - MARGIN) strip.scrollLeft += inner.right - (outer.right - MARGIN);
}

/** Whether tabs lie hidden before the start and past the end of the strip. */
export function hiddenTabs(strip: Pick<Strip, 'scrollLeft' | 'scrollWidth' | 'clientWidth'>): { before: boolean; after: boolean } {
  return { before: strip.scrollLeft > 1, after: strip.scrollLeft + strip.clientWidth < strip.scrollWidth - 1 };
}
