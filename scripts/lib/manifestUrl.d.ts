export const DEV_URL: string;
export function normaliseAddinUrl(value: string): string;
export function rewriteManifest(xml: string, addinUrl: string): string;
