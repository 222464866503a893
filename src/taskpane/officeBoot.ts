/** Where the pane runs, as far as Office.js can tell. */
export interface OfficeEnvironment {
  inExcel: boolean;
  /** Office's display language (e.g. "zh-CN"), when Office reports one. */
  displayLanguage?: string;
}

/** The part of the Office.js global the boot needs (kept small so tests can pass a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
}

/**
 * Asks Office.js whether the page is inside Excel. No Office global (office.js not loaded, e.g. the
 * CDN is unreachable), a host other than Excel, or no answer within `timeoutMs` all mean "not in Excel".
 */
export async function detectOffice(office: OfficeLike | undefined, timeoutMs = 10000): Promise<OfficeEnvironment> {
  if (!office || typeof office.onReady !== 'function') return { inExcel: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info || info.host !== 'Excel') return { inExcel: false };
    const displayLanguage = office.context?.displayLanguage;
    return displayLanguage ? { inExcel: true, displayLanguage } : { inExcel: true };
  } finally {
    clearTimeout(timer);
  }
}
